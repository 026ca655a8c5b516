// Glossary anchors and the A to Z grouping.
import { describe, expect, it } from 'vitest';
import { glossaryAnchor, groupByInitial } from '../../../src/lib/content/glossary';

describe('glossaryAnchor', () => {
  it('makes an anchor from a term: "UK GDPR" → "term-uk-gdpr"', () => {
    expect(glossaryAnchor('UK GDPR')).toBe('term-uk-gdpr');
  });

  it('turns symbols into single hyphens: "DIF/EIF" → "term-dif-eif"', () => {
    expect(glossaryAnchor('DIF/EIF')).toBe('term-dif-eif');
    expect(glossaryAnchor("His Majesty's  Prison")).toBe('term-his-majesty-s-prison');
  });

  it('never starts or ends the slug with a hyphen', () => {
    expect(glossaryAnchor('(OMiC)')).toBe('term-omic');
  });

  it('gives different terms different anchors', () => {
    const terms = ['ISA', 'ISAs', 'DPIA', 'UK GDPR', 'GDPR'];
    expect(new Set(terms.map(glossaryAnchor)).size).toBe(terms.length);
  });
});

describe('groupByInitial', () => {
  it('groups terms under their initial letter, whatever its case', () => {
    const groups = groupByInitial([{ id: 'AP' }, { id: 'ACCT' }, { id: 'COM' }, { id: 'accredited programme' }]);
    expect(groups).toEqual([
      ['A', [{ id: 'AP' }, { id: 'ACCT' }, { id: 'accredited programme' }]],
      ['C', [{ id: 'COM' }]],
    ]);
  });

  it('puts terms starting with a digit or symbol under "#"', () => {
    const groups = groupByInitial([{ id: '24/7' }, { id: 'NSD' }, { id: '"Dated" status' }]);
    expect(groups).toEqual([
      ['#', [{ id: '24/7' }, { id: '"Dated" status' }]],
      ['N', [{ id: 'NSD' }]],
    ]);
  });

  it('keeps the order it is given rather than sorting', () => {
    expect(groupByInitial([{ id: 'Zeta' }, { id: 'Alpha' }]).map(([letter]) => letter)).toEqual(['Z', 'A']);
  });

  it('gives no groups for no terms', () => {
    expect(groupByInitial([])).toEqual([]);
  });
});
