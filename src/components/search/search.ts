// The search page in the browser: loads Pagefind only when search is used and the spelling list only when a word may be
// misspelt, updates results as you type, corrects spelling, applies the filters, shows the timescale that answers a
// step or section, and announces the number of results.
import { parseSectionTimescales, timescalesForSection } from '../../lib/search/answers';
import { queryFromSearch, resultExcerpt } from '../../lib/search/excerpt';
import { highlightHref } from '../../lib/search/highlight';
import { glossaryEntryKey, mergeByScore, searchTerms } from '../../lib/search/query';
import {
  markedWords,
  parseSpellingList,
  suggestQuery,
  wordsNotMatchedAsTyped,
  type SpellingIndex,
} from '../../lib/search/spelling';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The record's whole text, the words added for search included. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: { filters?: Record<string, string> },
    timeout?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const pageSize = 10;
/** How many of the top results are read to see whether the query's words were matched as typed. */
const spellingSample = 3;
let pagefindPromise: Promise<Pagefind> | undefined;

/** Pagefind and its index load on first use, never with the page. */
export function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefindPromise ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    // Pagefind's web worker is a second 43 KB copy of its code. On this index a search on the page takes about a
    // millisecond once its chunks are loaded (fetching result text is the slow part), so the worker is not worth it.
    await module.options({ noWorker: true });
    await module.init();
    return module;
  });
  return pagefindPromise;
}

let spellingPromise: Promise<SpellingIndex | undefined> | undefined;

/** The spelling list loads only for a query with a word no result matched as typed; without it there are no suggestions. */
export function loadSpelling(): Promise<SpellingIndex | undefined> {
  spellingPromise ??= fetch('/search/spelling.json')
    .then((response) => (response.ok ? response.json() : undefined))
    .then(parseSpellingList)
    .catch(() => undefined);
  return spellingPromise;
}

/** The section of a page that matched most, which the result links to directly. */
function bestSection(data: PagefindResultData): PagefindSubResult | undefined {
  const sections = (data.sub_results ?? []).filter((sub) => sub.url.includes('#') && sub.title !== data.meta.title);
  return sections.reduce<PagefindSubResult | undefined>(
    (best, sub) => (!best || (sub.locations?.length ?? 0) > (best.locations?.length ?? 0) ? sub : best),
    undefined,
  );
}

/** A result's data (its fragment, fetched once per result): asked for only for results about to be shown. */
const resultData = new WeakMap<PagefindResult, Promise<PagefindResultData>>();
function dataOf(result: PagefindResult): Promise<PagefindResultData> {
  let data = resultData.get(result);
  if (!data) {
    data = result.data();
    resultData.set(result, data);
  }
  return data;
}

/**
 * Glossary entries named exactly by a word of the query ("what does MAPPA stand for"), to show first. Each entry is
 * filed under its name in the `entry` filter, so finding them fetches no other entry's text.
 */
async function glossaryBestBets(
  pagefind: Pagefind,
  terms: string[],
  filters: Record<string, string>,
): Promise<PagefindResult[]> {
  if (filters.type && filters.type !== 'Glossary') return [];
  const keys = [...new Set(terms.slice(0, 4).map(glossaryEntryKey))].filter((key) => key !== undefined);
  const found = await Promise.all(
    keys.map(async (key) => (await pagefind.search(null, { filters: { ...filters, entry: key } })).results[0]),
  );
  return found.filter((result): result is PagefindResult => Boolean(result));
}

/**
 * Pages with every word first; when few have them all, then pages ranked by how many of the words they have.
 * `hasAllWords` says whether any page had every word. Null when a debounced search was overtaken by typing.
 */
async function findResults(
  pagefind: Pagefind,
  terms: string[],
  options: { filters: Record<string, string> },
  isDebounced: boolean,
): Promise<{ results: PagefindResult[]; hasAllWords: boolean } | null> {
  const search = isDebounced
    ? await pagefind.debouncedSearch(terms.join(' '), options, 150)
    : await pagefind.search(terms.join(' '), options);
  if (!search) return null;
  let results = search.results;
  const hasAllWords = results.length > 0;
  if (results.length < pageSize && terms.length > 1) {
    const each = await Promise.all(terms.map((term) => pagefind.search(term, options)));
    const seen = new Set(results.map((result) => result.id));
    results = [
      ...results,
      ...mergeByScore(each.map((found) => found.results)).filter((result) => !seen.has(result.id)),
    ];
  }
  return { results, hasAllWords };
}

