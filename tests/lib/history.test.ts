// Page history: the rule tying "Last updated" to a change note, newest-first order, the steps a map marks "Changed",
// and the Atom feed's escaping.
import { describe, expect, it } from 'vitest';
import {
  atomFeed,
  changedSteps,
  historyProblems,
  newestFirst,
  siteChanges,
  unknownChangedSteps,
} from '../../src/lib/history';
import { describeIssues, guidanceSchema } from '../../src/lib/schemas';
import { validGuidance } from '../support/guidance';

describe('historyProblems', () => {
  it('asks for a change note when lastUpdated moves to a day with none', () => {
    expect(historyProblems('2026-12-01', [{ date: '2026-11-23', note: 'First published on this site.' }])).toEqual([
      expect.stringMatching(/^lastUpdated: is "2026-12-01" but the newest change note is dated "2026-11-23"/),
    ]);
  });

  it('asks for lastUpdated when the page has notes but no date', () => {
    expect(historyProblems(undefined, [{ date: '2026-11-23', note: 'First published on this site.' }])).toEqual([
      'lastUpdated: must be "2026-11-23", the date of the newest change note',
    ]);
  });

  it('accepts a page whose lastUpdated is its newest note, whatever order the notes are written in', () => {
    expect(
      historyProblems('2026-12-01', [
        { date: '2026-12-01', note: 'Adds the 2027 timescales.' },
        { date: '2026-11-23', note: 'First published on this site.' },
      ]),
    ).toEqual([]);
  });

  it('fails the guidance schema naming the field when lastUpdated has no matching note', () => {
    const result = guidanceSchema.safeParse({
      ...validGuidance,
      lastUpdated: '2026-12-01',
      history: [{ date: '2026-11-23', note: 'First published on this site.' }],
    });
    expect(result.success).toBe(false);
    expect(describeIssues('g.mdx', result.error!)).toMatch(/^g\.mdx: lastUpdated: is "2026-12-01"/);
  });

  it('rejects a change note dated on a day that does not exist', () => {
    const result = guidanceSchema.safeParse({
      ...validGuidance,
      lastUpdated: '2026-02-30',
      history: [{ date: '2026-02-30', note: 'First published on this site.' }],
    });
    expect(result.success).toBe(false);
    expect(describeIssues('g.mdx', result.error!)).toContain('history.0.date: is not a real day');
  });
});

describe('newestFirst and changedSteps', () => {
  const history = [
    { date: '2026-11-23', note: 'Map first published on this site.' },
    { date: '2027-01-10', note: 'Recall steps reworded.', steps: ['considerRecall'] },
    { date: '2026-12-05', note: 'Letter step reworded.', steps: ['sendWarningLetter'] },
  ];

  it('puts the newest note first', () => {
    expect(newestFirst(history).map((note) => note.date)).toEqual(['2027-01-10', '2026-12-05', '2026-11-23']);
  });

  it('treats the later-written of two notes on one day as the newer', () => {
    const sameDay = [
      { date: '2026-11-23', note: 'First.' },
      { date: '2026-11-23', note: 'Second.' },
    ];
    expect(newestFirst(sameDay).map((note) => note.note)).toEqual(['Second.', 'First.']);
  });

  it('marks only the steps the newest note names', () => {
    expect([...changedSteps(history)]).toEqual(['considerRecall']);
    expect([...changedSteps([{ date: '2026-11-23', note: 'Map first published on this site.' }])]).toEqual([]);
  });

  it('names a step a note mentions that the machine does not have', () => {
    expect(unknownChangedSteps('enforcement', history, new Set(['sendWarningLetter']))).toEqual([
      'map "enforcement": change note of 2027-01-10 names step "considerRecall", which the machine does not have',
    ]);
  });
});

describe('atomFeed', () => {
  const changes = siteChanges([
    {
      kind: 'Guidance',
      title: 'Send <warning> & "letters"',
      href: '/guidance/a/b/',
      history: [{ date: '2026-11-23', note: 'First published & <checked>.' }],
    },
    {
      kind: 'Process map',
      title: 'Enforcement',
      href: '/process-maps/enforcement/',
      history: [{ date: '2026-12-01', note: 'Reworded.' }],
    },
  ]);

  it('lists changes newest first', () => {
    expect(changes.map((change) => change.date)).toEqual(['2026-12-01', '2026-11-23']);
  });

  it('lists a page’s later note first when two fall on the same day', () => {
    const sameDay = siteChanges([
      {
        kind: 'Process map',
        title: 'Enforcement',
        href: '/process-maps/enforcement/',
        history: [
          { date: '2026-11-23', note: 'Map first published on this site.' },
          { date: '2026-11-23', note: 'Each step links to its guidance.' },
        ],
      },
    ]);
    expect(sameDay.map((change) => change.note)).toEqual([
      'Each step links to its guidance.',
      'Map first published on this site.',
    ]);
  });

  it('escapes titles and notes, and dates the feed by its newest entry', () => {
    const xml = atomFeed(changes, { title: 'What’s new', feedPath: '/whats-new.xml', pagePath: '/whats-new/' });
    expect(xml).toContain(
      '<title>Send &lt;warning&gt; &amp; &quot;letters&quot;: First published &amp; &lt;checked&gt;.</title>',
    );
    expect(xml).not.toContain('<warning>');
    expect(xml).toMatch(
      /<feed [^>]*>\s*<id>[^<]+<\/id>\s*<title>What’s new<\/title>\s*<updated>2026-12-01T00:00:00Z<\/updated>/,
    );
  });
});
