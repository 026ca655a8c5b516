// How the site words a citation of a source document's section.
import { describe, expect, it } from 'vitest';
import { citeSources, sectionLabel } from '../../src/lib/citation';

describe('sectionLabel', () => {
  it('calls a numbered section "section 9.2"', () => {
    expect(sectionLabel('9.2')).toBe('section 9.2');
    expect(sectionLabel('10')).toBe('section 10');
  });

  it('leaves a named part such as "Annex A" as it is', () => {
    expect(sectionLabel('Annex A')).toBe('Annex A');
    expect(sectionLabel('Appendix 2')).toBe('Appendix 2');
  });
});

describe('citeSources', () => {
  const titles = { 'national-standards': 'National Standards 2021', 'faith-and-probation': 'Faith and probation' };

  it('cites each source by its framework’s short title and section, separated by semicolons', () => {
    expect(
      citeSources(
        [
          { framework: 'national-standards', section: '9.1' },
          { framework: 'national-standards', section: 'Annex B' },
          { framework: 'faith-and-probation', section: '4.1' },
        ],
        titles,
      ),
    ).toBe('National Standards 2021, section 9.1; National Standards 2021, Annex B; Faith and probation, section 4.1');
  });

  it('falls back to the framework id when it has no title', () => {
    expect(citeSources([{ framework: 'waspi-jip', section: '2' }], titles)).toBe('waspi-jip, section 2');
  });

  it('cites nothing for no sources', () => {
    expect(citeSources([], titles)).toBe('');
  });
});
