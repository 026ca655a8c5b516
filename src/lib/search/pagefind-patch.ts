// Brings a whole-site Pagefind index up to date with a few changed pages, without indexing the site again (issue 36).
// Pagefind 1.6 has no incremental index: it parses every page and writes every file on every build, about 50 s at
// 10,000 pages. Its files are content-addressed CBOR, though, and a page's words and positions depend on that page
// alone. So the changed pages are indexed on their own by Pagefind, and their entries replace the old ones in the
// site's index: each word's pages, each filter value's pages and the page list. The result answers every query as a
// full index of the same pages would, with the same ranking, since Pagefind scores at search time from these lists.
//
// Only what this module can check is patched. Anything it does not expect (another file layout, a new meta field or
// filter, a sort, a word with variants, a fragment name already taken) throws `CannotPatch`, and the caller indexes the
// whole site instead.
import { createHash } from 'node:crypto';
import {
  arrayHead,
  decodeCbor,
  decodeItem,
  encodeCbor,
  headSize,
  headValue,
  readHead,
  skipItem,
  uintHead,
  type CborValue,
} from './cbor';

export class CannotPatch extends Error {}

const fail = (reason: string): never => {
  throw new CannotPatch(reason);
};

/** Pagefind's content hash: SHA-1, each byte in hex without a leading zero (its `full_hash`). */
export function pagefindHash(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of createHash('sha1').update(bytes).digest()) hex += byte.toString(16);
  return hex;
}

/** An index as Pagefind wrote it, each file's content without its gzip and signature. */
export interface IndexContent {
  /** pagefind-entry.json, as text. */
  entry: string;
  /** The .pf_meta file of the one language. */
  meta: Uint8Array;
  /** index/NAME.pf_index by NAME. */
  chunks: Map<string, Uint8Array>;
  /** filter/NAME.pf_filter by NAME. */
  filters: Map<string, Uint8Array>;
}

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
  [key: string]: unknown;
}

type MetaPage = [hash: string, wordCount: number, ...rest: CborValue[]];
type MetaChunk = [from: string, to: string, hash: string];
type MetaFilter = [name: string, hash: string];

interface Meta {
  version: string;
  pages: MetaPage[];
  chunks: MetaChunk[];
  filters: MetaFilter[];
  fields: CborValue;
}

const isText = (value: CborValue | undefined): value is string => typeof value === 'string';
const isArray = (value: CborValue | undefined): value is CborValue[] => Array.isArray(value);

export function readEntry(text: string): { entry: Entry; language: string } {
  const entry = JSON.parse(text) as Entry;
  const languages = Object.keys(entry.languages ?? {});
  if (languages.length !== 1) fail(`the index has ${languages.length} languages, not one`);
  return { entry, language: languages[0]! };
}

function readMeta(bytes: Uint8Array): Meta {
  const meta = decodeCbor(bytes);
  if (!isArray(meta) || meta.length !== 6) return fail('the .pf_meta file is not laid out as Pagefind 1.6 lays it out');
  const [version, pages, chunks, filters, sorts, fields] = meta;
  if (!isText(version) || !isArray(pages) || !isArray(chunks) || !isArray(filters) || !isArray(sorts))
    return fail('the .pf_meta file is not laid out as Pagefind 1.6 lays it out');
  if (sorts.length) fail('the index has sort orders');
  for (const page of pages)
    if (!isArray(page) || !isText(page[0]) || typeof page[1] !== 'number')
      fail('a page in the .pf_meta file is not understood');
  for (const chunk of chunks)
    if (!isArray(chunk) || chunk.length !== 3 || !chunk.every(isText))
      fail('a chunk in the .pf_meta file is not understood');
  for (const filter of filters)
    if (!isArray(filter) || filter.length !== 2 || !filter.every(isText))
      fail('a filter in the .pf_meta file is not understood');
  return {
    version,
    pages: pages as MetaPage[],
    chunks: chunks as MetaChunk[],
    filters: filters as MetaFilter[],
    fields: fields!,
  };
}

/** Each page's fragment name, in page order, from a .pf_meta file's content. */
export const fragmentNames = (meta: Uint8Array): string[] => readMeta(meta).pages.map(([hash]) => hash);

/** The .pf_meta file's name in an index folder, from its entry file's text. */
export function metaFileName(entryText: string): string {
  const { entry, language } = readEntry(entryText);
  return `pagefind.${entry.languages[language]!.hash}.pf_meta`;
}

