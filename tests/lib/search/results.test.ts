// How results are ordered and shown: definitions below the pages and steps that answer, the sections of a result that
// matched best, and a map's step links.
import { describe, expect, it } from 'vitest';
import {
  bestSections,
  definitionWeight,
  orderResults,
  sectionText,
  type MatchedSection,
} from '../../../src/lib/search/results';
import { stepLink, stepPathFromAnchor } from '../../../src/lib/search/step-links';

const result = (id: string, score: number) => ({ id, score });
const isDefinition = (item: { id: string }) => item.id.startsWith('glossary');

describe('orderResults', () => {
  it('puts a page that answers above a definition that scores higher, unless the definition far outscores it', () => {
    const ordered = orderResults(
      [result('glossary-pom', 10), result('omic-map', 5), result('annex-b', 3), result('glossary-com', 100)],
      [],
      isDefinition,
    );
    expect(ordered.map((item) => item.id)).toEqual(['omic-map', 'glossary-com', 'glossary-pom', 'annex-b']);
    expect(10 * definitionWeight).toBeLessThan(5);
  });

  it('never puts a definition first while anything else matched', () => {
    const ordered = orderResults([result('glossary-com', 100)], [result('roles-com', 1)], isDefinition);
    expect(ordered.map((item) => item.id)).toEqual(['roles-com', 'glossary-com']);
  });

  it('shows a definition first when nothing else matched', () => {
    expect(orderResults([result('glossary-com', 1)], [], isDefinition).map((item) => item.id)).toEqual([
      'glossary-com',
    ]);
  });

  it('keeps results with every word above those with some, and definitions last among those with some', () => {
    const ordered = orderResults(
      [result('page-a', 1)],
      [result('glossary-x', 50), result('page-b', 40), result('page-c', 30)],
      isDefinition,
    );
    expect(ordered.map((item) => item.id)).toEqual(['page-a', 'page-b', 'page-c', 'glossary-x']);
  });
});

describe('bestSections', () => {
  // Words: 0 Hostels | 1 Send 2 a 3 letter 4 after | 5 Refer 6 as 7 homeless 8 after | 9 Meet 10 after 11 the 12 hostel
  const record = {
    title: 'Hostels',
    content: 'Hostels Send a letter after Refer as homeless after Meet after the hostel',
    anchors: [
      { id: 'step-sendLetter', location: 1 },
      { id: 'step-referAsHomeless', location: 5 },
      { id: 'step-meet', location: 9 },
    ],
  };
  const section = (id: string, location: number, locations: number[]): MatchedSection => ({
    title: id,
    url: `/process-maps/x/#${id}`,
    excerpt: '',
    locations,
    anchor: { id, location },
  });
  const sections = [
    { title: 'Hostels', url: '/process-maps/x/', excerpt: '', locations: [0] },
    section('step-sendLetter', 1, [4]),
    section('step-referAsHomeless', 5, [7, 8]),
    section('step-meet', 9, [10, 12]),
  ];
  const ids = (found: MatchedSection[]) => found.map((best) => best.anchor!.id);

  it('prefers the section with a searched word few sections have, and leaves out the page itself', () => {
    expect(ids(bestSections(sections, record, ['homeless', 'after'], 3))).toEqual([
      'step-referAsHomeless',
      'step-sendLetter',
      'step-meet',
    ]);
  });

  it('counts a word of the title for less: it says why the record matched more than which part', () => {
    expect(ids(bestSections(sections, { ...record, title: 'Letters' }, ['letter', 'hostel'], 1))).toEqual([
      'step-meet',
    ]);
  });

  it('counts a word in the section’s own heading for more', () => {
    const titled = sections.map((found) => (found.anchor?.id === 'step-meet' ? { ...found, title: 'Meet' } : found));
    expect(ids(bestSections(titled, record, ['meet', 'letter'], 1))).toEqual(['step-meet']);
  });

  it('leaves out the site’s own parts of a page, and sections beyond the limit', () => {
    const withSource = {
      ...record,
      content: `${record.content} homeless`,
      anchors: [...record.anchors, { id: 'app-source-list-title', location: 13 }],
    };
    const best = bestSections([...sections, section('app-source-list-title', 13, [13])], withSource, ['homeless'], 2);
    expect(ids(best)).toEqual(['step-referAsHomeless', 'step-sendLetter']);
  });
});

describe('sectionText', () => {
  it('gives the words of one section, up to the next anchor of the record', () => {
    const content = 'Title Intro Heading one text here Heading two more';
    const one: MatchedSection = {
      title: 'one',
      url: '#one',
      excerpt: '',
      locations: [4],
      anchor: { id: 'one', location: 2 },
    };
    expect(sectionText(content, one, [{ location: 2 }, { location: 6 }])).toBe('Heading one text here');
    expect(
      sectionText(content, { ...one, anchor: { id: 'two', location: 6 } }, [{ location: 2 }, { location: 6 }]),
    ).toBe('Heading two more');
  });
});

describe('step links', () => {
  it('opens the map at the step a sub-result lands on', () => {
    expect(stepLink('/process-maps/enforcement/#step-sendWarningLetter')).toBe(
      '/process-maps/enforcement/?step=sendWarningLetter#step-sendWarningLetter',
    );
    expect(stepPathFromAnchor('step-duringCustody-acctVisits-visitPeopleOnAcct')).toBe(
      'duringCustody.acctVisits.visitPeopleOnAcct',
    );
  });

  it('gives no link for an address that is not a step of a map', () => {
    expect(stepLink('/process-maps/enforcement/')).toBeUndefined();
    expect(stepLink('/process-maps/enforcement/#procedure')).toBeUndefined();
    expect(stepLink('/guidance/national-standards/#step-x')).toBeUndefined();
    expect(stepPathFromAnchor('step-')).toBeUndefined();
  });
});
