// Builds the Pagefind index from the built site: the built pages (with acronym expansions and staff words added
// for search only, and each section's timescales as the answer to show), one record per process map (its steps as
// sections), glossary term and tool, the spelling list the search page suggests corrections from, and the English
// dictionary it checks a word against before calling it misspelt. When only some pages changed since the last build,
// their new entries are patched into the last index (./search-index-store.ts) rather than every page indexed again.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import type { BuiltSite, StepLogger } from './built-site';
import { inputsDigest } from './mdx-cache';
import { digestOf, lendablePages, searchIndexStore, type SearchItem } from './search-index-store';
import { CannotPatch } from '../lib/search/pagefind-patch';
import { decodeEntities, escapeHtml } from '../lib/escape';
import { sectionTimescales } from '../lib/search/answers';
import {
  createSearchExpander,
  expansionBlock,
  glossarySearchPages,
  mapSearchPage,
  purposeBlock,
  toolSearchPages,
  type GlossaryTerm,
  type SearchPage,
  type ToolPage,
} from '../lib/search/records';
import { addWordCounts, countWords, spellingList, wordsOf } from '../lib/search/spelling-list';
import { pageEntries, pageMatches } from '../lib/search/vocabulary';
import { loadStaffVocabulary } from '../lib/search/vocabulary-file';
import { siteName } from '../lib/site';
import { processes } from '../machines';
import { mapsWithModels } from '../lib/site-data/models';
import { processMapHref, stepAnchor, stepPathFromAnchor } from '../lib/process-map/href';

/** The spelling list's budget (issue 19): it is fetched with search, so it must stay small. */
const spellingBudgetBytes = 30 * 1024;
export const spellingListPath = 'search/spelling.json';
/** The English dictionary (see src/components/search/dictionary.ts) and its licence, served from the site. */
export const dictionaryPath = 'search/english-dictionary.json';
const dictionaryLicencePath = 'search/english-dictionary-licence.txt';

/** Writes the British English dictionary as one file the search page fetches, and its licence beside it. */
async function writeDictionary(outDir: string): Promise<void> {
  // The package's own entry reads its files at import; its folder is found from it and read here instead.
  const folder = path.dirname(createRequire(import.meta.url).resolve('dictionary-en-gb'));
  const read = (name: string) => readFile(path.join(folder, name), 'utf8');
  const [aff, dic, licence] = await Promise.all([read('index.aff'), read('index.dic'), read('license')]);
  await writeFile(
    path.join(outDir, dictionaryPath),
    JSON.stringify({
      source: 'dictionary-en-gb (en_GB-ise Hunspell dictionary from SCOWL)',
      licence: `/${dictionaryLicencePath}`,
      aff,
      dic,
    }),
  );
  await writeFile(path.join(outDir, dictionaryLicencePath), licence);
}

interface BuiltPage {
  /** "timescales/index.html" */
  file: string;
  /** "/timescales/" */
  url: string;
  html: string;
}

/** The built pages' files, without their text: each page is read when it is indexed, a batch at a time. */
async function builtPageFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith('pagefind'))
    .sort();
}

async function readBuiltPage(outDir: string, file: string): Promise<BuiltPage> {
  return {
    file,
    url: `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\\/g, '/')}`,
    html: await readFile(path.join(outDir, file), 'utf8'),
  };
}

/** Pages read and sent to Pagefind at a time: enough to keep it busy, few enough that memory does not grow with the site. */
const batchSize = 200;

async function frameworkShortTitles(contentRoot: string): Promise<Record<string, string>> {
  const dir = path.join(contentRoot, 'frameworks');
  const titles: Record<string, string> = {};
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.mdx')) continue;
    const text = await readFile(path.join(dir, name), 'utf8');
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
    titles[name.replace(/\.mdx$/, '')] = frontmatter
      ? String((parse(frontmatter) as { shortTitle?: unknown }).shortTitle)
      : name;
  }
  return titles;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * The part of a built page Pagefind indexes: its <main>, without the navigation marked data-pagefind-ignore. Sending
 * Pagefind only this (not the whole page with its header and side navigation) halves its parsing on a large site.
 */
