// The build's steps that read the built site, in order, run by scripts/build.mjs once Astro's process has ended (see
// ./built-site.ts): each map's picture, the link check (which looks for the pictures too), the search index, the
// content-review warning, and the gzipped copies, last, so they include what the others write. A step that fails
// throws, and the build stops there.
import type { BuiltSite, StepLogger } from './built-site';
import { reportContentReview } from './content-review';
import { checkLinks } from './link-check';
import { drawMapPictures } from './map-pictures';
import { precompressSite } from './precompress';
import { writeSearchIndex } from './search-index';

const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** Lines as Astro's logger writes them ("12:00:00 [app-link-check] Links: ..."), so the build's log reads as one. */
export function stepLogger(label: string): StepLogger {
  return {
    info: (message) => console.log(`${time.format(new Date())} [${label}] ${message}`),
    warn: (message) => console.warn(`${time.format(new Date())} [WARN] [${label}] ${message}`),
  };
}

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