/** One word of a chunk, where it lies in the chunk's bytes. */
interface WordAt {
  word: string;
  /** The word's whole item. */
  start: number;
  end: number;
  /** Where the word's pages' array begins (its head), and its first entry. */
  pagesHeadStart: number;
  pagesStart: number;
  pagesCount: number;
  /** The word's third item: variants, which must be empty for a word that changes. */
  tailStart: number;
}

/** A page's entry in a word's list: its number, and the entry's bytes less the number (its head, then the rest). */
interface PageEntry {
  page: number;
  head: Uint8Array;
  rest: Uint8Array;
}

const emptyArray = 0x80;

function wordsOf(bytes: Uint8Array, name: string): WordAt[] {
  const chunk = readHead(bytes, 0);
  if (chunk.major !== 4 || chunk.value !== 1) fail(`index chunk ${name} is not laid out as Pagefind 1.6 lays it out`);
  const list = readHead(bytes, chunk.end);
  if (list.major !== 4) fail(`index chunk ${name} has no list of words`);
  const words: WordAt[] = [];
  let at = list.end;
  for (let index = 0; index < list.value; index += 1) {
    const item = readHead(bytes, at);
    if (item.major !== 4 || item.value !== 3)
      fail(`a word in index chunk ${name} is not laid out as Pagefind 1.6 lays it out`);
    const text = decodeItem(bytes, item.end);
    if (!isText(text.value)) return fail(`a word in index chunk ${name} has no text`);
    const pages = readHead(bytes, text.end);
    if (pages.major !== 4) fail(`the word "${text.value}" in index chunk ${name} has no list of pages`);
    const tailStart = skipItem(bytes, text.end);
    const end = skipItem(bytes, tailStart);
    words.push({
      word: text.value,
      start: at,
      end,
      pagesHeadStart: text.end,
      pagesStart: pages.end,
      pagesCount: pages.value,
      tailStart,
    });
    at = end;
  }
  if (at !== bytes.length) fail(`index chunk ${name} has bytes after its words`);
  return words;
}

/**
 * Calls `visit` with each of a word's page entries, in order, until it returns true: the page's number (each entry
 * writes its distance from the one before), where the entry starts, where its number starts, the distance, and where
 * the entry ends. Makes no object per entry: at 10,000 pages a patch walks some ten million of them.
 */
function eachEntry(
  bytes: Uint8Array,
  word: WordAt,
  visit: (page: number, at: number, number: number, step: number, end: number) => boolean | void,
): boolean {
  let at = word.pagesStart;
  let page = 0;
  for (let index = 0; index < word.pagesCount; index += 1) {
    const number = at + headSize(bytes, at);
    if (bytes[at]! >> 5 !== 4 || bytes[number]! >> 5 !== 0)
      fail(`a page of the word "${word.word}" is not laid out as expected`);
    const step = headValue(bytes, number);
    page += step;
    const end = skipItem(bytes, at);
    if (visit(page, at, number, step, end)) return true;
    at = end;
  }
  return false;
}

/** A word's page entries: each page's number, and the entry's bytes less the number. */
function entriesOf(bytes: Uint8Array, word: WordAt): PageEntry[] {
  const entries: PageEntry[] = [];
  eachEntry(bytes, word, (page, at, number, _step, end) => {
    entries.push({
      page,
      head: bytes.subarray(at, number),
      rest: bytes.subarray(number + headSize(bytes, number), end),
    });
  });
  return entries;
}

/**
 * A word's entries without the changed pages' and with `adding` (in page order) in their places. Unchanged entries are
 * copied as runs of bytes; only an entry whose page's distance from the one before has changed is written again.
 */
function rewriteEntries(
  bytes: Uint8Array,
  word: WordAt,
  changed: Set<number>,
  adding: PageEntry[],
): { parts: Uint8Array[]; count: number } {
  const parts: Uint8Array[] = [];
  let count = 0;
  let written = 0;
  let run = -1;
  let runEnd = 0;
  const flush = () => {
    if (run >= 0) parts.push(bytes.subarray(run, runEnd));
    run = -1;
  };
  let next = 0;
  const addUpTo = (page: number) => {
    while (next < adding.length && adding[next]!.page < page) {
      const entry = adding[next]!;
      flush();
      parts.push(entry.head, uintHead(entry.page - written), entry.rest);
      written = entry.page;
      count += 1;
      next += 1;
    }
  };
  eachEntry(bytes, word, (page, at, number, step, end) => {
    addUpTo(page);
    if (changed.has(page)) return flush();
    if (page - written === step) {
      if (run < 0) run = at;
    } else {
      flush();
      parts.push(
        bytes.subarray(at, number),
        uintHead(page - written),
        bytes.subarray(number + headSize(bytes, number), end),
      );
    }
    runEnd = end;
    written = page;
    count += 1;
  });
  flush();
  addUpTo(Infinity);
  return { parts, count };
}

