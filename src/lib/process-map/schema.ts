// The meta every step of a process map carries, and the check that fails the build naming machine, state and field.
import { slug } from 'github-slugger';
import { z } from 'zod';
import { role, frameworkIds } from '../schemas';
import { timescaleById, timescaleIds } from '../timescales/registry';

export const stepKinds = ['start', 'activity', 'decision', 'wait', 'end'] as const;
export type StepKind = (typeof stepKinds)[number];

/**
 * A link from a step to a guidance page: to its top, to an `anchor`, or to a `heading` by its words, which becomes the
 * anchor Astro gives that heading (github-slugger's; the first heading with those words on the page).
 */
export const guidanceLinkSchema = z
  .object({
    page: z
      .string()
      .regex(
        /^[a-z0-9-]+\/[a-z0-9-]+$/,
        'must be "<framework>/<page>", e.g. "national-standards/09-enforcing-the-sentence"',
      ),
    anchor: z.string().optional(),
    heading: z.string().min(1).optional(),
    text: z.string().min(1),
  })
  .transform(({ heading, ...link }) => (heading ? { ...link, anchor: slug(heading) } : link));

export const stepMetaSchema = z.object({
  title: z.string().min(1),
  lane: role,
  kind: z.enum(stepKinds),
  summary: z.string().min(1),
  tasks: z.array(z.string().min(1)).default([]),
  // An id in the timescale registry, never an amount written here: the step receives the whole registry entry.
  timescale: z
    .enum(timescaleIds, { error: 'must be the id of a timescale in src/lib/timescales/registry.ts' })
    .transform((id) => timescaleById(id)!)
    .optional(),
  guidance: z.array(guidanceLinkSchema).default([]),
  source: z
    .array(z.object({ framework: z.enum(frameworkIds), section: z.string().min(1) }))
    .min(1, 'every step must cite the section of the source it comes from'),
  notes: z.array(z.string().min(1)).default([]),
});

/** A group of steps (a parallel or compound state) needs only a title and lane-free summary. */
export const groupMetaSchema = z.object({
  title: z.string().min(1),
  summary: z.string().min(1),
  source: z.array(z.object({ framework: z.enum(frameworkIds), section: z.string().min(1) })).min(1),
  notes: z.array(z.string().min(1)).default([]),
});

export type StepMeta = z.output<typeof stepMetaSchema>;
export type GroupMeta = z.output<typeof groupMetaSchema>;
