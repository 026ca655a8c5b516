// Loads the content collections once per build (a memoised promise, as Starlight's routing data is loaded "at the top
// level so it runs just once"), checks what links between them, and hands every view builder the same data.
import { getCollection, type CollectionEntry } from 'astro:content';
import { sourceTitles } from '../content/frameworks';
import { guidanceHref, guidanceSlug } from '../content/guidance';
import type { Heading } from '../content/guidance';
import type { TimescaleOnPage } from '../content/mdx-checks';
import { renderGuidance } from '../content/render-guidance';
import { unresolvedItems, type LearningItem } from '../training/learning-path';
import { mapsWithModels, type MapWithModel } from './models';

export interface SiteData {
  /** In the collection's order; `frameworksByTitle` is the A to Z copy the lists of documents show. */
  frameworks: CollectionEntry<'frameworks'>[];
  frameworksByTitle: CollectionEntry<'frameworks'>[];
  guidance: CollectionEntry<'guidance'>[];
  glossary: CollectionEntry<'glossary'>[];
  journeys: CollectionEntry<'journeys'>[];
  scenarios: CollectionEntry<'scenarios'>[];
  /** The learning path's items in order, each checked against the site. */
  learningPath: LearningItem[];
  maps: MapWithModel[];
  /** Framework id → short title, for citing a source. */
  titles: Record<string, string>;
}

/** A guidance page's headings and the `<Timescale>`s written under them, from rendering it once. */
export interface RenderedGuidance {
  entry: CollectionEntry<'guidance'>;
  key: string;
  href: string;
  headings: Heading[];
  timescales: TimescaleOnPage[];
}

let loading: Promise<SiteData> | undefined;
let rendering: Promise<RenderedGuidance[]> | undefined;

/** The site's content and maps, loaded on the first call of the build and shared by every later one. */
export function siteData(): Promise<SiteData> {
  loading ??= load();
  return loading;
}

/** Every guidance page rendered once for its headings and timescales (the journeys and the timescales index read them). */
export function renderedGuidance(): Promise<RenderedGuidance[]> {
  rendering ??= siteData().then(({ guidance }) =>
    Promise.all(
      guidance.map(async (entry) => {
        const { headings, frontmatter } = await renderGuidance(entry);
        return {
          entry,
          key: `${entry.data.framework}/${guidanceSlug(entry.id)}`,
          href: guidanceHref(entry),
          headings,
          timescales: (frontmatter.timescales ?? []) as TimescaleOnPage[],
        };
      }),
    ),
  );
  return rendering;
}

async function load(): Promise<SiteData> {
  const [frameworks, guidance, glossary, journeys, scenarios, learningItems] = await Promise.all([
    getCollection('frameworks'),
    getCollection('guidance'),
    getCollection('glossary'),
    getCollection('journeys'),
    getCollection('scenarios'),
    getCollection('learningPath'),
  ]);
  const maps = mapsWithModels();
  const learningPath = learningItems.map((item) => ({ ...item.data, id: item.id })).sort((a, b) => a.order - b.order);
  const problems = unresolvedItems(learningPath, {
    guidance: new Set(guidance.map((entry) => `${entry.data.framework}/${guidanceSlug(entry.id)}`)),
    frameworks: new Set(frameworks.map((framework) => framework.id)),
    processes: new Set(maps.map((map) => map.id)),
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return {
    frameworks,
    frameworksByTitle: [...frameworks].sort((a, b) => a.data.shortTitle.localeCompare(b.data.shortTitle)),
    guidance,
    glossary,
    journeys,
    scenarios,
    learningPath,
    maps,
    titles: sourceTitles(frameworks),
  };
}
