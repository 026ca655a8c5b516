// Builds the Pagefind index from the built site: the built pages (with acronym expansions and staff words added
// for search only, and each section's timescales as the answer to show), one record per process map (its steps as
// sections), glossary term and tool, the spelling list the search page suggests corrections from, and the English
// dictionary it checks a word against before calling it misspelt.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import type { BuiltSite, StepLogger } from './built-site';
import { inputsDigest } from './mdx-cache';
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
  const counts = { prepared: 0, cached: 0 };
  return {
    counts,
    async get(main: string, staffWords: string[], prepare: () => PreparedPage): Promise<PreparedPage> {
      const key = createHash('sha256').update(inputs).update(staffWords.join('\n')).update('\0').update(main);
      const name = `${key.digest('hex')}.json`;
      used.add(name);
      const kept = await readFile(path.join(dir, name), 'utf8').catch(() => undefined);
      if (kept) {
        counts.cached += 1;
        return JSON.parse(kept) as PreparedPage;
      }
      const page = prepare();
      counts.prepared += 1;
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

export async function writeSearchIndex(
  { root, outDir, cacheDir, contentRoot }: BuiltSite,
  logger: StepLogger,
): Promise<void> {
  const begin = performance.now();
  const content = path.relative(root, contentRoot);
  const preparedDir = path.join(cacheDir, 'hmpps-search');
  const cache = preparedPages(
    preparedDir,
    inputsDigest(root, [
      'package-lock.json',
      'src/lib',
      'src/integrations',
      `${content}/glossary.yaml`,
      `${content}/staff-vocabulary.yaml`,
    ]),
  );
  await mkdir(preparedDir, { recursive: true });
  const glossary = (parse(await readFile(path.join(contentRoot, 'glossary.yaml'), 'utf8')) ?? []) as (GlossaryTerm & {
    frameworks?: string[];
  })[];
  const vocabulary = loadStaffVocabulary(contentRoot);
  const expand = createSearchExpander(glossary, vocabulary);
  const titles = await frameworkShortTitles(contentRoot);
  const tools = pageEntries(vocabulary);
  const words = new Map<string, number>();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Search index could not be created: ${errors.join('; ')}`);
  const failed: string[] = [];
  // A batch is sent at once: one round trip per file was the slow part.
  const add = async (records: { name: string; file: { url?: string; sourcePath?: string; content: string } }[]) => {
    const results = await Promise.all(records.map(({ file }) => index.addHTMLFile(file)));
    results.forEach((result, position) => {
      if (result.errors.length) failed.push(`${records[position]!.name}: ${result.errors.join('; ')}`);
    });
  };

  // Pages are read, trimmed to what is indexed and sent to Pagefind a batch at a time: holding every built page
  // in memory at once grew with the site (hundreds of megabytes at 10,000 pages).
  let pageCount = 0;
  const toolPages: ToolPage[] = [];
  // A map is one record, built from its machine (its steps are the record's sections); its presenter and quiz
  // views repeat its steps, so they are found through it, by the words staff use for them.
  const mapAddresses = new Map(processes.map((process) => [processMapHref(process.id), process]));
  const mapPurposes = new Map<string, string[]>();
  const files = await builtPageFiles(outDir);
  let sending: Promise<void> = Promise.resolve();
  for (let start = 0; start < files.length; start += batchSize) {
    const pages = await Promise.all(files.slice(start, start + batchSize).map((file) => readBuiltPage(outDir, file)));
    const batch: { name: string; file: { sourcePath: string; content: string } }[] = [];
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
      const { extra, words: pageWords } = await cache.get(main, staffWords, () =>
        preparePage(main, staffWords, expand),
      );
      addWordCounts(words, pageWords);
      const title = /<title>[^<]*<\/title>/.exec(page.html)?.[0] ?? '';
      batch.push({
        name: page.file,
        file: {
          sourcePath: page.file,
          content: `<!doctype html><html lang="en"><head>${title}</head><body>${main.replace(/<\/main>$/, `${extra}</main>`)}</body></html>`,
        },
      });
    }
    pageCount += batch.length;
    // Pagefind (its own process) indexes this batch while the next one is read and prepared here.
    await sending;
    sending = add(batch);
    // Its failure is thrown where it is awaited, at the next batch; until then it is not an unhandled rejection.
    sending.catch(() => undefined);
  }
  await sending;
  const prepared = performance.now();

  const records: SearchPage[] = [];
  let stepCount = 0;
  for (const process of mapsWithModels()) {
    const { model } = process;
    // A step link is made from its anchor on the map page, so every anchor must give back its step.
    for (const step of model.steps)
      if (stepPathFromAnchor(stepAnchor(step.path)) !== step.path)
        throw new Error(`Search index: map "${process.id}" step "${step.path}" cannot be linked from its anchor`);
    stepCount += model.steps.length;
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
  for (const record of records) countWords(decodeEntities(record.content.replace(/<[^>]+>/g, ' ')), words);

  await add(records.map((record) => ({ name: record.url, file: record })));
  if (failed.length) throw new Error(`Search index: ${failed.join('\n')}`);

  const indexed = performance.now();
  await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  await pagefind.close();
  await cache.prune();
  // The site uses Pagefind's search API with its own GOV.UK-styled results; Pagefind's own UIs are not shipped.
  // Its highlight script is kept: the page a result opens loads it to mark the searched words.
  for (const name of await readdir(path.join(outDir, 'pagefind'))) {
    if (/^pagefind-(ui|modular-ui|component-ui)\./.test(name)) await rm(path.join(outDir, 'pagefind', name));
  }
  const spelling = spellingList(words, spellingBudgetBytes);
  await mkdir(path.join(outDir, path.dirname(spellingListPath)), { recursive: true });
  await writeFile(
    path.join(outDir, spellingListPath),
    JSON.stringify({ complete: spelling.length === words.size, words: spelling }),
  );
  await writeDictionary(outDir);
  logger.info(
    `Search index: ${pageCount} pages, ${processes.length} process maps of ${stepCount} steps, ${glossary.length} glossary terms, ` +
      `${toolPages.length} tools, ${spelling.length} words for spelling (${cache.counts.prepared} page(s) prepared, ` +
      `${cache.counts.cached} unchanged, from the cache), in ${seconds(performance.now() - begin)} ` +
      `(pages read and indexed ${seconds(prepared - begin)}, maps, terms and tools ${seconds(indexed - prepared)}, ` +
      `index written ${seconds(performance.now() - indexed)})`,
  );
}
