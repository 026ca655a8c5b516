// A bare word in capitals in guidance prose must be a glossary term or a listed name: "ZZQ" fails the build.
import { describe, expect, it } from 'vitest';
import { readKnownCapitals } from '../../../src/lib/content/content-files';
import { unknownCapitals } from '../../../src/lib/content/mdx-checks';

const known = new Set(['POM', 'HMPPS', 'UK', 'GDPR', 'A&E']);

describe('words in capitals in prose', () => {
  it('finds an unknown acronym, with where it starts', () => {
    expect(unknownCapitals('Tell the ZZQ at once.', known)).toEqual([{ word: 'ZZQ', index: 9 }]);
  });

  it('passes glossary terms, their plurals, and words with a symbol the glossary has', () => {
    expect(unknownCapitals('The POMs of HMPPS in the UK, under UK GDPR, and A&E.', known)).toEqual([]);
  });

  it('leaves codes with digits, single capitals and capitalised words alone', () => {
    expect(unknownCapitals('Form UM02SL013, SEEDS2 and RM2000. I said Probation Officer.', known)).toEqual([]);
  });

  it('does not read part of a hyphenated or mixed-case word as an acronym', () => {
    expect(unknownCapitals('NOMIS-based, OASys and eOASys records', known)).toEqual([]);
  });

  it('knows every glossary id and alias, each word of a many-word id, and the names list', () => {
    const capitals = readKnownCapitals('src/content');
    for (const word of ['POM', 'UK', 'GDPR', 'NHS', 'Delius']) expect(capitals.has(word), word).toBe(true);
    expect(capitals.has('ZZQ')).toBe(false);
  });
});
