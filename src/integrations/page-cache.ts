// Astro's incremental build (experimental.incrementalBuild) copies a guidance page from the last build when its
// cacheKey is unchanged (src/pages/guidance/[framework]/[slug].astro, src/lib/content/cache-key.ts). The key takes
// the names of the built CSS and JavaScript files, which exist by the time pages are generated: this tells the page
// where they are.
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