export function startSearchPage(page: Document = document): void {
  const form = page.querySelector<HTMLFormElement>('[data-search-form]');
  const input = page.querySelector<HTMLInputElement>('[data-search-input]');
  const status = page.querySelector<HTMLElement>('[data-search-status]');
  const list = page.querySelector<HTMLOListElement>('[data-search-results]');
  const more = page.querySelector<HTMLButtonElement>('[data-search-more]');
  const suggestion = page.querySelector<HTMLElement>('[data-search-suggestion]');
  if (!form || !input || !status || !list || !more || !suggestion) return;
  const selects = [...page.querySelectorAll<HTMLSelectElement>('[data-filter]')];

  page.querySelector<HTMLElement>('[data-search-no-js]')?.setAttribute('hidden', '');
  page.querySelector<HTMLElement>('[data-search-filters]')?.removeAttribute('hidden');

  let results: PagefindResult[] = [];
  let shown = 0;
  let latest = 0;
  let searched: string[] = [];

  const filters = () =>
    Object.fromEntries(
      selects.filter((select) => select.value).map((select) => [select.dataset.filter!, select.value]),
    );

  const renderResult = async (result: PagefindResult): Promise<HTMLLIElement> => {
    const data = await dataOf(result);
    const item = page.createElement('li');
    item.className = 'app-search-result';
    const best = bestSection(data);
    const link = page.createElement('a');
    link.className = 'govuk-link app-search-result__link';
    link.href = highlightHref(data.url, searched);
    link.textContent = data.meta.title ?? data.url;
    const heading = page.createElement('h2');
    heading.className = 'govuk-heading-s app-search-result__title';
    heading.append(link);
    const meta = page.createElement('p');
    meta.className = 'govuk-body-s app-search-result__meta';
    meta.textContent = [
      data.meta.type ?? data.filters.type?.[0],
      data.meta.process,
      data.meta.framework ?? data.filters.framework?.[0],
    ]
      .filter(Boolean)
      .join(' · ');
    const excerpt = page.createElement('p');
    excerpt.className = 'govuk-body app-search-result__excerpt';
    excerpt.innerHTML = resultExcerpt(best?.excerpt ?? data.excerpt, data.content);
    item.append(heading, meta);
    // The answer: the step's timescale, or the timescales the matched section states.
    const timescales = data.meta.timescale
      ? [data.meta.timescale]
      : best
        ? timescalesForSection(best.url, parseSectionTimescales(data.meta.timescales))
        : [];
    if (timescales.length) {
      const answer = page.createElement('p');
      answer.className = 'govuk-body app-search-result__timescale';
      const label = page.createElement('strong');
      label.textContent = 'Timescale: ';
      answer.append(label, timescales.join('; '));
      item.append(answer);
    }
    item.append(excerpt);
    if (best) {
      const section = page.createElement('p');
      section.className = 'govuk-body-s app-search-result__section';
      const sectionLink = page.createElement('a');
      sectionLink.className = 'govuk-link';
      sectionLink.href = highlightHref(best.url, searched);
      sectionLink.textContent = best.title;
      section.append('Go to section: ', sectionLink);
      item.append(section);
    }
    return item;
  };

  /** GOV.UK's "Did you mean …?": a link that searches the corrected words. */
  const showSuggestion = (corrected: string | undefined) => {
    suggestion.replaceChildren();
    suggestion.hidden = !corrected;
    if (!corrected) return;
    const link = page.createElement('a');
    link.className = 'govuk-link';
    link.href = `/search/?q=${encodeURIComponent(corrected)}`;
    link.textContent = corrected;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = corrected;
      void run(false);
    });
    suggestion.append('Did you mean ', link, '?');
  };

  /**
   * Shows the next page of results, each as soon as it and those above it have arrived, so the first results are on
   * screen without waiting for the last. The list is marked busy until the page is complete.
   */
  const showMore = async (run = latest) => {
    const next = results.slice(shown, shown + pageSize);
    const items = next.map(renderResult);
    list.setAttribute('aria-busy', 'true');
    for (const item of items) {
      const rendered = await item;
      if (run !== latest) return;
      list.append(rendered);
    }
    list.removeAttribute('aria-busy');
    shown += next.length;
    more.hidden = shown >= results.length;
  };

  const run = async (isDebounced: boolean) => {
    const query = input.value.trim();
    const run = ++latest;
    const url = new URL(page.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    page.defaultView?.history.replaceState(null, '', `${url.pathname}${url.search}`);
    if (!query) {
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      suggestion.hidden = true;
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const pagefind = await loadPagefind();
    if (run !== latest) return;
    const options = { filters: filters() };
    const terms = searchTerms(query);
    const bestBetsAsTyped = glossaryBestBets(pagefind, terms, options.filters);
    let found = await findResults(pagefind, terms, options, isDebounced);
    if (!found || run !== latest) return;
    // The first page of results is fetched now, to be shown. A word the top results matched as typed is not misspelt.
    const firstPage = found.results.slice(0, pageSize).map(dataOf);
    const top = await Promise.all(firstPage.slice(0, spellingSample));
    if (run !== latest) return;
    const excerpts = top.flatMap((data) => [data.excerpt, ...(data.sub_results ?? []).map((sub) => sub.excerpt)]);
    const unmatched = wordsNotMatchedAsTyped(terms, markedWords(excerpts));
    const spelling = unmatched.length ? await loadSpelling() : undefined;
    if (run !== latest) return;
    const correction = spelling ? suggestQuery(terms, spelling) : undefined;
    let isCorrected = false;
    // When a misspelt word finds nothing by itself, search the nearest words at once, and say so.
    const misspelt = correction ? terms.filter((term, index) => term !== searchTerms(correction)[index]) : [];
    // A word missing from a complete list is in no page as spelt (Pagefind may still match part of it).
    const findsNothing =
      misspelt.length > 0 &&
      (spelling!.isComplete ||
        !found.hasAllWords ||
        (await Promise.all(misspelt.map((term) => pagefind.search(term, options)))).every(
          (alone) => !alone.results.length,
        ));
    if (run !== latest) return;
    if (correction && findsNothing) {
      const corrected = await findResults(pagefind, searchTerms(correction), options, false);
      if (run !== latest) return;
      if (corrected && corrected.results.length) {
        found = corrected;
        isCorrected = true;
      }
    }
    searched = isCorrected ? searchTerms(correction!) : terms;
    results = found.results;
    const bestBets = await (isCorrected ? glossaryBestBets(pagefind, searched, options.filters) : bestBetsAsTyped);
    if (run !== latest) return;
    if (bestBets.length) {
      const pinned = new Set(bestBets.map((result) => result.id));
      results = [...bestBets, ...results.filter((result) => !pinned.has(result.id))];
    }
    showSuggestion(correction && !isCorrected ? correction : undefined);
    shown = 0;
    list.replaceChildren();
    await showMore(run);
    if (run !== latest) return;
    status.textContent = isCorrected
      ? `${misspelt.map((term) => `“${term}”`).join(' and ')} ${misspelt.length === 1 ? 'is' : 'are'} not in the guidance. Showing ${results.length} ${results.length === 1 ? 'result' : 'results'} for “${correction}” instead.`
      : results.length
        ? `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${query}”`
        : `No results for “${query}”. Check the spelling or try another word, such as the name of a role or a document.`;
  };

  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  input.addEventListener('input', () => void run(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(false);
  });
  for (const select of selects) select.addEventListener('change', () => void run(false));
  more.addEventListener('click', () => void showMore());
  page.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key === '/' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) && !target.isContentEditable) {
      event.preventDefault();
      input.focus();
    }
  });

  const initial = queryFromSearch(page.location.search);
  if (initial) {
    input.value = initial;
    void run(false);
  }
}
