// The content schemas: what they accept, and errors that name the file and field so an author can act on them.
import { allTimescales } from '../../src/lib/timescales/registry';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { roleIds, roles } from '../../src/lib/roles';
import {
  describeIssues,
  frameworkIds,
  frameworkSchema,
  glossarySchema,
  guidanceSchema,
  partialDate,
  role,
  sourceSection,
  timescaleSchema,
} from '../../src/lib/schemas';
import { validGuidance } from '../support/guidance';

const framework = {
  title: 'Probation National Standards 2021',
  shortTitle: 'National Standards 2021',
  summary: 'The standards every probation practitioner works to.',
  owner: 'HMPPS',
  issued: '2021-06',
  reviewDue: '2027-11',
  lastReviewed: '2026-11-22',
  sourceFile: '004_b0e524a7f0054c8a.txt',
  audience: ['com', 'pom'],
  status: 'current',
  revisions: [],
};

/** The lines describeIssues gives for a rejected entry. */
function problems(schema: z.ZodType, file: string, data: unknown): string[] {
  const result = schema.safeParse(data);
  expect(result.success, 'expected the entry to be rejected').toBe(false);
  return describeIssues(file, result.error!).split('\n');
}

describe('partialDate', () => {
  it('reads a day, a month or a year', () => {
    expect(partialDate.parse('2021-06-01')).toEqual({ year: 2021, month: 6, day: 1 });
    expect(partialDate.parse('2021-06')).toEqual({ year: 2021, month: 6, day: undefined });
    expect(partialDate.parse('2021')).toEqual({ year: 2021, month: undefined, day: undefined });
  });

  it('accepts the Date YAML gives when an author leaves the quotes off', () => {
    expect(partialDate.parse(new Date('2021-06-01'))).toEqual({ year: 2021, month: 6, day: 1 });
  });

  it('rejects an impossible day, quoting what was written', () => {
    const result = partialDate.safeParse('2021-02-30');
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe(
      '"2021-02-30" is not a date: write "YYYY-MM-DD", "YYYY-MM" or "YYYY"',
    );
  });

  it('rejects a number, saying how to write a date', () => {
    const result = partialDate.safeParse(2021);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe('must be a date written as "YYYY-MM-DD", "YYYY-MM" or "YYYY"');
  });
});

describe('role', () => {
  it('accepts every role staff are named by', () => {
    for (const id of roleIds) expect(role.parse(id)).toBe(id);
    expect(roleIds).toEqual(Object.keys(roles));
  });

  it('rejects an unknown role, listing the roles it could be', () => {
    const result = role.safeParse('prison-officer');
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain('must be one of the roles in src/lib/roles.ts');
    expect(result.error!.issues[0]!.message).toContain('pom, com, spo');
  });
});

describe('sourceSection', () => {
  it('needs the section cited', () => {
    expect(sourceSection.parse({ section: '9.2', title: 'Decisions' })).toEqual({ section: '9.2', title: 'Decisions' });
    expect(problems(sourceSection, 'page.mdx', { section: '' })).toEqual([
      'page.mdx: section: must name the section, e.g. "9.2" or "Annex A"',
    ]);
  });
});

describe('frameworkSchema', () => {
  it('accepts a current framework with no status note', () => {
    const parsed = frameworkSchema.parse(framework);
    expect(parsed.status).toBe('current');
    expect(parsed.reviewDue).toEqual({ year: 2027, month: 11, day: undefined });
    expect(parsed.issued).toEqual({ year: 2021, month: 6, day: undefined });
  });

  it('requires a status note when the framework is dated or partly superseded', () => {
    for (const status of ['dated', 'partly-superseded']) {
      const lines = problems(frameworkSchema, 'frameworks/national-standards.mdx', { ...framework, status });
      expect(lines).toEqual([
        'frameworks/national-standards.mdx: statusNote: is required when status is not "current": say plainly how the document is dated or superseded',
      ]);
    }
  });

  it('accepts a dated framework that says how it is dated', () => {
    expect(
      frameworkSchema.parse({ ...framework, status: 'dated', statusNote: 'Published in 2021; no later version.' })
        .statusNote,
    ).toBe('Published in 2021; no later version.');
  });

  it('rejects a source file that is not in shared/sources', () => {
    const lines = problems(frameworkSchema, 'frameworks/x.mdx', { ...framework, sourceFile: 'national-standards.pdf' });
    expect(lines).toEqual([
      'frameworks/x.mdx: sourceFile: must be the file name in shared/sources, e.g. "004_b0e524a7f0054c8a.txt"',
    ]);
  });

  it('names the revision whose date is wrong', () => {
    const lines = problems(frameworkSchema, 'frameworks/x.mdx', {
      ...framework,
      revisions: [
        { date: '2022-01', change: 'First' },
        { date: '2022-02-30', change: 'Second' },
      ],
    });
    expect(lines).toEqual([
      'frameworks/x.mdx: revisions.1.date: "2022-02-30" is not a date: write "YYYY-MM-DD", "YYYY-MM" or "YYYY"',
    ]);
  });
});

