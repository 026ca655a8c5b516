// Tells scripts/build.mjs where Astro built the site, for the steps that read it (./site-steps.ts), which the script
// runs once Astro's process has ended: what Astro's build holds in memory is given back before the map pictures'
// Chromium and Pagefind's indexer start, so their memory never adds to it (issue 36).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { builtSiteVariable } from '../../scripts/build.mjs';

/** Where the site was built from and to: absolute paths. */
export interface BuiltSite {
  /** The project. */
  root: string;
  /** The built site (dist/, or the build's --outDir). */
  outDir: string;
  /** Astro's cache folder (node_modules/.astro), where the steps keep their caches beside Astro's. */
  cacheDir: string;
  /** The content the site was built from (src/content, or CONTENT_ROOT). */
  contentRoot: string;
}

/** What a step says as it ends, in the build's log: Astro's logger, or one that writes the same lines. */
export type StepLogger = Pick<AstroIntegrationLogger, 'info' | 'warn'>;

export function builtSite(contentRoot: string): AstroIntegration {
  let root = process.cwd();
  let cacheDir = '';
  return {
    name: 'app-built-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        const file = process.env[builtSiteVariable];
        if (!file) {
          logger.warn(
            'Only the pages were built: `npm run build` (scripts/build.mjs) also draws the map pictures, checks the links and builds the search index and the gzipped copies',
          );
          return;
        }
        const site: BuiltSite = {
          root,
          outDir: fileURLToPath(dir),
          cacheDir,
          contentRoot: path.resolve(root, contentRoot),
        };
        writeFileSync(file, JSON.stringify(site));
      },
    },
  };
}
