// Static build of the guidance site: MDX guidance checked at build time, GOV.UK Frontend styles compiled from Sass.
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { builtSite } from './src/integrations/built-site.ts';
import { contentFiles } from './src/integrations/content-files.ts';
import { mdxCache } from './src/integrations/mdx-cache.ts';
import { mermaidDiagrams } from './src/integrations/mermaid.ts';
import { pageCache } from './src/integrations/page-cache.ts';
import { stripMachineMeta } from './src/integrations/strip-machine-meta.ts';
import { readGlossaryTerms, readKnownCapitals } from './src/lib/content/content-files.ts';
import { contentRootSetting } from './src/lib/content/content-root.ts';
import { mdxChecksPlugin } from './src/lib/content/mdx-checks.ts';
import { tableScrollPlugin } from './src/lib/content/table-scroll.ts';
import { mapsWithModels } from './src/lib/site-data/models.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const contentRoot = contentRootSetting();

const glossaryTerms = readGlossaryTerms(fileURLToPath(new URL(`${contentRoot}/glossary.yaml`, `file://${root}/`)));
// Words in capitals prose may write bare: an unknown one ("ZZQ") fails the build.
const knownCapitals = readKnownCapitals(fileURLToPath(new URL(contentRoot, `file://${root}/`)));
// The registry is the one list of processes: <ProcessMapCard id> must name one of them.
const maps = mapsWithModels();
const processIds = new Set(maps.map((map) => map.id));
// The steps <ProcessDiagram steps> may name, from the registry of maps.
const processSteps = new Map(maps.map((map) => [map.id, new Set(map.model.steps.map((step) => step.path))]));

export default defineConfig({
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // A guidance page whose cacheKey (src/pages/guidance/[framework]/[slug].astro) and code are unchanged since the
  // last build is copied from it rather than rendered again: an edit to one page of 10,000 re-renders that page.
  experimental: { incrementalBuild: true },
  // optimize: each MDX page's static HTML becomes one string rather than a JSX call per element, so the modules the
  // build loads to render 1,000 pages are smaller and faster to render; the built HTML is the same.
  // contentFiles runs first: a content file that does not parse or fit its schema stops the build, naming file and line.
  // mdxCache keeps each page's compiled MDX between builds, keyed by its text and the code that compiles it;
  // pageCache gives the guidance pages' cacheKey the names of the built CSS and JavaScript.
  // builtSite tells scripts/build.mjs (`npm run build`) where the site was built: the steps that read it (map
  // pictures, link check, search index, content review, gzip: src/integrations/site-steps.ts) run once Astro's
  // process has ended, so their memory never adds to what Astro's build holds.
  integrations: [
    contentFiles(contentRoot),
    mdx({ optimize: true }),
    mdxCache(contentRoot),
    pageCache(),
    mermaidDiagrams(),
    builtSite(contentRoot),
  ],
  markdown: {
    // Sätteri parses and compiles MDX natively (as Starlight does); our checks see only headings, tables and JSX.
    processor: satteri({
      mdastPlugins: [mdxChecksPlugin({ glossaryTerms, knownCapitals, processIds, processSteps, root })],
      hastPlugins: [tableScrollPlugin()],
    }),
  },
  vite: {
    plugins: [stripMachineMeta()],
    build: {
      assetsInlineLimit: 0,
      cssMinify: 'esbuild',
      // Astro marks every MDX entry with a "use astro:head-inject" directive that Rolldown warns about, ten lines per
      // page: the build log hid real warnings under a thousand copies. The site has no directives of its own.
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
    css: { preprocessorOptions: { scss: { loadPaths: [root], quietDeps: true, silenceDeprecations: ['import'] } } },
  },
});
