// The search page in the browser: loads Pagefind only when search is used, updates results as you type, shows a
// definition above the results when the query is just a term, puts pages and steps that answer above definitions,
// groups a map's matching steps under it, applies the filters, helps with spelling without ever rewriting a right
// word, and announces what it found.
import { parseSectionTimescales, timescalesForSection } from '../../lib/search/answers';
import { queryFromSearch, resultExcerpt } from '../../lib/search/excerpt';
import { highlightHref } from '../../lib/search/highlight';
import { bareTermKey, mergeByScore, searchTerms } from '../../lib/search/query';
import { bestSections, orderResults, sectionText, type MatchedSection } from '../../lib/search/results';
import {
  markedWords,
  parseSpellingList,
  suggestQuery,
  wordsInNoPage,
  wordsKnownNowhere,
  wordsNotInList,
  wordsNotMatchedAsTyped,
  wordsUnknownToSite,
  type SpellingIndex,
} from '../../lib/search/spelling';
import { stepLink } from '../../lib/search/step-links';
import { stepSearchType } from '../../lib/search/types';
import { loadDictionary } from './dictionary';

type PagefindSubResult = MatchedSection;
interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The record's whole text, the words added for search included. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
  /** Every element with an id in the record, where it starts in `content`. */
  anchors?: { id: string; location: number }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
type Filters = Record<string, unknown>;
interface Pagefind {
  options(options: { noWorker?: boolean; ranking?: Record<string, unknown> }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: { filters?: Filters },
    timeout?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
  search(query: string | null, options?: { filters?: Filters }): Promise<{ results: PagefindResult[] }>;
}

const pageSize = 10;
/** GOV.UK Frontend's desktop breakpoint, where the filters sit beside the results (see _search.scss). */
const wideScreen = '(min-width: 48.0625em)';
/** How many of the top results are read to see whether the query's words were matched as typed. */
const spellingSample = 3;
/** How many of a map's matching steps its result lists. */
const stepsShown = 3;
/**
 * Metadata is searchable in Pagefind, but only the title should lift a result: the type, framework, section
 * timescales and a definition's text are there to be shown, and the page's own words already count.
 */
const ranking = { metaWeights: { type: 0, framework: 0, timescales: 0, definition: 0 } };

let pagefindPromise: Promise<Pagefind> | undefined;

/** Pagefind and its index load on first use, never with the page. */
export function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefindPromise ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    // Pagefind's web worker is a second 43 KB copy of its code. On this index a search on the page takes about a
    // millisecond once its chunks are loaded (fetching result text is the slow part), so the worker is not worth it.
    await module.options({ noWorker: true, ranking });
    await module.init();
    return module;
  });
  return pagefindPromise;
}

let spellingPromise: Promise<SpellingIndex | undefined> | undefined;

