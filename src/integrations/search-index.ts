// Builds the Pagefind index as part of `astro build`: the built pages (with acronym expansions added for search only),
// one record per process-map step and one per glossary term.
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { z } from 'zod';
import { sourceTitles } from '../lib/content/frameworks';
import { describeMachine } from '../lib/process-map/model';
import { frameworkSchema, glossarySchema } from '../lib/schemas';
import { expansionBlock, glossarySearchPages, stepSearchPages } from '../lib/search/records';
import { processes } from '../machines';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Framework id → short title, read through the frameworks collection's schema (as the pages read it). */
async function frameworkShortTitles(contentRoot: string): Promise<Record<string, string>> {
  const dir = path.join(contentRoot, 'frameworks');
  const frameworks = [];
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.mdx')) continue;
    const text = await readFile(path.join(dir, name), 'utf8');
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    frameworks.push({ id: name.replace(/\.mdx$/, ''), data: frameworkSchema.parse(parse(frontmatter)) });
  }
  return sourceTitles(frameworks);
}

export function searchIndex(contentRoot: string): AstroIntegration {
  return {
    name: 'app-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const glossary = glossarySchema
          .extend({ id: z.string() })
          .array()
          .parse(parse(await readFile(path.join(contentRoot, 'glossary.yaml'), 'utf8')) ?? []);
        const titles = await frameworkShortTitles(contentRoot);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Search index could not be created: ${errors.join('; ')}`);

        let pageCount = 0;
        for (const file of await htmlFiles(outDir)) {
          const html = await readFile(file, 'utf8');
          if (!html.includes('data-pagefind-body')) continue;
          const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
          const text = main.replace(/<[^>]+>/g, ' ');
          const content = html.replace('</main>', `${expansionBlock(text, glossary)}</main>`);
          const result = await index.addHTMLFile({ sourcePath: path.relative(outDir, file), content });
          if (result.errors.length) throw new Error(`Search index: ${file}: ${result.errors.join('; ')}`);
          pageCount += 1;
        }

        let stepCount = 0;
        for (const process of processes) {
          const model = describeMachine(process.machine);
          for (const record of stepSearchPages(
            model,
            process.title,
            titles[process.framework] ?? process.framework,
            glossary,
          )) {
            await index.addHTMLFile({ url: record.url, content: record.content });
            stepCount += 1;
          }
        }

        const termFrameworks = Object.fromEntries(
          glossary.map((term) => [term.id, (term.frameworks ?? []).map((id) => titles[id] ?? id)]),
        );
        for (const record of glossarySearchPages(glossary, termFrameworks)) {
          await index.addHTMLFile({ url: record.url, content: record.content });
        }

        await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        await pagefind.close();
        // The site uses Pagefind's search API with its own GOV.UK-styled results; Pagefind's own UIs are not shipped.
        for (const name of await readdir(path.join(outDir, 'pagefind'))) {
          if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name))
            await rm(path.join(outDir, 'pagefind', name));
        }
        logger.info(
          `Search index: ${pageCount} pages, ${stepCount} process-map steps, ${glossary.length} glossary terms`,
        );
      },
    },
  };
}
