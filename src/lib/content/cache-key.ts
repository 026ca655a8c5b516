// Keys for Astro's incremental build (experimental.incrementalBuild in astro.config.mjs): a page whose key and code
// are the same as in the last build is copied from it rather than rendered again. The key must change whenever
// anything the page shows that is not its own entry or code changes: the entries of other collections it reads,
// its side navigation and the environment the build reads.
import { createHash } from 'node:crypto';

/** The environment variables a page shows something from (src/lib/feedback.ts, src/components/site/Footer.astro). */
export function pageEnvironment(environment: Record<string, string | undefined>): string[] {
  return Object.keys(environment)
    .filter((name) => name === 'GIT_COMMIT' || name.startsWith('REPORT_PROBLEM_EMAIL'))
    .sort()
    .map((name) => `${name}=${environment[name]}`);
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