/** The spelling list loads only for a query with a word no result matched as typed. */
export function loadSpelling(): Promise<SpellingIndex | undefined> {
  spellingPromise ??= fetch('/search/spelling.json')
    .then((response) => (response.ok ? response.json() : undefined))
    .then(parseSpellingList)
    .catch(() => undefined);
  return spellingPromise;
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

let definitionIdsPromise: Promise<Set<string>> | undefined;

/** Which results are glossary definitions, known by id from one filter lookup, so no definition's text is fetched. */
function definitionIds(pagefind: Pagefind): Promise<Set<string>> {
  definitionIdsPromise ??= pagefind
    .search(null, { filters: { type: 'Glossary' } })
    .then((found) => new Set(found.results.map((result) => result.id)));
  return definitionIdsPromise;
}

/**
 * The glossary entry a query names when it is just a term ("OMiC", "what is a PDU", "probation delivery unit"): each
 * entry is filed under its names in the `entry` filter, so finding it fetches no other entry's text.
 */
async function definitionNamedBy(
  pagefind: Pagefind,
  query: string,
  filters: Filters,
): Promise<PagefindResult | undefined> {
  const key = bareTermKey(query);
  if (!key || (filters.type && filters.type !== 'Glossary')) return undefined;
  const keys = key.endsWith('s') ? [key, key.slice(0, -1)] : [key];
  for (const name of keys) {
    const [entry] = (await pagefind.search(null, { filters: { ...filters, entry: name } })).results;
    if (entry) return entry;
  }
  return undefined;
}

/**
 * Pages with every word first; when few have them all, then pages ranked by how many of the words they have.
 * Definitions come below the pages and steps that answer. Null when a debounced search was overtaken by typing.
 */
async function findResults(
  pagefind: Pagefind,
  terms: string[],
  filters: Filters,
  isDebounced: boolean,
): Promise<PagefindResult[] | null> {
  const options = { filters };
  const [search, definitions] = await Promise.all([
    isDebounced ? pagefind.debouncedSearch(terms.join(' '), options, 150) : pagefind.search(terms.join(' '), options),
    definitionIds(pagefind),
  ]);
  if (!search) return null;
  let withSome: PagefindResult[] = [];
  if (search.results.length < pageSize && terms.length > 1) {
    const each = await Promise.all(terms.map((term) => pagefind.search(term, options)));
    const seen = new Set(search.results.map((result) => result.id));
    withSome = mergeByScore(each.map((found) => found.results)).filter((result) => !seen.has(result.id));
  }
  return orderResults(search.results, withSome, (result) => definitions.has(result.id));
}

/** What spelling help knows about a query's words: none is known for a query the top results matched as typed. */
interface SpellingCheck {
  /** Words no page, glossary entry, acronym or English dictionary knows: the only ones to correct. */
  misspelt: string[];
  /** Words in no page, not even as the start of a longer word: the words as typed find nothing. */
  inNoPage: string[];
  spelling?: SpellingIndex;
}

/** Checks the query's words the top results did not match as typed: the list first, then the dictionary. */
async function checkSpelling(
  pagefind: Pagefind,
  terms: string[],
  top: PagefindResultData[],
  filters: Filters,
): Promise<SpellingCheck> {
  const excerpts = top.flatMap((data) => [data.excerpt, ...(data.sub_results ?? []).map((sub) => sub.excerpt)]);
  const unmatched = wordsNotMatchedAsTyped(terms, markedWords(excerpts));
  if (!unmatched.length) return { misspelt: [], inNoPage: [] };
  const spelling = await loadSpelling();
  if (!spelling) return { misspelt: [], inNoPage: [] };
  const inNoPage = wordsInNoPage(wordsNotInList(unmatched, spelling), spelling);
  let unknown = wordsUnknownToSite(unmatched, spelling);
  // On a site too large for the whole list, a word missing from it may still be in the index.
  if (unknown.length && !spelling.isComplete) {
    const alone = await Promise.all(unknown.map((term) => pagefind.search(term, { filters })));
    unknown = unknown.filter((_, index) => !alone[index]!.results.length);
  }
  if (!unknown.length) return { misspelt: [], inNoPage, spelling };
  const dictionary = await loadDictionary();
  // Without the dictionary nothing can be called misspelt: a right word is never rewritten.
  return { misspelt: dictionary ? wordsKnownNowhere(unknown, dictionary) : [], inNoPage, spelling };
}

export function startSearchPage(page: Document = document): void {
  const form = page.querySelector<HTMLFormElement>('[data-search-form]');
  const input = page.querySelector<HTMLInputElement>('[data-search-input]');
  const status = page.querySelector<HTMLElement>('[data-search-status]');
  const list = page.querySelector<HTMLOListElement>('[data-search-results]');
  const more = page.querySelector<HTMLButtonElement>('[data-search-more]');
  const suggestion = page.querySelector<HTMLElement>('[data-search-suggestion]');
  const answerBox = page.querySelector<HTMLElement>('[data-search-answer]');
  if (!form || !input || !status || !list || !more || !suggestion || !answerBox) return;
  const selects = [...page.querySelectorAll<HTMLSelectElement>('[data-filter]')];

  page.querySelector<HTMLElement>('[data-search-no-js]')?.setAttribute('hidden', '');
  page.querySelector<HTMLElement>('[data-search-filters]')?.removeAttribute('hidden');
  const filterPanel = page.querySelector<HTMLDetailsElement>('[data-search-filter-panel]');
  const filterSummary = page.querySelector<HTMLElement>('[data-search-filter-summary]');
  // Beside the results on a wide screen the filters are open; above them on a narrow one they start folded away.
  const isWide = page.defaultView?.matchMedia(wideScreen);
  if (filterPanel && isWide?.matches) filterPanel.open = true;
  isWide?.addEventListener('change', (change) => {
    if (filterPanel) filterPanel.open = change.matches;
  });

  let results: PagefindResult[] = [];
  let shown = 0;
  let latest = 0;
  let searched: string[] = [];
  /** The query to search as typed, once the reader has asked for it instead of the corrected one. */
  let asTyped: string | undefined;

  const filters = (): Filters =>
    Object.fromEntries(
      selects.filter((select) => select.value).map((select) => [select.dataset.filter!, select.value]),
    );
  /** The folded filters say how many are chosen, so a narrowed search is never a surprise. */
  const showFilterCount = () => {
    const chosen = selects.filter((select) => select.value).length;
    if (filterSummary) filterSummary.textContent = chosen ? `Filter results (${chosen} chosen)` : 'Filter results';
  };

  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
    const created = page.createElement(tag);
    created.className = className;
    if (text !== undefined) created.textContent = text;
    return created;
  };

  const link = (href: string, text: string, className = 'govuk-link') => {
    const anchor = element('a', className, text);
    anchor.href = highlightHref(href, searched);
    return anchor;
  };

  const timescaleLine = (timescales: string[], className = 'govuk-body app-search-result__timescale') => {
    const answer = element('p', className);
    answer.append(element('strong', '', 'Timescale: '), timescales.join('; '));
    return answer;
  };

  /** A map's matching steps, each linking to that step of the map, with its timescale. */
  const stepList = (steps: PagefindSubResult[], data: PagefindResultData) => {
    const items = element('ul', 'govuk-list app-search-result__steps');
    const timescales = parseSectionTimescales(data.meta.timescales);
    for (const step of steps) {
      const item = element('li', 'app-search-result__step');
      const title = element('p', 'govuk-body app-search-result__step-title');
      title.append(
        link(stepLink(step.url)!, step.title),
        ' ',
        element('span', 'app-search-result__step-type', stepSearchType),
      );
      item.append(title);
      const stepTimescales = timescalesForSection(step.url, timescales);
      if (stepTimescales.length)
        item.append(timescaleLine(stepTimescales, 'govuk-body-s app-search-result__timescale'));
      items.append(item);
    }
    return items;
  };

  const renderResult = async (result: PagefindResult): Promise<HTMLLIElement> => {
    const data = await dataOf(result);
    const item = element('li', 'app-search-result');
    const type = data.meta.type ?? data.filters.type?.[0];
    const sections = data.sub_results ?? [];
    const steps = type === 'Process map' ? sections.filter((section) => stepLink(section.url)) : [];
    const record = { title: data.meta.title ?? '', content: data.content, anchors: data.anchors ?? [] };
    const best = bestSections(type === 'Process map' ? steps : sections, record, searched, stepsShown);
    const [first] = best;
    const heading = element('h2', 'govuk-heading-s app-search-result__title');
    heading.append(link(data.url, data.meta.title ?? data.url, 'govuk-link app-search-result__link'));
    const meta = element(
      'p',
      'govuk-body-s app-search-result__meta',
      [type, data.meta.framework ?? data.filters.framework?.[0]].filter(Boolean).join(' · '),
    );
    const excerpt = element('p', 'govuk-body app-search-result__excerpt');
    excerpt.innerHTML = first
      ? resultExcerpt(first.excerpt, sectionText(data.content, first, data.anchors ?? []))
      : resultExcerpt(data.excerpt, data.content);
    item.append(heading, meta);
    if (type === 'Process map') {
      item.append(excerpt);
      if (best.length) item.append(stepList(best, data));
      return item;
    }
    // The answer: the timescales the matched section states.
    const timescales = first ? timescalesForSection(first.url, parseSectionTimescales(data.meta.timescales)) : [];
    if (timescales.length) item.append(timescaleLine(timescales));
    item.append(excerpt);
    if (first) {
      const section = element('p', 'govuk-body-s app-search-result__section');
      section.append('Go to section: ', link(first.url, first.title));
      item.append(section);
    }
    return item;
  };

  /** The definition of the term a query is just the name of, above the results. */
  const showAnswer = async (definition: PagefindResult | undefined) => {
    answerBox.replaceChildren();
    answerBox.hidden = !definition;
    if (!definition) return;
    const data = await dataOf(definition);
    const term = data.meta.title ?? '';
    const more = element('p', 'govuk-body-s app-search-answer__link');
    more.append(link(data.url, `${term.split(':')[0]} in the glossary`));
    answerBox.append(
      element('h2', 'govuk-heading-s app-search-answer__term', term),
      element('p', 'govuk-body-s app-search-answer__definition', data.meta.definition ?? ''),
      more,
    );
  };

  /** GOV.UK's "Did you mean …?": a link that searches the corrected words. */
  const showSuggestion = (corrected: string | undefined, original?: string) => {
    suggestion.replaceChildren();
    suggestion.hidden = !corrected;
    if (!corrected) return;
    const searchFor = (text: string, isAsTyped: boolean) => {
      const anchor = element('a', 'govuk-link', text);
      anchor.href = `/search/?q=${encodeURIComponent(text)}`;
      anchor.addEventListener('click', (event) => {
        event.preventDefault();
        input.value = text;
        asTyped = isAsTyped ? text : undefined;
        void run(false);
      });
      return anchor;
    };
    suggestion.classList.toggle('app-search__suggestion--as-typed', Boolean(original));
    if (original) suggestion.append('Search for ', searchFor(original, true), ' as you typed it instead');
    else suggestion.append('Did you mean ', searchFor(corrected, false), '?');
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

  const count = (total: number) => `${total} ${total === 1 ? 'result' : 'results'}`;
  const quoted = (words: string[]) => words.map((word) => `“${word}”`).join(' and ');

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
      answerBox.hidden = true;
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const pagefind = await loadPagefind();
    if (run !== latest) return;
    const chosen = filters();
    const terms = searchTerms(query);
    const definition = definitionNamedBy(pagefind, query, chosen);
    let found = await findResults(pagefind, terms, chosen, isDebounced);
    if (!found || run !== latest) return;
    // The first page of results is fetched now, to be shown. A word the top results matched as typed is not misspelt.
    const top = await Promise.all(found.slice(0, pageSize).map(dataOf).slice(0, spellingSample));
    if (run !== latest) return;
    const { misspelt, inNoPage, spelling }: SpellingCheck =
      asTyped === query ? { misspelt: [], inNoPage: [] } : await checkSpelling(pagefind, terms, top, chosen);
    if (run !== latest) return;
    const correction = spelling && misspelt.length ? suggestQuery(query, spelling, misspelt) : undefined;
    // A misspelt word in no page, not even as the start of a longer word ("recal" finds "recall"), means the words
    // as typed find nothing: then the corrected words are searched at once. Otherwise they are offered.
    let isCorrected = false;
    if (correction && misspelt.some((term) => inNoPage.includes(term))) {
      const corrected = await findResults(pagefind, searchTerms(correction), chosen, false);
      if (run !== latest) return;
      if (corrected?.length) {
        found = corrected;
        isCorrected = true;
      }
    }
    // Otherwise a word in no page is left out, rather than matched to whatever indexed word it happens to start with.
    const leftOut = isCorrected ? [] : inNoPage;
    const kept = terms.filter((term) => !leftOut.includes(term));
    if (leftOut.length) {
      found = kept.length ? ((await findResults(pagefind, kept, chosen, false)) ?? []) : [];
      if (run !== latest) return;
    }
    searched = isCorrected ? searchTerms(correction!) : kept;
    const answer = await (isCorrected ? definitionNamedBy(pagefind, correction!, chosen) : definition);
    if (run !== latest) return;
    results = found.filter((result) => result.id !== answer?.id);
    await showAnswer(answer);
    if (run !== latest) return;
    showSuggestion(correction, isCorrected ? query : undefined);
    shown = 0;
    list.replaceChildren();
    await showMore(run);
    if (run !== latest) return;
    const message = isCorrected
      ? `Showing ${count(results.length)} for “${correction}” instead of “${query}”.`
      : results.length && leftOut.length
        ? `${count(results.length)} for “${kept.join(' ')}”. No page has ${quoted(leftOut)}.`
        : results.length
          ? `${count(results.length)} for “${query}”.`
          : answer
            ? `No pages or steps for “${query}”.`
            : `No results for “${query}”.${misspelt.length ? ` ${quoted(misspelt)} ${misspelt.length === 1 ? 'is' : 'are'} not in the guidance.` : ''} Check the spelling or try another word, such as the name of a role or a document.`;
    // Heard with the count, in one change of the live region; on screen the box says it for itself.
    status.replaceChildren(
      message,
      ...(answer ? [element('span', 'govuk-visually-hidden', ' The glossary’s definition comes first.')] : []),
    );
  };

  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  input.addEventListener('input', () => void run(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(false);
  });
  for (const select of selects)
    select.addEventListener('change', () => {
      showFilterCount();
      void run(false);
    });
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
