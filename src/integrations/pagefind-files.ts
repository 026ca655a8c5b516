// Reads and writes a Pagefind index folder for src/lib/search/pagefind-patch.ts: each index, filter, fragment and meta
// file is the text "pagefind_dcd" and then its content, gzipped.
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { metaFileName, type IndexContent, type Patched } from '../lib/search/pagefind-patch';
import { mapBounded } from './bounded';

const signature = Buffer.from('pagefind_dcd');
const unzip = promisify(gunzip);
const zip = promisify(gzip);

/** A Pagefind file's content. */
export async function unpack(file: string): Promise<Buffer> {
  const bytes = await unzip(await readFile(file));
  if (!bytes.subarray(0, signature.length).equals(signature)) throw new Error(`${file} is not a Pagefind file`);
  return bytes.subarray(signature.length);
}

/**
 * A Pagefind file of `content`. Gzip's default level: a patched chunk is compressed on an edit, where time counts, and
 * comes out about 1% larger than at Pagefind's best level; the next full index compresses it at that level again.
 */
const pack = async (content: Uint8Array) => zip(Buffer.concat([signature, content]));

const filesIn = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).sort();

/** The index in `dir`: its entry file's text and its language's meta file. */
export async function readIndexMeta(dir: string): Promise<Pick<IndexContent, 'entry' | 'meta'>> {
  const entry = await readFile(path.join(dir, 'pagefind-entry.json'), 'utf8');
  return { entry, meta: await unpack(path.join(dir, metaFileName(entry))) };
}

/** The index in `dir`: its entry, its language's meta file, and every index chunk and filter file. */
export async function readIndexFolder(dir: string): Promise<IndexContent> {
  const folder = async (name: string, extension: string) =>
    new Map(
      await mapBounded(
        (await filesIn(path.join(dir, name))).filter((file) => file.endsWith(extension)),
        async (file): Promise<[string, Uint8Array]> => [
          file.slice(0, -extension.length),
          await unpack(path.join(dir, name, file)),
        ],
      ),
    );
  return {
    ...(await readIndexMeta(dir)),
    chunks: await folder('index', '.pf_index'),
    filters: await folder('filter', '.pf_filter'),
  };
}

/** What each fragment is the page of: its address, and the names of its meta fields ("title", "timescales"). */
export async function readFragments(dir: string, names: string[]): Promise<{ url: string; fields: string[] }[]> {
  return mapBounded(names, async (name) => {
    const fragment = JSON.parse((await unpack(path.join(dir, 'fragment', `${name}.pf_fragment`))).toString('utf8')) as {
      url?: unknown;
      meta?: Record<string, unknown>;
    };
    if (typeof fragment.url !== 'string') throw new Error(`Pagefind fragment ${name} has no address`);
    return { url: fragment.url, fields: Object.keys(fragment.meta ?? {}).sort() };
  });
}

/** Writes a file whole under a new name, then renames it over the old: a reader never sees half a file. */
async function replaceFile(file: string, content: Uint8Array | string): Promise<void> {
  await writeFile(`${file}.writing`, content);
  await rename(`${file}.writing`, file);
}

/**
 * Writes `patched` into the index in `dir`: the new chunks, filters and fragments (copied from the small index in
 * `smallDir`) first, then the meta file and the entry that point to them, then removes what is no longer used.
 */
export async function writePatch(dir: string, patched: Patched, smallDir: string): Promise<void> {
  await Promise.all(['index', 'filter', 'fragment'].map((name) => mkdir(path.join(dir, name), { recursive: true })));
  await mapBounded([...patched.chunks], async ([name, content]) =>
    replaceFile(path.join(dir, 'index', `${name}.pf_index`), await pack(content)),
  );
  await mapBounded([...patched.filters], async ([name, content]) =>
    replaceFile(path.join(dir, 'filter', `${name}.pf_filter`), await pack(content)),
  );
  await mapBounded(patched.fragments, (name) =>
    copyFile(path.join(smallDir, 'fragment', `${name}.pf_fragment`), path.join(dir, 'fragment', `${name}.pf_fragment`)),
  );
  await replaceFile(path.join(dir, `pagefind.${patched.meta.name}.pf_meta`), await pack(patched.meta.content));
  await replaceFile(path.join(dir, 'pagefind-entry.json'), patched.entry);
  await mapBounded(patched.unused, (file) => rm(path.join(dir, file), { force: true }));
}
