// Compiles guidance pages for their route to render (src/lib/content/render-guidance.ts) without the bundler, and
// keeps each page's compiled MDX from one build to the next, keyed by a hash of the page's text and of everything that
// shapes its compiling (the site's code, content rules, maps, glossary and installed packages), so an edit to one
// page of 10,000 compiles one page, not 10,000 (issue 36). A page whose compiling failed is never kept, so its error
// is reported again on every build until it is fixed. The cache keeps only the pages the last build compiled, so it
// never grows past one copy of the site.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { concurrencyLimit } from './bounded';
import { compileInputsVariable } from '../lib/content/cache-key';
import { compilerKey, moduleBody, type GuidanceCompiler } from '../lib/content/guidance-module';

/** The name of @astrojs/mdx's Vite plugin, whose transform compiles each .mdx file. */
const mdxPluginName = '@mdx-js/rolldown';

type TransformResult = { code: string; map?: unknown; meta?: unknown };
type Handler = (this: unknown, code: string, id: string) => Promise<TransformResult | undefined>;

/**
 * A hash of every file under the folders and of the files given (missing ones are skipped): anything in them that
 * changes makes every page compile again, which is always right, if slower.
 */
export function inputsDigest(root: string, entries: string[]): string {
  const hash = createHash('sha256');
  for (const entry of entries) {
    const full = path.join(root, entry);
    if (!existsSync(full)) continue;
    const files = entry.includes('.')
      ? [full]
      : readdirSync(full, { recursive: true, encoding: 'utf8' })
          .sort()
          .map((file) => path.join(full, file));
    for (const file of files) {
      try {
        hash.update(file).update(readFileSync(file));
      } catch {
        // a folder
      }
    }
  }
  return hash.digest('hex');
}

/** What a cache of compiled pages holds for one build: where it is, what shapes every page, and what it did. */
export interface CompileCache {
  dir: string;
  inputs: string;
  used: Set<string>;
  counts: { compiled: number; cached: number };
}

export function createCompileCache(dir: string, inputs: string): CompileCache {
  return { dir, inputs, used: new Set(), counts: { compiled: 0, cached: 0 } };
}

/**
 * Pages compiled at a time. The bundler asks for every page at once (all 10,033 of a 10,000-page corpus were being
 * compiled together), and each compile in progress holds its page's syntax trees: eight at a time is as fast on two
 * cores, and the build's peak memory at 10,000 pages fell by 0.6 GB.
 */
export const compilesInFlight = 8;

/**
 * The transform `original`, answered from `cache` when it has compiled the same text before with the same inputs;
 * otherwise compiled, `compilesInFlight` pages at a time.
 */
export function cachedTransform(original: Handler, cache: CompileCache): Handler {
  const compiling = concurrencyLimit(compilesInFlight);
  return async function (this: unknown, code: string, id: string) {
    const key = createHash('sha256').update(cache.inputs).update(id).update(code).digest('hex');
    // A page is asked for more than once (for its headings, then for its page): it is counted once.
    const isFirstAsk = !cache.used.has(key);
    cache.used.add(key);
    const file = path.join(cache.dir, `${key}.json`);
    const kept = await readFile(file, 'utf8').catch(() => undefined);
    if (kept) {
      if (isFirstAsk) cache.counts.cached += 1;
      return JSON.parse(kept) as TransformResult;
    }
    const result = await compiling(() => original.call(this, code, id));
    cache.counts.compiled += 1;
    if (result) {
      await mkdir(cache.dir, { recursive: true });
      await writeFile(file, JSON.stringify(result));
    }
    return result;
  };
}

/** Removes what this build did not use, so the cache holds one copy of the site at most. */
export async function pruneCompileCache(cache: CompileCache): Promise<void> {
  if (!existsSync(cache.dir)) return;
  for (const name of await readdir(cache.dir))
    if (!cache.used.has(name.replace(/\.json$/, ''))) await rm(path.join(cache.dir, name), { force: true });
}

/**
 * The compiler a guidance page's route calls (src/lib/content/render-guidance.ts): the MDX plugin's own transform
 * (with the content rules and Mermaid), given the page's file as Vite would have given it.
 */
export function guidanceCompiler(transform: Handler, root: string): GuidanceCompiler {
  return async (filePath) => {
    const id = path.resolve(root, filePath);
    const result = await transform.call(undefined, await readFile(id, 'utf8'), id);
    if (!result) throw new Error(`${filePath}: the MDX compiler gave nothing back`);
    return moduleBody(result.code, filePath);
  };
}

/**
 * The build's cache of compiled pages. The content rules read the glossary, the names list and the maps; the code is
 * everything under src/ but the pages' own text, plus the configuration and the installed packages' versions.
 */
function buildCompileCache(root: string, contentRoot: string, cacheDir: URL): CompileCache {
  const content = path.relative(root, path.resolve(root, contentRoot));
  const inputs = inputsDigest(root, [
    'package-lock.json',
    'astro.config.mjs',
    'src/lib',
    'src/machines',
    'src/integrations',
    'src/components/content',
    `${content}/glossary.yaml`,
    `${content}/names.yaml`,
  ]);
  return createCompileCache(fileURLToPath(new URL('hmpps-mdx/', cacheDir)), inputs);
}

export function mdxCache(contentRoot: string): AstroIntegration {
  let cache: CompileCache | undefined;
  return {
    name: 'app-mdx-cache',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, command }) => {
        const root = fileURLToPath(config.root);
        // The development server compiles each page as it is asked for, without the cache.
        const compileCache = command === 'build' ? buildCompileCache(root, contentRoot, config.cacheDir) : undefined;
        cache = compileCache;
        // Astro no longer sees a guidance page's compiled MDX, so a page's cacheKey takes what shapes it instead.
        if (compileCache) process.env[compileInputsVariable] = compileCache.inputs;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'app-mdx-cache',
                configResolved(resolved) {
                  const mdx = resolved.plugins.find((plugin) => plugin.name === mdxPluginName) as
                    { transform?: { handler: Handler; wrapped?: boolean } } | undefined;
                  if (!mdx?.transform) return;
                  if (compileCache && !mdx.transform.wrapped) {
                    mdx.transform.handler = cachedTransform(mdx.transform.handler, compileCache);
                    mdx.transform.wrapped = true;
                  }
                  (globalThis as Record<symbol, GuidanceCompiler>)[compilerKey] = guidanceCompiler(
                    mdx.transform.handler,
                    root,
                  );
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ logger }) => {
        if (!cache) return;
        await pruneCompileCache(cache);
        logger.info(`MDX: ${cache.counts.compiled} page(s) compiled, ${cache.counts.cached} unchanged, from the cache`);
      },
    },
  };
}
