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

const compress = promisify(gzip);

/** The kinds of file worth compressing: text, which gzip shrinks to a third or less. */
export const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.bpmn', '.txt']);

/** Below this many bytes a file fits in one packet anyway. */
const smallest = 1024;
/** gzip's best compression: the files are compressed once, when the site is built, and served many times. */
const level = constants.Z_BEST_COMPRESSION;

/**
 * Writes `file.gz` beside each compressible file in `dir` that gzip makes smaller; returns the bytes before and after.
 * With `cacheDir`, a file whose content was compressed by an earlier build is taken from there (keyed by a hash of
 * the content), and the cache keeps only what this build used, so it never grows past one build's copies.
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
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const compressOne = async (file: string) => {
    const content = await readFile(file);
    if (content.length < smallest) return;
    const key = cacheDir && `${createHash('sha256').update(String(level)).update(content).digest('hex')}.gz`;
    let zipped: Buffer | undefined;
    if (key) {
      used.add(key);
      zipped = await readFile(path.join(cacheDir, key)).catch(() => undefined);
      if (zipped) totals.cached += 1;
    }
    if (!zipped) {
      zipped = await compress(content, { level });
      if (key) await writeFile(path.join(cacheDir, key), zipped);
    }
    if (zipped.length >= content.length) return;
    await writeFile(`${file}.gz`, zipped);
    totals.files += 1;
    totals.before += content.length;
    totals.after += zipped.length;
  };
  await mapBounded(files, compressOne);
  if (cacheDir)
    for (const name of await readdir(cacheDir))
      if (!used.has(name)) await rm(path.join(cacheDir, name), { force: true });
  return totals;
}

export async function precompressSite({ outDir, cacheDir }: BuiltSite, logger: StepLogger): Promise<void> {
  // Under Astro's cache folder (node_modules/.astro), beside its content store: a copy of the project has its own.
  const { files, before, after, cached } = await precompress(outDir, { cacheDir: path.join(cacheDir, 'hmpps-gzip') });
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  logger.info(`gzipped ${files} files: ${kb(before)} → ${kb(after)} (${cached} unchanged, from the cache)`);
}
