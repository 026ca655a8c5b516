// Astro's incremental build (experimental.incrementalBuild) keeps a guidance page, or a map's pages, from the last
// build when its cacheKey is unchanged (src/lib/views/guidance.ts, src/lib/views/maps.ts, src/lib/views/page-key.ts).
// The key takes the names of the built CSS and JavaScript files, which exist by the time pages are generated: this
// tells the key where they are.
//
// It also keeps the last build's pages in dist/ (issue 36). Astro empties dist/ before a build and then copies every
// unchanged page back from its cache: at 10,000 pages, deleting some 40,000 files and copying 10,577 pages back took
// about a seventh of a one-page edit. With `emptyOutDir: false`, Astro leaves a page that is already in dist/ and
// unchanged where it is (its log says "(cached)") and writes only the pages that changed. So that nothing stale is
// left, this integration:
//
// - at the start of a build, deletes everything in dist/ but the files the last build's pages were written to, their
//   gzipped copies and the search index (the built CSS and JavaScript, the public files and the map pictures are all
//   made again; the gzip and search steps check what they find before they keep it), and only if that build
//   finished; otherwise it empties dist/ as Astro would;
// - at the end of Astro's build, deletes the last build's page files that this build did not make (a page taken
//   away) and the gzipped copies of pages it wrote again, and lists this build's files for the next.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { assetsDirVariable } from '../lib/content/cache-key';
import { mapBounded } from './bounded';

interface BuiltPages {
  /** The folder they were built in. */
  outDir: string;
  /** Every file a page or endpoint was written to, relative to `outDir`, with "/" between folders. */
  files: string[];
}

/**
 * Page files a later step of the build rewrites in place: the map-pictures step finishes each map's map.svg
 * (scripts/map-pictures.mjs). Kept, one would no longer be the file Astro wrote, so Astro writes it again.
 */
const rewrittenAfterAstro = /(^|\/)map\.svg$/;

const relative = (outDir: string, file: string) => path.relative(outDir, file).split(path.sep).join('/');

/**
 * Files a step of the build checks before it uses them again: the search index in pagefind/, which the search step
 * keeps only when it is the index that step last wrote (src/integrations/search-index-store.ts).
 */
const keptForTheirStep = (file: string) => file.startsWith('pagefind/') && !file.endsWith('.gz');

/** Takes away the gzipped copy of each of `files` written since `since`: it is the copy of the page as it was. */
async function forgetStaleCopies(outDir: string, files: string[], since: number): Promise<void> {
  await mapBounded(files, async (file) => {
    const written = await stat(path.join(outDir, file)).then(
      ({ mtimeMs }) => mtimeMs,
      () => Infinity,
    );
    if (written >= since) await rm(path.join(outDir, `${file}.gz`), { force: true });
  });
}

/** Deletes every file in `outDir` but those `keep` names, then the folders left empty. */
async function deleteAllBut(outDir: string, keep: (file: string) => boolean): Promise<void> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name));
  const unwanted = entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !keep(relative(outDir, file)));
  await mapBounded(unwanted, (file) => rm(file, { force: true }));
  // The deepest first, so a folder's emptied folders are gone before it is tried.
  folders.sort((a, b) => b.length - a.length);
  for (const folder of folders) await rmdir(folder).catch(() => undefined);
}

export function pageCache(): AstroIntegration {
  let outDir = '';
  let listFile = '';
  let previous: BuiltPages | undefined;
  let startedAt = 0;
  return {
    name: 'app-page-cache',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        process.env[assetsDirVariable] = fileURLToPath(new URL(`${config.build.assets}/`, config.outDir));
        outDir = fileURLToPath(config.outDir);
        listFile = path.join(fileURLToPath(config.cacheDir), 'hmpps-built-pages.json');
      },
      'astro:build:start': async ({ logger }) => {
        // A little before now: a file system may keep times to the second or two.
        startedAt = Date.now() - 2000;
        try {
          previous = JSON.parse(readFileSync(listFile, 'utf8')) as BuiltPages;
        } catch {
          previous = undefined;
        }
        // Taken away until this build's pages are all written: a build that stops half way leaves none.
        rmSync(listFile, { force: true });
        if (!existsSync(outDir)) return;
        if (previous?.outDir === outDir && Array.isArray(previous.files)) {
          const pages = new Set(previous.files.filter((file) => !rewrittenAfterAstro.test(file)));
          const kept = (file: string) => pages.has(file) || keptForTheirStep(file);
          // A kept file's gzipped copy is kept too; the gzip step checks it is still the copy it made.
          await deleteAllBut(
            outDir,
            (file) => kept(file) || (file.endsWith('.gz') && kept(file.slice(0, -'.gz'.length))),
          );
          logger.info(`Kept the last build's ${pages.size} page files in ${relative(process.cwd(), outDir)}/`);
        } else {
          previous = undefined;
          await deleteAllBut(outDir, () => false);
        }
      },
      'astro:build:done': async ({ assets }) => {
        const files = new Set([...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url))));
        const gone = (previous?.files ?? []).filter((file) => !files.has(file));
        await mapBounded(gone, async (file) => {
          await rm(path.join(outDir, file), { force: true });
          await rm(path.join(outDir, `${file}.gz`), { force: true });
        });
        // The gzip step (src/integrations/precompress.ts) makes them again; `astro build` alone leaves none stale.
        await forgetStaleCopies(outDir, [...files], startedAt);
        writeFileSync(listFile, JSON.stringify({ outDir, files: [...files] } satisfies BuiltPages));
      },
    },
  };
}
