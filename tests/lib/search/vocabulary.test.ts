// The staff vocabulary: checked with errors that name the entry and field, and turned into search-only words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { searchExpansions, toolSearchPages, glossarySearchPages } from '../../../src/lib/search/records';
import {
  pageEntries,
  pageMatches,
  parseStaffVocabulary,
  staffWordsFor,
  wordEntries,
} from '../../../src/lib/search/vocabulary';

const vocabulary = parseStaffVocabulary(
  [
    { id: 'local authority', staffWords: ['council', 'local council'] },
    { id: 'electronic monitoring', staffWords: ['tag', 'tagging'] },
    { id: 'Community Offender Manager', staffWords: ['probation officer', 'PO'] },
    { id: 'timescales-index', page: '/timescales/', staffWords: ['list of deadlines'] },
  ],
  'test.yaml',
);

describe('parseStaffVocabulary', () => {
  it('names the file, the entry and the field of a mistake', () => {
    expect(() =>
      parseStaffVocabulary(
        [
          { id: 'prison', staffWords: [] },
          { id: 'tools', page: 'timescales' },
        ],
        'vocab.yaml',
      ),
    ).toThrow(/vocab\.yaml: entry 1 \("prison"\), field "staffWords": must list at least one word/);
    expect(() => parseStaffVocabulary([{ id: 'tools', page: 'timescales', staffWords: ['x1'] }], 'vocab.yaml')).toThrow(
      /entry 1 \("tools"\), field "page": must be a page address/,
    );
  });

  it('accepts the site’s own vocabulary file, whose source words all appear in the guidance or the maps', () => {
    const entries = parseStaffVocabulary(
      parse(readFileSync('src/content/staff-vocabulary.yaml', 'utf8')),
      'staff-vocabulary.yaml',
    );
    expect(wordEntries(entries).length).toBeGreaterThan(20);
    expect(pageEntries(entries).map((entry) => entry.page)).toEqual(
      expect.arrayContaining(['/timescales/', '/tools/deadlines/', '/glossary/', '/learn/']),
    );
  });
});

describe('staff words in the index', () => {
  it('adds the words staff use to a text that uses the source’s word', () => {
    expect(searchExpansions('Share the release date with the local authority.', [], vocabulary)).toEqual([
      'council',
      'local council',
    ]);
  });

  it('adds the source’s word to a text that uses a staff word', () => {
    expect(searchExpansions('The council asked for the date.', [], vocabulary)).toEqual(['local authority']);
  });

  it('matches whole words only, and short capitals only in capitals', () => {
    expect(searchExpansions('The stage of the plan', [], vocabulary)).toEqual([]);
    expect(searchExpansions('Tell the police today', [], vocabulary)).toEqual([]);
    expect(searchExpansions('Ask the PO', [], vocabulary)).toEqual(['Community Offender Manager']);
  });

  it('adds staff words for an acronym’s expansion too, so "probation officer" finds a page that says COM', () => {
    const glossary = [
      { id: 'COM', kind: 'acronym' as const, expansion: 'Community Offender Manager', definition: 'd' },
    ];
    expect(searchExpansions('The COM takes over.', glossary, vocabulary)).toEqual([
      'Community Offender Manager',
      'probation officer',
      'PO',
    ]);
  });

  it('shows on a glossary record what staff also call the term', () => {
    const [record] = glossarySearchPages(
      [{ id: 'COM', kind: 'acronym', expansion: 'Community Offender Manager', definition: 'A practitioner.' }],
      {},
      vocabulary,
    );
    expect(record!.content).toContain('Staff also say: probation officer, PO');
    expect(staffWordsFor(['LA'], vocabulary)).toEqual([]);
  });
});

describe('tools findable by purpose', () => {
  it('makes one record per tool, typed Tool, with the staff words for its purpose indexed', () => {
    const [record] = toolSearchPages([
      {
        url: '/timescales/',
        type: 'Tool',
        title: 'Timescales',
        description: 'Every timescale.',
        staffWords: ['list of deadlines'],
      },
    ]);
    expect(record!.url).toBe('/timescales/');
    expect(record!.content).toContain('data-pagefind-filter="type:Tool"');
    expect(record!.content).toMatch(/<div hidden data-pagefind-weight="2">⁂ list of deadlines<\/div>/);
  });

  it('types role pages and step-by-step journeys as what they are, and every other page found by purpose as a Tool', () => {
    const file = 'src/content/staff-vocabulary.yaml';
    const entries = pageEntries(parseStaffVocabulary(parse(readFileSync(file, 'utf8')), file));
    const typeOf = (address: string) => entries.find((entry) => pageMatches(entry.page, address))?.type;
    expect(typeOf('/roles/com/')).toBe('Role');
    expect(typeOf('/roles/')).toBe('Role');
    expect(typeOf('/journeys/supervise-a-community-order/')).toBe('Step by step');
    expect(typeOf('/timescales/')).toBe('Tool');
    const [journey] = toolSearchPages([
      { url: '/journeys/x/', type: 'Step by step', title: 'X', description: 'Y.', staffWords: ['start to finish'] },
    ]);
    expect(journey!.content).toContain('data-pagefind-filter="type:Step by step"');
    expect(journey!.content).toContain('data-pagefind-meta="type:Step by step"');
  });

  it('reads "*" in a page address as any one map', () => {
    expect(pageMatches('/process-maps/*/quiz/', '/process-maps/enforcement/quiz/')).toBe(true);
    expect(pageMatches('/process-maps/*/quiz/', '/process-maps/enforcement/present/')).toBe(false);
    expect(pageMatches('/process-maps/*/quiz/', '/process-maps/a/b/quiz/')).toBe(false);
    expect(pageMatches('/timescales/', '/timescales/')).toBe(true);
  });
});
