// Keys for Astro's incremental build (experimental.incrementalBuild in astro.config.mjs): a page whose key and code
// are the same as in the last build is copied from it rather than rendered again. The key must change whenever
// anything the page shows that is not its own entry or code changes: the entries of other collections it reads,
// its side navigation, the environment the build reads, the day (the footer's build date, the review-due warning)
// and the names of the site's CSS and JavaScript files (a page links them by a hash of their content).
// Astro itself compares each page's code (its modules, their CSS and scripts); a guidance page's compiled MDX is
// compared through `compileInputs` and the entry's digest.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';

/** The environment variables a page shows something from (src/lib/feedback.ts, src/components/site/Footer.astro). */
export function pageEnvironment(environment: Record<string, string | undefined>): string[] {
  return Object.keys(environment)
    .filter((name) => name === 'GIT_COMMIT' || name.startsWith('REPORT_PROBLEM_EMAIL'))
    .sort()
    .map((name) => `${name}=${environment[name]}`);
}

/** Set by the page-cache integration (src/integrations/page-cache.ts) to the built site's folder of CSS and JS. */
export const assetsDirVariable = 'HMPPS_BUILD_ASSETS_DIR';

/**
 * The names of the built CSS and JavaScript files (each name carries a hash of its content). Astro's own check sees
 * only the code a page imports; these names also change when bundling moves shared code into another file, which
 * would leave a copied page linking a file that is gone. Any change to them renders every page again.
 */
export function siteAssets(environment: Record<string, string | undefined>): string[] {
  const dir = environment[assetsDirVariable];
  if (!dir) return [];
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  } catch {
    return [];
  }
}

/**
 * Set by the MDX cache (src/integrations/mdx-cache.ts) to a hash of everything that shapes a guidance page's compiled
 * MDX besides its own text: the content rules, glossary, names, maps and packages. A guidance page's route compiles
 * its MDX itself (src/lib/content/render-guidance.ts), out of Astro's sight, so this goes in the page's key.
 */
export const compileInputsVariable = 'HMPPS_MDX_INPUTS';

export function compileInputs(environment: Record<string, string | undefined>): string {
  return environment[compileInputsVariable] ?? '';
}

/** The day of the build (UTC), which the footer shows and the review-due warning is worked out from. */
export function buildDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

interface Digested {
  id: string;
  /** Set by the glob loader; entries from a single data file (the file loader) have none and are hashed whole. */
  digest?: number | string;
  data?: unknown;
}

/** One short hash of everything given: entries by their id and content digest (or data), anything else as JSON. */
export function cacheKey(...parts: (Digested[] | Digested | string | string[] | number)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    for (const item of Array.isArray(part) ? part : [part])
      hash
        .update(
          typeof item !== 'object'
            ? JSON.stringify(item)
            : `${item.id}:${item.digest === undefined ? JSON.stringify(item.data) : String(item.digest)}`,
        )
        .update('\n');
    hash.update('\u0000');
  }
  return hash.digest('base64url').slice(0, 22);
}
