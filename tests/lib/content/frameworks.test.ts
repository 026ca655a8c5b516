// The framework-title lookup that pages use to name a step's source document.
import { describe, expect, it } from 'vitest';
import { sourceTitles } from '../../../src/lib/content/frameworks';

describe('sourceTitles', () => {
  it('names each framework by its short title, keyed by its id', () => {
    const titles = sourceTitles([
      { id: 'national-standards', data: { shortTitle: 'National Standards' } },
      { id: 'faith-and-probation', data: { shortTitle: 'Faith and probation' } },
    ]);
    expect(titles).toEqual({
      'national-standards': 'National Standards',
      'faith-and-probation': 'Faith and probation',
    });
  });

  it('has no title for a framework that is not in the collection', () => {
    expect(
      sourceTitles([{ id: 'national-standards', data: { shortTitle: 'National Standards' } }])['prison-rules'],
    ).toBe(undefined);
  });
});
