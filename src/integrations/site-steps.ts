// The build's steps that read the built site, in order, run by scripts/build.mjs once Astro's process has ended (see
// ./built-site.ts): each map's picture, the link check (which looks for the pictures too), the search index, the
// content-review warning, and the gzipped copies, last, so they include what the others write. A step that fails
// throws, and the build stops there.
import type { BuiltSite, StepLogger } from './built-site';
import { stepLogger } from './step-logger';
import { reportContentReview } from './content-review';
import { checkLinks } from './link-check';
import { drawMapPictures } from './map-pictures';
import { precompressSite } from './precompress';
import { writeSearchIndex } from './search-index';

/** The steps and the names their lines carry: those of the Astro integrations they were (the bench reads them). */
const steps: [string, (site: BuiltSite, logger: StepLogger) => void | Promise<void>][] = [
  ['app-map-pictures', drawMapPictures],
  ['app-link-check', checkLinks],
  ['app-search-index', writeSearchIndex],
  ['app-content-review', reportContentReview],
  ['hmpps-precompress', precompressSite],
];

export async function runSiteSteps(site: BuiltSite): Promise<void> {
  for (const [label, step] of steps) {
    try {
      await step(site, stepLogger(label));
    } catch (error) {
      throw new Error(`[${label}] ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
}