function indexedPart(html: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  return main.replace(/<nav\b[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/nav>/g, '');
}

/** What a guidance page adds to its indexed part: the hidden words search finds it by, and its words for spelling. */
interface PreparedPage {
  /** Acronyms' expansions, staff words and section timescales, put at the end of the page's <main> for Pagefind. */
  extra: string;
  /** Each word of the page (with its extra words) for the spelling list, and how often. */
  words: [string, number][];
}

function preparePage(
  main: string,
  staffWords: string[],
  expand: ReturnType<typeof createSearchExpander>,
): PreparedPage {
  const text = main.replace(/<[^>]+>/g, ' ');
  const timescales = sectionTimescales(main);
  const extra = [
    expansionBlock(text, expand),
    purposeBlock(staffWords),
    Object.keys(timescales).length
      ? `<span data-pagefind-meta="timescales:${escapeHtml(JSON.stringify(timescales))}"></span>`
      : '',
  ].join('');
  return { extra, words: [...wordsOf(decodeEntities(`${text} ${extra.replace(/<[^>]+>/g, ' ')}`))] };
}

/**
 * Each guidance page's `PreparedPage` from one build to the next, keyed by a hash of its indexed part, its staff words
 * and everything that shapes the preparing (the glossary, the staff vocabulary, the code and the packages), so an edit
 * to one page of 10,000 prepares one page again (about 17 s of the index's time at 10,000 pages). The cache keeps only
 * what this build used.
 */
function preparedPages(dir: string, inputs: string) {
  const used = new Set<string>();
  const prepared = new Set<string>();
  return {
    /** Pages prepared by this build, and pages taken from the cache (a page read twice counts once). */
    counts: () => ({ prepared: prepared.size, cached: used.size - prepared.size }),
    async get(main: string, staffWords: string[], prepare: () => PreparedPage): Promise<PreparedPage> {
      const key = createHash('sha256').update(inputs).update(staffWords.join('\n')).update('\0').update(main);
      const name = `${key.digest('hex')}.json`;
      used.add(name);
      const kept = await readFile(path.join(dir, name), 'utf8').catch(() => undefined);
      if (kept) return JSON.parse(kept) as PreparedPage;
      const page = prepare();
      prepared.add(name);
      await writeFile(path.join(dir, name), JSON.stringify(page));
      return page;
    },
    /** Removes what this build did not use. */
    async prune(): Promise<void> {
      for (const name of await readdir(dir)) if (!used.has(name)) await rm(path.join(dir, name), { force: true });
    },
  };
}

/** A tool page's title and description, read from the built page so they are never typed twice. */
function toolPage(page: BuiltPage, type: ToolPage['type'], staffWords: string[]): ToolPage {
  const title = decodeEntities(/<title>([^<]*)<\/title>/.exec(page.html)?.[1] ?? page.url).replace(
    ` – ${siteName}`,
    '',
  );
  const description = decodeEntities(/<meta name="description" content="([^"]*)"/.exec(page.html)?.[1] ?? '');
  return { url: page.url, type, title, description, staffWords };
}

interface Pass {
  /** The items Pagefind is given, a batch at a time: the built pages, then one record per map, term and tool. */
  items: AsyncIterable<SearchItem[]>;
  /** What the pass found, complete once its items have all been read. */
  found: { pages: number; steps: number; toolPages: number; words: Map<string, number> };
}

