// The learning path's words as pages show them (the path itself is loaded once, in src/lib/site-data).
import type { LearningItem } from '../../lib/training/learning-path';

const kindWords = { guidance: 'read a page', framework: 'read a page', map: 'walk through a map', quiz: 'take a quiz' };

/** What the learner does at an item: "walk through a map". */
export function stepLabel(item: Pick<LearningItem, 'kind'>): string {
  return kindWords[item.kind];
}
