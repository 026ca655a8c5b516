// The site's Pagefind index, kept between builds beside Astro's cache (node_modules/.astro/hmpps-search-index), so an
// edit to a few pages patches it (src/lib/search/pagefind-patch.ts) instead of indexing every page again (issue 36).
// What was indexed is listed in manifest.json: each page's address and a hash of what Pagefind was given for it, in
// the index's page order, and the build inputs it was made with. A build indexes in full when there is no manifest,
// when the inputs differ, when a page was added or removed, when more pages changed than a patch is worth, or when the
// patch finds something it cannot do.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { CannotPatch, fragmentNames, patchIndex } from '../lib/search/pagefind-patch';
import { mapBounded } from './bounded';
import { readFragments, readIndexFolder, readIndexMeta, writePatch } from './pagefind-files';

/** What Pagefind is given for one page or record: an address and its HTML. */
export interface SearchItem {
  url: string;
  content: string;
}

interface IndexedPage {
  url: string;
  /** A hash of the item Pagefind was given. */
  digest: string;
  /** The page's meta fields ("title", "timescales"): a small index needs the site's, so some pages are lent for them. */
  fields: string[];
}

export interface Manifest {
  inputs: string;
  /** In the index's page order. */
  pages: IndexedPage[];
}

export const digestOf = (item: SearchItem) =>
  createHash('sha256').update(item.url).update('\0').update(item.content).digest('hex');

/** The index's entry file in `dir`, if there is one. */
const entryIn = (dir: string) => readFile(path.join(dir, 'pagefind-entry.json'), 'utf8').catch(() => undefined);

/** Pagefind's own interfaces, which the site does not ship: it has its own GOV.UK-styled results. */
const shipped = (name: string) => !/^pagefind-(ui|modular-ui|component-ui)\./.test(name);

/**
 * For each meta field of the site, a few pages that have it, whose items a build keeps as it reads the site in case
 * the patch needs to lend one for the field: a few, as some may have changed.
 */
export function lendablePages(manifest: Manifest): string[][] {
  const fields = new Set(manifest.pages.flatMap(({ fields }) => fields));
  return [...fields].map((field) =>
    manifest.pages
      .filter(({ fields }) => fields.includes(field))
      .slice(0, 3)
      .map(({ url }) => url),
  );
}

/** Most pages a patch takes: beyond this, indexing in full costs little more and is what Pagefind itself does. */
const patchLimit = (pages: number) => Math.max(50, Math.floor(pages / 4));

