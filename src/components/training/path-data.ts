// The learning path as pages show it: in order, and checked against the site.
import { getCollection } from 'astro:content';
import { guidanceSlug } from '../../lib/content/guidance';
import { unresolvedItems, type LearningItem } from '../../lib/training/learning-path';
import { processes } from '../../machines';

/** The path's items in order; the build fails, naming the item, if one points to a page or map the site lacks. */
export async function learningPath(): Promise<LearningItem[]> {
  const [items, guidance, frameworks] = await Promise.all([
    getCollection('learningPath'),
    getCollection('guidance'),
    getCollection('frameworks'),
  ]);
  const path = items.map((item) => ({ ...item.data, id: item.id })).sort((a, b) => a.order - b.order);
  const problems = unresolvedItems(path, {
    guidance: new Set(guidance.map((entry) => `${entry.data.framework}/${guidanceSlug(entry.id)}`)),
    frameworks: new Set(frameworks.map((framework) => framework.id)),
    processes: new Set(processes.map((process) => process.id)),
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return path;
}

const kindWords = { guidance: 'read a page', framework: 'read a page', map: 'walk through a map', quiz: 'take a quiz' };

/** What the learner does at an item: "walk through a map". */
export function stepLabel(item: Pick<LearningItem, 'kind'>): string {
  return kindWords[item.kind];
}
