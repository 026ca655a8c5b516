// Step-by-step journeys: end-to-end tasks that cross several guidance pages and maps (the GOV.UK step-by-step
// navigation pattern). A journey is content in src/content/journeys.yaml; this module checks and resolves its links.
import { z } from 'zod';
import type { Heading } from './content/guidance';
import type { TimescaleOnPage } from './content/mdx-checks';
import { proseField } from './content/time-amounts';
import { stepByPath, type ProcessModel } from './process-map/model';
import { stepTimescaleWords } from './process-map/timescale-words';
import { timescaleById, timescaleWithNotes } from './timescales/registry';
import { frameworkIds } from './schemas';
import { processMapHref } from './process-map/href';

const journeyLinkSchema = z
  .object({
    text: proseField(z.string().min(1)),
    page: z
      .string()
      .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be "<framework>/<page>", e.g. "national-standards/02-advice-to-court"')
      .optional(),
    anchor: z.string().min(1).optional(),
    map: z.string().min(1).optional(),
    step: z.string().min(1).optional(),
  })
  .refine((link) => Boolean(link.page) !== Boolean(link.map), {
    message: 'must name either a guidance "page" or a "map", not both',
  })
  .refine((link) => !link.anchor || link.page, { message: '"anchor" goes with a guidance "page"', path: ['anchor'] })
  .refine((link) => !link.step || link.map, { message: '"step" goes with a "map"', path: ['step'] });

export const journeySchema = z.object({
  title: proseField(z.string().min(1)),
  summary: proseField(z.string().min(20, 'must say in a sentence what the journey covers')),
  steps: z
    .array(
      z.object({
        title: proseField(z.string().min(1)),
        summary: proseField(z.string().min(10)),
        /** Where the source is silent on something the step needs (who does it, when it starts), say so. */
        gap: proseField(z.string()).optional(),
        source: z.array(z.object({ framework: z.enum(frameworkIds), section: z.string().min(1) })).min(1),
        links: z.array(journeyLinkSchema).min(1, 'must link to at least one guidance page or map step'),
      }),
    )
    .min(2, 'a journey has at least two steps'),
});

export type Journey = z.output<typeof journeySchema>;
export type JourneyLink = Journey['steps'][number]['links'][number];

export interface GuidanceTarget {
  title: string;
  headings: Heading[];
  timescales: TimescaleOnPage[];
}

export interface MapTarget {
  title: string;
  model: ProcessModel;
}

export interface JourneyTargets {
  guidance: Map<string, GuidanceTarget>;
  maps: Map<string, MapTarget>;
}

export interface ResolvedLink {
  text: string;
  href: string;
  /** Where it goes, in words: "Guidance" or "Process map". */
  kind: 'Guidance' | 'Process map';
  /** The timescales the linked section or step sets, in the site's one wording. */
  timescales: string[];
}

export function linkHref(link: JourneyLink): string {
  if (link.map) return processMapHref(link.map, { step: link.step });
  return `/guidance/${link.page}/${link.anchor ? `#${link.anchor}` : ''}`;
}

/** The page a link goes to, without its anchor: used to find the journeys a page belongs to. */
export function linkPage(link: JourneyLink): string {
  return link.map ? processMapHref(link.map) : `/guidance/${link.page}/`;
}

/** Every link that does not resolve, as "journey <id>, step <n>: <what is wrong>". */
export function journeyLinkProblems(id: string, journey: Journey, targets: JourneyTargets): string[] {
  return journey.steps.flatMap((step, index) =>
    step.links.flatMap((link) => {
      const where = `journey "${id}", step ${index + 1} ("${step.title}"), link "${link.text}"`;
      if (link.map) {
        const map = targets.maps.get(link.map);
        if (!map) return [`${where}: no process map "${link.map}" (no file src/machines/${link.map}.ts)`];
        if (link.step && !stepByPath(map.model, link.step))
          return [`${where}: map "${link.map}" has no step "${link.step}"`];
        return [];
      }
      const page = targets.guidance.get(link.page!);
      if (!page) return [`${where}: no guidance page "${link.page}"`];
      if (link.anchor && !page.headings.some((heading) => heading.slug === link.anchor))
        return [`${where}: page "${link.page}" has no heading with the anchor "#${link.anchor}"`];
      return [];
    }),
  );
}

/** The `<Timescale>`s written under a heading, including its subheadings, up to the next heading of the same level. */
export function timescalesUnder(headings: Heading[], found: TimescaleOnPage[], anchor: string): string[] {
  const start = headings.findIndex((heading) => heading.slug === anchor);
  if (start < 0) return [];
  const next = headings.findIndex((heading, index) => index > start && heading.depth <= headings[start]!.depth);
  const end = next < 0 ? headings.length : next;
  return found
    .filter((item) => item.headingIndex !== null && item.headingIndex >= start && item.headingIndex < end)
    .flatMap((item) => {
      const timescale = timescaleById(item.id);
      return timescale ? [`${timescale.task}: ${timescaleWithNotes(timescale)}`] : [];
    });
}

export function resolveLink(link: JourneyLink, targets: JourneyTargets): ResolvedLink {
  if (link.map) {
    const model = targets.maps.get(link.map)?.model;
    const step = model && link.step ? stepByPath(model, link.step) : undefined;
    const words = step ? stepTimescaleWords(step) : undefined;
    return {
      text: link.text,
      href: linkHref(link),
      kind: 'Process map',
      timescales: step && words ? [`${step.meta.title}: ${words}`] : [],
    };
  }
  const page = targets.guidance.get(link.page!);
  return {
    text: link.text,
    href: linkHref(link),
    kind: 'Guidance',
    timescales: page && link.anchor ? timescalesUnder(page.headings, page.timescales, link.anchor) : [],
  };
}

export interface JourneyEntry {
  id: string;
  data: Journey;
}

/** The journeys a page belongs to, and which of each journey's steps (numbered from 1) link to it. */
export function journeysContaining(journeys: JourneyEntry[], pathname: string) {
  const page = pathname.replace(/\/?$/, '/');
  return journeys.flatMap((journey) => {
    const steps = journey.data.steps
      .map((step, index) => (step.links.some((link) => linkPage(link) === page) ? index + 1 : 0))
      .filter(Boolean);
    return steps.length ? [{ journey, steps }] : [];
  });
}

/** The anchor of a journey step on the journey page. */
export const journeyStepAnchor = (number: number) => `step-${number}`;
