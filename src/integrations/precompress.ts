// Writes a gzipped copy beside every text file in the build (page.html → page.html.gz), once, at build time, so the
// web server sends the smaller file to every browser that accepts gzip without compressing on each request: nginx
// with `gzip_static on` (deploy/nginx.conf), and the preview server in scripts/static-server.mjs. Runs last, after the
// search index is written, so Pagefind's script is compressed too. Its index files are already compressed.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const compress = promisify(gzip);

/** The kinds of file worth compressing: text, which gzip shrinks to a third or less. */
export const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.bpmn', '.txt']);

/** Below this many bytes a file fits in one packet anyway. */
const smallest = 1024;

/** Writes `file.gz` beside each compressible file in `dir` that gzip makes smaller; returns the bytes before and after. */
export async function precompress(dir: string): Promise<{ files: number; before: number; after: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const totals = { files: 0, before: 0, after: 0 };
  await Promise.all(
    entries
      .filter((entry) => entry.isFile() && compressible.has(path.extname(entry.name)))
      .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        const content = await readFile(file);
        if (content.length < smallest) return;
        const zipped = await compress(content, { level: constants.Z_BEST_COMPRESSION });
        if (zipped.length >= content.length) return;
        await writeFile(`${file}.gz`, zipped);
        totals.files += 1;
        totals.before += content.length;
        totals.after += zipped.length;
      }),
  );
  return totals;
}

export function precompressBuild(): AstroIntegration {
  return {
    name: 'hmpps-precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { files, before, after } = await precompress(fileURLToPath(dir));
        const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
        logger.info(`gzipped ${files} files: ${kb(before)} → ${kb(after)}`);
      },
    },
  };
}
