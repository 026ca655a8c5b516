// Astro's incremental build (experimental.incrementalBuild) copies a guidance page, or a map's pages, from the last
// build when its cacheKey is unchanged (src/lib/views/guidance.ts, src/lib/views/maps.ts, src/lib/views/page-key.ts).
// The key takes the names of the built CSS and JavaScript files, which exist by the time pages are generated: this
// tells the key where they are.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { assetsDirVariable } from '../lib/content/cache-key';

export function pageCache(): AstroIntegration {
  return {
    name: 'app-page-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        process.env[assetsDirVariable] = fileURLToPath(new URL(`${config.build.assets}/`, config.outDir));
      },
    },
  };
}