async function addAll(index: pagefind.PagefindIndex, items: SearchItem[]): Promise<void> {
  const results = await Promise.all(items.map((item) => index.addHTMLFile(item)));
  const failed = results.flatMap((result, position) =>
    result.errors.length ? [`${items[position]!.url}: ${result.errors.join('; ')}`] : [],
  );
  if (failed.length) throw new Error(`Search index: ${failed.join('\n')}`);
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Search index could not be created: ${errors.join('; ')}`);
  return index;
}

/** Each page of the index in `dir`, in page order: its address and meta fields, read from its fragment. */
const pagesOf = async (dir: string, meta?: Uint8Array) =>
  readFragments(dir, fragmentNames(meta ?? (await readIndexMeta(dir)).meta));

export function searchIndexStore(cacheDir: string, inputs: string) {
  const folder = path.join(cacheDir, 'hmpps-search-index');
  const indexDir = path.join(folder, 'pagefind');
  const manifestFile = path.join(folder, 'manifest.json');

  const readManifest = async (): Promise<Manifest | undefined> => {
    const text = await readFile(manifestFile, 'utf8').catch(() => undefined);
    if (!text) return undefined;
    try {
      const manifest = JSON.parse(text) as Manifest;
      return manifest.inputs === inputs && Array.isArray(manifest.pages) ? manifest : undefined;
    } catch {
      return undefined;
    }
  };

  /** Lists the index in `indexDir`, made from `digests` (by address), so the next build can patch it. */
  const writeManifest = async (digests: Map<string, string>): Promise<void> => {
    // An index the patch could not read (sort orders, another layout) gets no list: each build indexes in full.
    const pages = await pagesOf(indexDir).catch((error: unknown) => {
      if (error instanceof CannotPatch) return undefined;
      throw error;
    });
    if (!pages) return;
    // A page Pagefind left out (it found no words) cannot be matched to its item: the next build indexes in full.
    if (pages.length !== digests.size || pages.some(({ url }) => !digests.has(url))) return;
    await writeFile(
      manifestFile,
      JSON.stringify({
        inputs,
        pages: pages.map(({ url, fields }) => ({ url, digest: digests.get(url)!, fields })),
      } satisfies Manifest),
    );
  };

  return {
    /** The last build's list of indexed pages, if this build may patch its index. */
    previous: readManifest,

    /** Indexes every item Pagefind is given by `items`, a batch at a time. */
    async full(items: AsyncIterable<SearchItem[]>): Promise<void> {
      await rm(folder, { recursive: true, force: true });
      await mkdir(folder, { recursive: true });
      const index = await newIndex();
      const digests = new Map<string, string>();
      // Pagefind (its own process) indexes one batch while the next is read and prepared here.
      let sending: Promise<void> = Promise.resolve();
      for await (const batch of items) {
        for (const item of batch) digests.set(item.url, digestOf(item));
        await sending;
        sending = addAll(index, batch);
        // Its failure is thrown where it is awaited, at the next batch; until then it is not an unhandled rejection.
        sending.catch(() => undefined);
      }
      await sending;
      await index.writeFiles({ outputPath: indexDir });
      await index.deleteIndex();
      await writeManifest(digests);
    },

    /**
     * Puts `changed` in place of their old versions in the last build's index, which listed `manifest`. `lend` gives an
     * unchanged page's item by address, for the meta fields. Throws CannotPatch when the index must be made in full.
     */
    async patch(
      manifest: Manifest,
      changed: SearchItem[],
      lend: (url: string) => SearchItem | undefined,
      outDir: string,
    ): Promise<void> {
      if (changed.length > patchLimit(manifest.pages.length))
        throw new CannotPatch(`${changed.length} pages changed, more than a patch takes`);
      const numbers = new Map(manifest.pages.map(({ url }, page) => [url, page]));
      const changedUrls = new Set(changed.map(({ url }) => url));
      // One unchanged page for each meta field, so the small index lists the same fields as the site's.
      const lent = new Map<string, SearchItem>();
      for (const urls of lendablePages(manifest)) {
        const url = urls.find((candidate) => !changedUrls.has(candidate) && lend(candidate));
        if (url) lent.set(url, lend(url)!);
      }
      const smallDir = path.join(folder, 'changed');
      await rm(smallDir, { recursive: true, force: true });
      const index = await newIndex();
      await addAll(index, [...changed, ...lent.values()]);
      await index.writeFiles({ outputPath: smallDir });
      await index.deleteIndex();
      const [site, smallIndex] = await Promise.all([readIndexFolder(indexDir), readIndexFolder(smallDir)]);
      const small = await pagesOf(smallDir, smallIndex.meta);
      const patched = patchIndex(
        site,
        smallIndex,
        small.map(({ url }) => (changedUrls.has(url) ? numbers.get(url) : undefined)),
      );
      // The manifest goes first: a build stopped half way through leaves no list, so the next one indexes in full.
      await rm(manifestFile, { force: true });
      await writePatch(indexDir, patched, smallDir);
      // The built site's copy, kept from the last build (src/integrations/page-cache.ts), is patched the same way
      // when it is the index as it was.
      const published = path.join(outDir, 'pagefind');
      if ((await entryIn(published)) === site.entry) await writePatch(published, patched, smallDir);
      const fieldsOf = new Map(small.map(({ url, fields }) => [url, fields]));
      const items = new Map(changed.map((item) => [item.url, item]));
      const pages = manifest.pages.map((page) => {
        const item = items.get(page.url);
        return item ? { url: page.url, digest: digestOf(item), fields: fieldsOf.get(page.url)! } : page;
      });
      await rm(smallDir, { recursive: true, force: true });
      await writeFile(manifestFile, JSON.stringify({ inputs, pages } satisfies Manifest));
    },

    /**
     * Puts the index in the built site's pagefind/ folder: there already when the folder, kept from the last build,
     * has the same entry file (which names, by their content's hash, every file the index uses), else copied afresh,
     * the entry file last, so a copy that stopped half way is never taken for a whole one.
     */
    async publish(outDir: string): Promise<void> {
      const target = path.join(outDir, 'pagefind');
      const entry = await entryIn(indexDir);
      if (entry && (await entryIn(target)) === entry) return;
      await rm(target, { recursive: true, force: true });
      const files = (await readdir(indexDir, { recursive: true, withFileTypes: true }))
        .filter((file) => file.isFile() && shipped(file.name))
        .map((file) => path.relative(indexDir, path.join(file.parentPath, file.name)));
      for (const dir of new Set(files.map((file) => path.dirname(file))))
        await mkdir(path.join(target, dir), { recursive: true });
      const last = 'pagefind-entry.json';
      await mapBounded(
        files.filter((file) => file !== last),
        (file) => copyFile(path.join(indexDir, file), path.join(target, file)),
      );
      await copyFile(path.join(indexDir, last), path.join(target, last));
    },
  };
}
