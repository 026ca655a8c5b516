// Static build of the guidance site: MDX guidance checked at build time, GOV.UK Frontend styles compiled from Sass.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import { contentReview } from './src/integrations/content-review.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { remarkMdxChecks } from './src/lib/content/mdx-checks.ts';
import { rehypeTableScroll } from './src/lib/content/rehype-table-scroll.ts';
import { describeMachine } from './src/lib/process-map/model.ts';
import { processes } from './src/machines/index.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const contentRoot = process.env.CONTENT_ROOT ?? './src/content';

const glossaryTerms = new Map(
  (parse(readFileSync(new URL(`${contentRoot}/glossary.yaml`, `file://${root}/`), 'utf8')) ?? []).map((entry) => [
    entry.id,
    entry.expansion,
  ]),
);
const processIds = new Set(
  readdirSync(new URL('./src/machines/', import.meta.url))
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
    .map((name) => name.replace(/\.ts$/, '')),
);
// The steps <ProcessDiagram steps> may name, from the registry of maps.
const processSteps = new Map(
  processes.map((process) => [process.id, new Set(describeMachine(process.machine).steps.map((step) => step.path))]),
);

export default defineConfig({
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), linkCheck(), searchIndex(contentRoot), contentReview()],
  markdown: {
    processor: unified({
      remarkPlugins: [[remarkMdxChecks, { glossaryTerms, processIds, processSteps, root }]],
      rehypePlugins: [rehypeTableScroll],
    }),
  },
  vite: {
    build: { assetsInlineLimit: 0, cssMinify: 'esbuild' },
    css: { preprocessorOptions: { scss: { loadPaths: [root], quietDeps: true, silenceDeprecations: ['import'] } } },
  },
});