export async function writeSearchIndex(
  { root, outDir, cacheDir, contentRoot }: BuiltSite,
  logger: StepLogger,
): Promise<void> {
  const begin = performance.now();
  const content = path.relative(root, contentRoot);
  const preparedDir = path.join(cacheDir, 'hmpps-search');
  const inputs = inputsDigest(root, [
    'package-lock.json',
    'src/lib',
    'src/integrations',
    `${content}/glossary.yaml`,
    `${content}/staff-vocabulary.yaml`,
  ]);
  const cache = preparedPages(preparedDir, inputs);
  await mkdir(preparedDir, { recursive: true });
  const glossary = (parse(await readFile(path.join(contentRoot, 'glossary.yaml'), 'utf8')) ?? []) as (GlossaryTerm & {
    frameworks?: string[];
  })[];
  const vocabulary = loadStaffVocabulary(contentRoot);
  const expand = createSearchExpander(glossary, vocabulary);
  const titles = await frameworkShortTitles(contentRoot);
  const tools = pageEntries(vocabulary);
  const files = await builtPageFiles(outDir);
  // A map is one record, built from its machine (its steps are the record's sections); its presenter and quiz
  // views repeat its steps, so they are found through it, by the words staff use for them.
  const mapAddresses = new Map(processes.map((process) => [processMapHref(process.id), process]));

  /** One reading of the built site, for Pagefind or to see what changed. */
  const pass = (): Pass => {
    const found: Pass['found'] = { pages: 0, steps: 0, toolPages: 0, words: new Map() };
    async function* items(): AsyncGenerator<SearchItem[]> {
      const toolPages: ToolPage[] = [];
      const mapPurposes = new Map<string, string[]>();
      // Pages are read, trimmed to what is indexed and given to Pagefind a batch at a time: holding every built page
      // in memory at once grew with the site (hundreds of megabytes at 10,000 pages).
      const read = (start: number) =>
        Promise.all(files.slice(start, start + batchSize).map((file) => readBuiltPage(outDir, file)));
      // The next batch is read from disk while this one is prepared.
      let reading = read(0);
      for (let start = 0; start < files.length; start += batchSize) {
        const pages = await reading;
        reading = read(start + batchSize);
        // A failed read is thrown where it is awaited, at the next batch; until then it is not an unhandled rejection.
        reading.catch(() => undefined);
        const indexed: Promise<SearchItem & { words: [string, number][] }>[] = [];
        for (const page of pages) {
          const purposes = tools.filter((tool) => pageMatches(tool.page, page.url));
          const staffWords = purposes.flatMap((tool) => tool.staffWords);
          const map = [...mapAddresses].find(([address]) => page.url.startsWith(address))?.[1];
          if (map) {
            mapPurposes.set(map.id, [...(mapPurposes.get(map.id) ?? []), ...staffWords]);
            continue;
          }
          if (!page.html.includes('data-pagefind-body')) {
            if (purposes.length) toolPages.push(toolPage(page, purposes[0]!.type, staffWords));
            continue;
          }
          const main = indexedPart(page.html);
          const title = /<title>[^<]*<\/title>/.exec(page.html)?.[0] ?? '';
          indexed.push(
            cache
              .get(main, staffWords, () => preparePage(main, staffWords, expand))
              .then(({ extra, words }) => ({
                url: page.url,
                content: `<!doctype html><html lang="en"><head>${title}</head><body>${main.replace(/<\/main>$/, `${extra}</main>`)}</body></html>`,
                words,
              })),
          );
        }
        // The batch's prepared pages are read from the cache together; their words are counted in the pages' order.
        const batch = await Promise.all(indexed);
        for (const { words } of batch) addWordCounts(found.words, words);
        found.pages += batch.length;
        yield batch.map(({ url, content }) => ({ url, content }));
      }

      const records: SearchPage[] = [];
      for (const process of mapsWithModels()) {
        const { model } = process;
        // A step link is made from its anchor on the map page, so every anchor must give back its step.
        for (const step of model.steps)
          if (stepPathFromAnchor(stepAnchor(step.path)) !== step.path)
            throw new Error(`Search index: map "${process.id}" step "${step.path}" cannot be linked from its anchor`);
        found.steps += model.steps.length;
        records.push(
          mapSearchPage(
            model,
            {
              id: process.id,
              title: process.title,
              summary: process.summary,
              frameworkTitle: titles[process.framework] ?? process.framework,
              purposeWords: [...new Set(mapPurposes.get(process.id) ?? [])],
            },
            expand,
          ),
        );
      }
      const termFrameworks = Object.fromEntries(
        glossary.map((term) => [term.id, (term.frameworks ?? []).map((id) => titles[id] ?? id)]),
      );
      records.push(...glossarySearchPages(glossary, termFrameworks, vocabulary), ...toolSearchPages(toolPages));
      found.toolPages = toolPages.length;
      for (const record of records) countWords(decodeEntities(record.content.replace(/<[^>]+>/g, ' ')), found.words);
      yield records.map(({ url, content }) => ({ url, content }));
    }
    return { items: items(), found };
  };

  const store = searchIndexStore(cacheDir, inputs);
  const previous = await store.previous();
  let found: Pass['found'];
  let how: string;
  if (!previous) {
    const full = pass();
    await store.full(full.items);
    found = full.found;
    how = 'indexed in full';
  } else {
    // The last build's index is patched with the pages that changed, if that is all that changed.
    const indexed = new Map(previous.pages.map(({ url, digest }) => [url, digest]));
    const lendable = new Set(lendablePages(previous).flat());
    const changed: SearchItem[] = [];
    const unchanged = new Map<string, SearchItem>();
    const seen = new Set<string>();
    const reading = pass();
    for await (const batch of reading.items)
      for (const item of batch) {
        seen.add(item.url);
        if (indexed.get(item.url) !== digestOf(item)) changed.push(item);
        else if (lendable.has(item.url)) unchanged.set(item.url, item);
      }
    found = reading.found;
    try {
      if (seen.size !== indexed.size || [...indexed.keys()].some((url) => !seen.has(url)))
        throw new CannotPatch('pages were added or taken away');
      if (changed.length) await store.patch(previous, changed, (url) => unchanged.get(url), outDir);
      how = changed.length
        ? `${changed.length} changed page(s) patched into the last index`
        : 'the last index, unchanged';
    } catch (error) {
      // Whatever stopped the patch, a full index is still right: a page Pagefind cannot index fails it too.
      const reason = error instanceof Error ? error.message : String(error);
      if (!(error instanceof CannotPatch)) logger.warn(`Search index: the patch failed (${reason}); indexing in full`);
      const full = pass();
      await store.full(full.items);
      found = full.found;
      how = `indexed in full: ${reason}`;
    }
  }
  await pagefind.close();
  await store.publish(outDir);
  await cache.prune();
  const indexed = performance.now();
  const spelling = spellingList(found.words, spellingBudgetBytes);
  await mkdir(path.join(outDir, path.dirname(spellingListPath)), { recursive: true });
  await writeFile(
    path.join(outDir, spellingListPath),
    JSON.stringify({ complete: spelling.length === found.words.size, words: spelling }),
  );
  await writeDictionary(outDir);
  logger.info(
    `Search index: ${found.pages} pages, ${processes.length} process maps of ${found.steps} steps, ${glossary.length} glossary terms, ` +
      `${found.toolPages} tools, ${spelling.length} words for spelling (${cache.counts().prepared} page(s) prepared, ` +
      `${cache.counts().cached} unchanged, from the cache); ${how}; in ${seconds(performance.now() - begin)} ` +
      `(pages read and indexed ${seconds(indexed - begin)}, spelling list and dictionary ${seconds(performance.now() - indexed)})`,
  );
}