/** Byte order of UTF-8, which is how Pagefind (Rust) sorts words. */
const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/**
 * Pagefind's chunk bounds: between two chunks, the shortest prefixes that still tell the last word of one from the
 * first word of the next; but a chunk whose shortened last word would sort before its own first bound keeps the word
 * whole.
 */
function boundaries(chunks: { first: string; last: string }[]): [string, string][] {
  const bounds = chunks.map(({ first, last }): [string, string] => [first, last]);
  for (let index = 0; index + 1 < bounds.length; index += 1) {
    const a = [...bounds[index]![1]];
    const b = [...bounds[index + 1]![0]];
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
    const to = a.slice(0, common + 1).join('');
    if (byteOrder(to, bounds[index]![0]) >= 0) bounds[index]![1] = to;
    bounds[index + 1]![0] = b.slice(0, common + 1).join('');
  }
  return bounds;
}

/** A name for `bytes` as Pagefind names its files: language, then enough of the content hash to be unique among `taken`. */
function nameFor(language: string, bytes: Uint8Array, length: number, taken: Set<string>): string {
  const hash = pagefindHash(bytes);
  let size = length;
  let name = `${language}_${hash.slice(0, size)}`;
  while (taken.has(name)) {
    if (size >= hash.length) fail('two different files have the same content hash');
    size += 1;
    name = `${language}_${hash.slice(0, size)}`;
  }
  return name;
}

/** Checks that a file's name is its content's hash, as Pagefind names it: else this is not a layout this module knows. */
function checkName(language: string, name: string, bytes: Uint8Array, what: string): void {
  if (!name.startsWith(`${language}_`) || !pagefindHash(bytes).startsWith(name.slice(language.length + 1)))
    fail(`${what} ${name} is not named by its content's hash`);
}

/** The entries' bytes, each page's number written as its distance from the one before, as Pagefind writes them. */
function entryBytes(entries: PageEntry[]): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let previous = 0;
  for (const { page, head: entryHead, rest } of entries) {
    parts.push(entryHead, uintHead(page - previous), rest);
    previous = page;
  }
  return parts;
}

/** A filter file's values, each with its pages' numbers. */
function readFilter(bytes: Uint8Array, name: string): [string, number[]][] {
  const filter = decodeCbor(bytes);
  if (!isArray(filter) || filter.length !== 2 || !isText(filter[0]) || !isArray(filter[1]))
    return fail(`filter ${name} is not understood`);
  return filter[1].map((value) => {
    if (!isArray(value) || value.length !== 2 || !isText(value[0]) || !isArray(value[1]))
      return fail(`filter ${name} has a value that is not understood`);
    const pages = value[1];
    if (!pages.every((page) => typeof page === 'number')) return fail(`filter ${name} has a page that is not a number`);
    return [value[0], pages as number[]];
  });
}

export interface Patched {
  /** The new pagefind-entry.json. */
  entry: string;
  /** The new .pf_meta file's name (without folder or extension, "en_0123456789") and content. */
  meta: { name: string; content: Buffer };
  /** New index chunks and filter files, by name. */
  chunks: Map<string, Buffer>;
  filters: Map<string, Buffer>;
  /** The small index's fragments the patched index uses, by name. */
  fragments: string[];
  /** The files of the old index the patched one no longer uses: "index/NAME.pf_index" and the like. */
  unused: string[];
}

/**
 * The site's index with the pages of `small` put in place of their old versions. `small` is an index Pagefind made of
 * the changed pages (and, to give it the same meta fields, some unchanged ones): `smallPages` gives, for each of its
 * pages in order, the page number that page has in `site`, or undefined for a page only there for its fields.
 */
