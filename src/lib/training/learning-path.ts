// The learning path for new Prison Offender Managers: an ordered list of guidance, maps and quizzes.
import { z } from 'zod';
import { proseField } from '../content/time-amounts';
import { processMapHref } from '../process-map/href';

export const learningItemSchema = z.object({
  order: z.number(),
  kind: z.enum(['guidance', 'framework', 'map', 'quiz']),
  /** "national-standards/13-annex-b-omic-pom-responsible-cases" for guidance, a framework id, or a process id. */
  ref: z.string().min(1),
  title: proseField(z.string().min(1)),
  why: proseField(z.string().min(10, 'must say in a sentence why this step is on the path')),
});
export type LearningItem = z.output<typeof learningItemSchema> & { id: string };

export function itemKey(item: Pick<LearningItem, 'kind' | 'ref'>): string {
  return `${item.kind}:${item.ref}`;
}

export function itemHref(item: Pick<LearningItem, 'kind' | 'ref'>): string {
  switch (item.kind) {
    case 'guidance':
      return `/guidance/${item.ref}/`;
    case 'framework':
      return `/guidance/${item.ref}/`;
    case 'map':
      return processMapHref(item.ref);
    case 'quiz':
      return processMapHref(item.ref, { view: 'quiz' });
  }
}

/** Items whose reference does not exist on the site: the build fails on these. */
export function unresolvedItems(
  items: Pick<LearningItem, 'kind' | 'ref' | 'title'>[],
  known: { guidance: ReadonlySet<string>; frameworks: ReadonlySet<string>; processes: ReadonlySet<string> },
): string[] {
  return items
    .filter((item) =>
      item.kind === 'guidance'
        ? !known.guidance.has(item.ref)
        : item.kind === 'framework'
          ? !known.frameworks.has(item.ref)
          : !known.processes.has(item.ref),
    )
    .map((item) => `src/content/learning-path.yaml: "${item.title}": ref: no ${item.kind} "${item.ref}" on the site`);
}

/** Where a page stands on the path: "Step 4 of 16", and the step after it. */
export interface PathPosition {
  number: number;
  total: number;
  key: string;
  title: string;
  next?: { title: string; href: string };
}

/** The position of the page at `pathname` on the path (its first step there), or undefined if it is not on it. */
export function pathPosition(
  items: Pick<LearningItem, 'kind' | 'ref' | 'order' | 'title'>[],
  pathname: string,
): PathPosition | undefined {
  const path = [...items].sort((a, b) => a.order - b.order);
  const page = pathname.replace(/\/?$/, '/');
  const index = path.findIndex((item) => itemHref(item) === page);
  if (index < 0) return undefined;
  const item = path[index]!;
  const next = path[index + 1];
  return {
    number: index + 1,
    total: path.length,
    key: itemKey(item),
    title: item.title,
    next: next && { title: next.title, href: itemHref(next) },
  };
}
