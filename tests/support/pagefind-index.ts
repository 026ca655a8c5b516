// Reads a Pagefind index folder into what search uses from it, keyed by page address rather than page number, so two
// indexes of the same pages can be compared whatever order their pages were numbered in. Checks on the way that each
// word sits in the chunk a browser would load for it.
import { expect } from 'vitest';
import { decodeCbor, type CborValue } from '../../src/lib/search/cbor';
import { readEntry } from '../../src/lib/search/pagefind-patch';
import { readFragments, readIndexFolder } from '../../src/integrations/pagefind-files';

/** Everything search reads from an index, keyed by page address rather than page number. */
export async function searchableIndex(dir: string) {
  const content = await readIndexFolder(dir);
  const meta = decodeCbor(content.meta) as CborValue[];
  const pages = meta[1] as [string, number, ...CborValue[]][];
  const urls = (
    await readFragments(
      dir,
      pages.map(([hash]) => hash),
    )
  ).map(({ url }) => url);
  const wordsFound = new Map<string, Record<string, string>>();
  const chunks = meta[2] as [string, string, string][];
  for (const [, , hash] of chunks) {
    const words = (decodeCbor(content.chunks.get(hash)!) as CborValue[])[0] as CborValue[][];
    for (const [word, entries, variants] of words as [string, CborValue[][], CborValue][]) {
      // A browser loads the chunks whose bounds, cut to the word's length, take the word in (pagefind_web's
      // search): one of them must hold it.
      const loaded = chunks.filter(
        ([f, t]) =>
          word.slice(0, f.length) >= f.slice(0, word.length) && word.slice(0, t.length) <= t.slice(0, word.length),
      );
      expect(
        loaded.map(([, , name]) => name),
        word,
      ).toContain(hash);
      expect(variants).toEqual([]);
      let page = 0;
      const byUrl: Record<string, string> = {};
      for (const [step, ...rest] of entries as [number, ...CborValue[]][]) {
        page += step;
        byUrl[urls[page]!] = JSON.stringify(rest);
      }
      wordsFound.set(word, byUrl);
    }
  }
  const filters: Record<string, Record<string, string[]>> = {};
  for (const [name, hash] of meta[3] as [string, string][]) {
    const [, values] = decodeCbor(content.filters.get(hash)!) as [string, [string, number[]][]];
    filters[name] = Object.fromEntries(values.map(([value, list]) => [value, list.map((page) => urls[page]!).sort()]));
  }
  return {
    version: meta[0],
    chunks: chunks.length,
    pages: Object.fromEntries(pages.map(([, ...rest], page) => [urls[page]!, rest])),
    words: Object.fromEntries([...wordsFound].sort(([a], [b]) => (a < b ? -1 : 1))),
    filters,
    fields: meta[5],
    pageCount: readEntry(content.entry).entry.languages.en!.page_count,
  };
}
