// Writes a gzipped copy beside every text file in the build (page.html → page.html.gz), once, at build time, so the
// web server sends the smaller file to every browser that accepts gzip without compressing on each request: nginx
// with `gzip_static on` (deploy/nginx.conf), and the preview server in scripts/static-server.mjs. Runs last, after the
// search index is written, so Pagefind's script is compressed too. Its index files are already compressed.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import { mapBounded } from './bounded';
import type { BuiltSite, StepLogger } from './built-site';
import { fileState, sameState, type FileState } from './file-state';

const compress = promisify(gzip);

/** The kinds of file worth compressing: text, which gzip shrinks to a third or less. */
export const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.bpmn', '.txt']);

/** Below this many bytes a file fits in one packet anyway. */
const smallest = 1024;
/** gzip's best compression: the files are compressed once, when the site is built, and served many times. */
const level = constants.Z_BEST_COMPRESSION;

/** What the last build made of each file: its state, its gzipped copy's (none if gzip did not make it smaller) and the cache's key. */
interface Made {
  source: FileState;
  gz?: FileState;
  key: string;
}

/** The list of what the last build made, in the cache folder beside the compressed copies. */
const madeList = 'made.json';

/**
 * Writes `file.gz` beside each compressible file in `dir` that gzip makes smaller, and takes away a `.gz` whose file
 * is gone or no longer worth compressing; returns the bytes before and after. With `cacheDir`:
 *
 * - a file whose content was compressed by an earlier build is taken from there (keyed by a hash of the content), and
 *   the cache keeps only what this build used, so it never grows past one build's copies;
 * - a file the last build left as it was, beside the `.gz` it wrote (the same size, times and inode for both; a
 *   page kept in dist/ by src/integrations/page-cache.ts) is not read again.
 */
export async function precompress(
  dir: string,
  { cacheDir }: { cacheDir?: string } = {},
): Promise<{ files: number; before: number; after: number; cached: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && compressible.has(path.extname(entry.name)))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const totals = { files: 0, before: 0, after: 0, cached: 0 };
  const used = new Set<string>();
  const made: Record<string, Made> = {};
  let last: Record<string, Made> = {};
  if (cacheDir) {
    await mkdir(cacheDir, { recursive: true });
    try {
      const list = JSON.parse(await readFile(path.join(cacheDir, madeList), 'utf8')) as {
        dir?: string;
        files?: Record<string, Made>;
      };
      if (list.dir === dir && list.files) last = list.files;
    } catch {
      last = {};
    }
  }
  const count = (source: number, gz: number) => {
    totals.files += 1;
    totals.before += source;
    totals.after += gz;
  };
  const compressOne = async (file: string) => {
    const source = (await fileState(file))!;
    const before = last[file];
    if (before && sameState(before.source, source)) {
      const gz = await fileState(`${file}.gz`);
      if (before.gz ? sameState(before.gz, gz) : !gz) {
        made[file] = before;
        used.add(before.key);
        totals.cached += 1;
        if (before.gz) count(before.source.size, before.gz.size);
        return;
      }
    }
    const content = await readFile(file);
    const sentAsItIs = async () => {
      await rm(`${file}.gz`, { force: true });
      made[file] = { source, key: '' };
    };
    if (content.length < smallest) return sentAsItIs();
    const key = `${createHash('sha256').update(String(level)).update(content).digest('hex')}.gz`;
    let zipped: Buffer | undefined;
    if (cacheDir) {
      used.add(key);
      zipped = await readFile(path.join(cacheDir, key)).catch(() => undefined);
      if (zipped) totals.cached += 1;
    }
    if (!zipped) {
      zipped = await compress(content, { level });
      if (cacheDir) await writeFile(path.join(cacheDir, key), zipped);
    }
    if (zipped.length >= content.length) return sentAsItIs();
    await writeFile(`${file}.gz`, zipped);
    made[file] = { source, gz: await fileState(`${file}.gz`), key };
    count(content.length, zipped.length);
  };
  await mapBounded(files, compressOne);
  // A .gz whose file is gone (a page taken away) goes too.
  const sources = new Set(files);
  const orphans = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.gz'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((gz) => !sources.has(gz.slice(0, -'.gz'.length)));
  await mapBounded(orphans, (gz) => rm(gz, { force: true }));
  if (cacheDir) {
    for (const name of await readdir(cacheDir))
      if (name !== madeList && !used.has(name)) await rm(path.join(cacheDir, name), { force: true });
    await writeFile(path.join(cacheDir, madeList), JSON.stringify({ dir, files: made }));
  }
  return totals;
}

export async function precompressSite({ outDir, cacheDir }: BuiltSite, logger: StepLogger): Promise<void> {
  // Under Astro's cache folder (node_modules/.astro), beside its content store: a copy of the project has its own.
  const { files, before, after, cached } = await precompress(outDir, { cacheDir: path.join(cacheDir, 'hmpps-gzip') });
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  logger.info(`gzipped ${files} files: ${kb(before)} → ${kb(after)} (${cached} unchanged, from the cache)`);
}