export function patchIndex(site: IndexContent, small: IndexContent, smallPages: (number | undefined)[]): Patched {
  const { entry, language } = readEntry(site.entry);
  const { entry: smallEntry, language: smallLanguage } = readEntry(small.entry);
  if (smallLanguage !== language || smallEntry.version !== entry.version)
    fail('the changed pages were indexed with another language or Pagefind version');
  const meta = readMeta(site.meta);
  const smallMeta = readMeta(small.meta);
  checkName(language, entry.languages[language]!.hash, site.meta, 'the .pf_meta file');
  if (smallMeta.version !== meta.version) fail('the changed pages were indexed by another Pagefind version');
  if (JSON.stringify(smallMeta.fields) !== JSON.stringify(meta.fields))
    fail('the changed pages have other meta fields than the site');
  if (smallMeta.pages.length !== smallPages.length) fail('a changed page was left out of its own index');
  const filterNames = new Set(meta.filters.map(([name]) => name));
  for (const [name] of smallMeta.filters)
    if (!filterNames.has(name)) fail(`the changed pages have a new filter, ${name}`);

  // The changed pages: their number in the site, and their new entry in the page list.
  const changed = new Set<number>();
  const pages = meta.pages.map((page) => [...page] as MetaPage);
  const fragments: string[] = [];
  smallPages.forEach((page, local) => {
    if (page === undefined) return;
    if (page >= pages.length || changed.has(page)) fail(`page ${page} is not one page of the site`);
    changed.add(page);
    pages[page] = [...smallMeta.pages[local]!] as MetaPage;
    fragments.push(smallMeta.pages[local]![0]);
  });
  const pageOfLocal = (local: number) => smallPages[local];
  // A new fragment's short name must not be one another page's fragment already has.
  const owners = new Map<string, number>();
  pages.forEach(([hash], page) => {
    const owner = owners.get(hash);
    if (owner !== undefined && (changed.has(page) || changed.has(owner)))
      fail(`two pages' fragments share the name ${hash}`);
    owners.set(hash, page);
  });

  // The changed pages' words, from the small index, by word: each entry with its page number in the site.
  const added = new Map<string, { entries: PageEntry[]; tail: Uint8Array }>();
  for (const [name, bytes] of small.chunks) {
    checkName(language, name, bytes, 'index chunk');
    for (const word of wordsOf(bytes, name)) {
      const entries: PageEntry[] = [];
      for (const entry of entriesOf(bytes, word)) {
        const page = pageOfLocal(entry.page);
        if (page !== undefined) entries.push({ ...entry, page });
      }
      const tail = bytes.subarray(word.tailStart, word.end);
      if (entries.length) added.set(word.word, { entries: entries.sort((a, b) => a.page - b.page), tail });
    }
  }

  // The site's chunks, in order, with the words each holds.
  const chunks = meta.chunks.map(([from, to, name]) => {
    const bytes = site.chunks.get(name) ?? fail(`index chunk ${name} is missing`);
    checkName(language, name, bytes, 'index chunk');
    return { from, to, name, bytes, words: wordsOf(bytes, name) as (WordAt | string)[], dirty: false };
  });
  if (chunks.some(({ words }) => !words.length)) fail('an index chunk has no words');
  const wordText = (word: WordAt | string) => (typeof word === 'string' ? word : word.word);
  const known = boundaries(chunks.map(({ words }) => ({ first: wordText(words[0]!), last: wordText(words.at(-1)!) })));
  chunks.forEach((chunk, index) => {
    if (known[index]![0] !== chunk.from || known[index]![1] !== chunk.to)
      fail(`index chunk ${chunk.name}'s bounds are not where this module would put them`);
  });

  // Words new to the site go into the chunk whose first word comes before them (the first chunk if none does).
  const inSite = new Set(chunks.flatMap(({ words }) => words.map(wordText)));
  const fresh = [...added.keys()].filter((word) => !inSite.has(word)).sort(byteOrder);
  for (const word of fresh) {
    let index = chunks.length - 1;
    while (index > 0 && byteOrder(wordText(chunks[index]!.words[0]!), word) > 0) index -= 1;
    const chunk = chunks[index]!;
    let at = chunk.words.findIndex((other) => byteOrder(wordText(other), word) > 0);
    if (at < 0) at = chunk.words.length;
    chunk.words.splice(at, 0, word);
    chunk.dirty = true;
  }

  // Each chunk again: a word keeps its bytes unless a changed page had it or has it now.
  const written: { first: string; last: string; name: string; content?: Buffer }[] = [];
  for (const chunk of chunks) {
    const parts: Uint8Array[] = [];
    const kept: string[] = [];
    for (const word of chunk.words) {
      const text = wordText(word);
      const adding = added.get(text);
      if (typeof word === 'string') {
        const { entries, tail } = adding!;
        if (tail.length !== 1 || tail[0] !== emptyArray) fail(`the new word "${text}" has variants`);
        parts.push(arrayHead(3), encodeCbor(text), arrayHead(entries.length), ...entryBytes(entries), tail);
        kept.push(text);
        continue;
      }
      if (!adding && !eachEntry(chunk.bytes, word, (page) => changed.has(page))) {
        parts.push(chunk.bytes.subarray(word.start, word.end));
        kept.push(text);
        continue;
      }
      chunk.dirty = true;
      const tail = chunk.bytes.subarray(word.tailStart, word.end);
      if (tail.length !== 1 || tail[0] !== emptyArray) fail(`the word "${text}" has variants`);
      const rewritten = rewriteEntries(chunk.bytes, word, changed, adding?.entries ?? []);
      // A word no page has any more leaves the index, as it would from a full index.
      if (!rewritten.count) continue;
      parts.push(
        chunk.bytes.subarray(word.start, word.pagesHeadStart),
        arrayHead(rewritten.count),
        ...rewritten.parts,
        tail,
      );
      kept.push(text);
    }
    if (!kept.length) continue;
    const [first, last] = [kept[0]!, kept.at(-1)!];
    if (!chunk.dirty) written.push({ first, last, name: chunk.name });
    else
      written.push({ first, last, name: '', content: Buffer.concat([arrayHead(1), arrayHead(kept.length), ...parts]) });
  }

  // Names for the new chunks, unique among the chunks kept.
  const chunkNames = new Set(written.filter(({ content }) => !content).map(({ name }) => name));
  const newChunks = new Map<string, Buffer>();
  for (const chunk of written)
    if (chunk.content) {
      chunk.name = nameFor(language, chunk.content, 7, chunkNames);
      chunkNames.add(chunk.name);
      newChunks.set(chunk.name, chunk.content);
    }
  const bounds = boundaries(written);

  // Filters: each value's pages, without the changed pages' old values and with their new ones.
  const smallFilters = new Map(
    smallMeta.filters.map(([name, hash]) => [
      name,
      readFilter(small.filters.get(hash) ?? fail(`filter ${hash} is missing`), hash),
    ]),
  );
  const filterNamesTaken = new Set<string>();
  const rewritten = new Map<string, Buffer>();
  for (const [name, hash] of meta.filters) {
    const bytes = site.filters.get(hash) ?? fail(`filter ${hash} is missing`);
    checkName(language, hash, bytes, 'filter');
    const values = readFilter(bytes, hash);
    const adding = (smallFilters.get(name) ?? []).map(([value, list]): [string, number[]] => [
      value,
      list.map(pageOfLocal).filter((page) => page !== undefined),
    ]);
    if (!values.some(([, list]) => list.some((page) => changed.has(page))) && !adding.some(([, list]) => list.length)) {
      filterNamesTaken.add(hash);
      continue;
    }
    const byValue = new Map(
      values.map(([value, list]): [string, number[]] => [value, list.filter((page) => !changed.has(page))]),
    );
    for (const [value, list] of adding)
      byValue.set(
        value,
        [...(byValue.get(value) ?? []), ...list].sort((a, b) => a - b),
      );
    rewritten.set(name, encodeCbor([name, [...byValue].filter(([, list]) => list.length)]));
  }
  const newFilters = new Map<string, Buffer>();
  const metaFilters = meta.filters.map(([name, hash]): MetaFilter => {
    const content = rewritten.get(name);
    if (!content) return [name, hash];
    const renamed = nameFor(language, content, 7, filterNamesTaken);
    filterNamesTaken.add(renamed);
    newFilters.set(renamed, content);
    return [name, renamed];
  });

  const metaContent = encodeCbor([
    meta.version,
    pages,
    written.map(({ name }, index): MetaChunk => [bounds[index]![0], bounds[index]![1], name]),
    metaFilters,
    [],
    meta.fields,
  ]);
  const metaName = `${language}_${pagefindHash(metaContent).slice(0, language.length + 8)}`;
  const newEntry: Entry = {
    ...entry,
    languages: {
      ...entry.languages,
      [language]: { ...entry.languages[language]!, hash: metaName, page_count: pages.length },
    },
  };

  const usedChunks = new Set(written.map(({ name }) => name));
  const usedFilters = new Set(metaFilters.map(([, hash]) => hash));
  const usedFragments = new Set(pages.map(([hash]) => hash));
  const unused = [
    ...meta.chunks.filter(([, , name]) => !usedChunks.has(name)).map(([, , name]) => `index/${name}.pf_index`),
    ...meta.filters.filter(([, hash]) => !usedFilters.has(hash)).map(([, hash]) => `filter/${hash}.pf_filter`),
    ...[...new Set(meta.pages.map(([hash]) => hash))]
      .filter((hash) => !usedFragments.has(hash))
      .map((hash) => `fragment/${hash}.pf_fragment`),
  ];
  const oldMeta = entry.languages[language]!.hash;
  if (oldMeta !== metaName) unused.push(`pagefind.${oldMeta}.pf_meta`);
  return {
    entry: JSON.stringify(newEntry),
    meta: { name: metaName, content: metaContent },
    chunks: newChunks,
    filters: newFilters,
    fragments,
    unused,
  };
}
