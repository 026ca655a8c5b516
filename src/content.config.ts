// The content collections: frameworks (one per source document), guidance pages, the glossary, journeys and quiz scenarios.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentRootSetting } from './lib/content/content-root';
import { compiledByTheRoute } from './lib/content/guidance-loader';
import { journeySchema } from './lib/journeys';
import { frameworkSchema, glossarySchema, guidanceSchema } from './lib/schemas';
import { learningItemSchema } from './lib/training/learning-path';
import { scenarioFileSchema } from './lib/training/quiz';

const contentRoot = contentRootSetting();

// retainBody: false: no page reads an entry's raw MDX (render() compiles the file itself), so the content store does
// not keep a copy of every page's text in memory and in node_modules/.astro (issue 36: 10,000 pages).
const frameworks = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentRoot}/frameworks`, retainBody: false }),
  schema: frameworkSchema,
});

const guidance = defineCollection({
  loader: compiledByTheRoute(glob({ pattern: '**/*.mdx', base: `${contentRoot}/guidance`, retainBody: false })),
  schema: guidanceSchema,
});

const glossary = defineCollection({
  loader: file(`${contentRoot}/glossary.yaml`),
  schema: glossarySchema,
});

const learningPath = defineCollection({
  loader: file(`${contentRoot}/learning-path.yaml`),
  schema: learningItemSchema,
});

const journeys = defineCollection({
  loader: file(`${contentRoot}/journeys.yaml`),
  schema: journeySchema,
});

// Scenario questions, one optional file per map named after it: a map without one has only generated questions.
const scenarios = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentRoot}/scenarios` }),
  schema: scenarioFileSchema,
});

export const collections = { frameworks, guidance, glossary, learningPath, journeys, scenarios };