describe('guidanceSchema', () => {
  it('accepts a guidance page and gives tags a default', () => {
    const parsed = guidanceSchema.parse(validGuidance);
    expect(parsed.tags).toEqual([]);
    expect(parsed.lastReviewed).toEqual({ year: 2026, month: 11, day: 22 });
  });

  it('names the file and the position of an unknown role', () => {
    const lines = problems(guidanceSchema, 'src/content/guidance/national-standards/09.mdx', {
      ...validGuidance,
      roles: ['officer'],
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^src\/content\/guidance\/national-standards\/09\.mdx: roles\.0: must be one of the roles/,
    );
  });

  it('names every wrong field, one line each', () => {
    const lines = problems(guidanceSchema, 'g.mdx', {
      ...validGuidance,
      description: 'Too short',
      framework: 'prison-rules',
      order: '9',
      sources: [],
    });
    expect(lines).toEqual([
      'g.mdx: description: must be a sentence saying what the page answers',
      `g.mdx: framework: must be one of: ${frameworkIds.join(', ')}`,
      'g.mdx: order: must be a number giving the position in the side navigation',
      'g.mdx: sources: must cite at least one section of the source document',
    ]);
  });

  it('names the nested field of a bad review date', () => {
    expect(problems(guidanceSchema, 'g.mdx', { ...validGuidance, reviewDue: '2027-13' })).toEqual([
      'g.mdx: reviewDue: "2027-13" is not a date: write "YYYY-MM-DD", "YYYY-MM" or "YYYY"',
    ]);
  });
});

describe('glossarySchema', () => {
  it('accepts an acronym and gives frameworks and aliases defaults', () => {
    expect(
      glossarySchema.parse({
        kind: 'acronym',
        expansion: 'Information sharing agreement',
        definition: 'An agreement.',
      }),
    ).toEqual({
      kind: 'acronym',
      expansion: 'Information sharing agreement',
      definition: 'An agreement.',
      frameworks: [],
      aliases: [],
    });
  });

  it('rejects a framework that does not exist', () => {
    const lines = problems(glossarySchema, 'glossary.yaml', {
      kind: 'term',
      expansion: 'x',
      definition: 'y',
      frameworks: ['information-sharing', 'prison-rules'],
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^glossary\.yaml: frameworks\.1: /);
  });
});

describe('timescaleSchema', () => {
  it('accepts every entry in the timescale registry', () => {
    for (const timescale of allTimescales()) {
      const { id, ...entry } = timescale;
      const result = timescaleSchema.safeParse(entry);
      expect(result.success, `${id}: ${result.error ? describeIssues(id, result.error) : ''}`).toBe(true);
    }
  });

  it('rejects a zero amount, an unknown unit and a role that does not exist', () => {
    const lines = problems(timescaleSchema, 'registry.ts', {
      amount: 0,
      unit: 'fortnights',
      task: 'Review',
      who: 'comm',
      source: { framework: 'national-standards', section: '9.1' },
    });
    expect(lines.map((line) => line.split(':')[1]!.trim())).toEqual(['amount', 'unit', 'who']);
  });

  it('rejects an entry the calculator dates without saying what it counts from, and plain days with no reading', () => {
    const entry = {
      amount: 2,
      unit: 'hours',
      event: 'recall-decision',
      task: 'Take recall action',
      who: null,
      source: { framework: 'national-standards', section: '9.3.2' },
    };
    expect(problems(timescaleSchema, 'registry.ts', entry)).toEqual([
      expect.stringMatching(/^registry\.ts: calculatorFrom: an entry the calculator dates/),
    ]);
    expect(timescaleSchema.safeParse({ ...entry, calculatorFrom: 'the decision to recall' }).success).toBe(true);
    expect(
      problems(timescaleSchema, 'registry.ts', { ...entry, from: 'sentence', unit: 'days', isDayCountUnstated: true }),
    ).toEqual([expect.stringMatching(/^registry\.ts: isDayCountUnstated: /)]);
  });
});

describe('describeIssues', () => {
  it('says "(whole entry)" for a problem with no field', () => {
    const result = z.string().safeParse(1);
    expect(describeIssues('glossary.yaml', result.error!)).toMatch(/^glossary\.yaml: \(whole entry\): /);
  });
});
