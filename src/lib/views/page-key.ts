// The part of a page's cacheKey (experimental.incrementalBuild, src/lib/content/cache-key.ts) that every cached page
// shares: what the site shows on every page besides the page's own entry and code.
import { buildDay, cacheKey, pageEnvironment, siteAssets } from '../content/cache-key';
import type { SiteData } from '../site-data/load';

/**
 * The frameworks (source notes, citations), glossary (expansions), journeys and learning path (the panels beside a
 * page), the environment the footer reads, the day of the build and the names of the built CSS and JavaScript files.
 */
export function sitePageKey({ frameworks, glossary, journeys, learningPath }: SiteData): string {
  return cacheKey(
    frameworks,
    glossary,
    journeys,
    learningPath.map((item) => JSON.stringify(item)),
    pageEnvironment(process.env),
    buildDay(new Date()),
    siteAssets(process.env),
  );
}
