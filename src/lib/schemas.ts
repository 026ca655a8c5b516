// Zod schemas for every piece of content, shared by the content collections and the tests.
import { z } from 'zod';
import { proseField } from './content/time-amounts';
import { parsePartialDate, type PartialDate } from './dates';
import { changeNoteSchema, historyProblems, isoDay } from './history';
import { roleIds } from './roles';
import { defaultQualifier, timescaleQualifiers, timescaleUnits } from './timescales/phrase';

export const frameworkIds = [
  'faith-and-probation',
  'information-sharing',
  'release-information',
  'waspi-jip',
  'national-standards',
] as const;
export type FrameworkId = (typeof frameworkIds)[number];

/** "2021", "2021-06" or "2021-06-01" (YAML may hand us a Date if the author forgot the quotes). */
export const partialDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written as "YYYY-MM-DD", "YYYY-MM" or "YYYY"' })
    .transform((text, context): PartialDate => {
      const date = parsePartialDate(text);
      if (!date) {
        context.addIssue({
          code: 'custom',
          message: `"${text}" is not a date: write "YYYY-MM-DD", "YYYY-MM" or "YYYY"`,
        });
        return z.NEVER;
      }
      return date;
    }),
);

export const role = z.enum(roleIds, { error: `must be one of the roles in src/lib/roles.ts (${roleIds.join(', ')})` });

export const sourceSection = z.object({
  section: z.string().min(1, 'must name the section, e.g. "9.2" or "Annex A"'),
  title: z.string().optional(),
});

/** This site's own dated notes of what changed on a page (not the source document's revisions). */
const pageHistoryFields = {
  lastUpdated: isoDay.optional(),
  history: z.array(changeNoteSchema).default([]),
};

function checkPageHistory(
  page: { lastUpdated?: string; history: { date: string; note: string }[] },
  context: z.RefinementCtx,
) {
  for (const problem of historyProblems(page.lastUpdated, page.history)) {
    const [field, ...message] = problem.split(': ');
    context.addIssue({ code: 'custom', message: message.join(': '), path: [field!] });
  }
}

export const frameworkSchema = z
  .object({
    title: z.string().min(1),
    shortTitle: z.string().min(1),
    summary: proseField(z.string().min(20, 'must be a sentence or two saying what the framework is')),
    owner: z.string().min(1),
    /** Left out where the document gives no issue date: the overview then says so. */
    issued: partialDate.optional(),
    reissued: partialDate.optional(),
    implemented: partialDate.optional(),
    /** When this site next checks its overview of the document (not a date the document sets). */
    reviewDue: partialDate,
    /** The review date the document itself sets; left out where it sets none, and the overview then says so. */
    sourceReviewDue: partialDate.optional(),
    lastReviewed: partialDate,
    sourceFile: z
      .string()
      .regex(/^\d{3}_[0-9a-f]+\.txt$/, 'must be the file name in shared/sources, e.g. "004_b0e524a7f0054c8a.txt"'),
    licence: z.string().optional(),
    audience: z.array(role).min(1),
    status: z.enum(['current', 'dated', 'partly-superseded']),
    statusNote: z.string().optional(),
    revisions: z.array(z.object({ date: partialDate, version: z.string().optional(), change: z.string().min(1) })),
  })
  .extend({
    /** An email address the source document itself gives for its owner; left out when it gives none. */
    contact: z.email('must be an email address the source document gives for its owner').optional(),
    ...pageHistoryFields,
  })
  .refine((framework) => framework.status === 'current' || Boolean(framework.statusNote), {
    message: 'is required when status is not "current": say plainly how the document is dated or superseded',
    path: ['statusNote'],
  })
  .superRefine(checkPageHistory);

export const guidanceSchema = z
  .object({
    title: proseField(z.string().min(1)),
    description: proseField(z.string().min(20, 'must be a sentence saying what the page answers')),
    framework: z.enum(frameworkIds, { error: `must be one of: ${frameworkIds.join(', ')}` }),
    order: z.number({ error: 'must be a number giving the position in the side navigation' }),
    roles: z.array(role).min(1),
    tags: z.array(z.string()).default([]),
    lastReviewed: partialDate,
    reviewDue: partialDate,
    owner: z.string().optional(),
    sources: z.array(sourceSection).min(1, 'must cite at least one section of the source document'),
    ...pageHistoryFields,
  })
  .superRefine(checkPageHistory);

export const glossarySchema = z.object({
  kind: z.enum(['acronym', 'term']),
  expansion: z.string().min(1),
  definition: proseField(z.string().min(1)),
  frameworks: z.array(z.enum(frameworkIds)).default([]),
  aliases: z.array(z.string()).default([]),
});

/** An entry in the timescale registry (src/lib/timescales/registry.ts), checked by the tests. */
export const timescaleSchema = z
  .object({
    amount: z.number().positive(),
    unit: z.enum(timescaleUnits),
    qualifier: z.enum(timescaleQualifiers).default(defaultQualifier),
    from: z.string().min(1).optional(),
    event: z.string().min(1).optional(),
    calculatorFrom: z.string().min(1).optional(),
    task: z.string().min(1),
    appliesTo: z.string().min(1).optional(),
    who: role.nullable(),
    source: z.object({ framework: z.enum(frameworkIds), section: z.string().min(1) }),
    interpretation: z.string().min(1).optional(),
    caveat: z.string().min(1).optional(),
    isDayCountUnstated: z.boolean().optional(),
  })
  .strict()
  .refine(
    (entry) =>
      !entry.event ||
      Boolean(entry.from ?? entry.calculatorFrom) ||
      entry.qualifier === 'every' ||
      entry.qualifier === 'at-least-every',
    {
      message:
        'an entry the calculator dates (event) must say what it counts from: `from` in the source’s words, or, where the source gives none, `calculatorFrom` with the reading explained in `interpretation`',
      path: ['calculatorFrom'],
    },
  )
  .refine(
    (entry) =>
      !entry.isDayCountUnstated ||
      ((entry.unit === 'days' || entry.unit === 'working-days') && Boolean(entry.interpretation)),
    {
      message:
        'isDayCountUnstated needs a unit of days or working days and an interpretation saying how the site counts',
      path: ['isDayCountUnstated'],
    },
  );

export type Framework = z.output<typeof frameworkSchema>;
export type Guidance = z.output<typeof guidanceSchema>;
export type GlossaryEntry = z.output<typeof glossarySchema>;

/** One line per problem, each naming the file and the field: for build errors people can act on. */
export function describeIssues(file: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => `${file}: ${issue.path.length ? issue.path.join('.') : '(whole entry)'}: ${issue.message}`)
    .join('\n');
}
