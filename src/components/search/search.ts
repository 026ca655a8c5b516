// The search page in the browser: loads Pagefind only when search is used, updates results as you type,
// applies the filters and announces the number of results.
import { queryFromSearch, safeExcerpt } from '../../lib/search/excerpt';
import { isGlossaryEntryFor, mergeByScore, searchTerms } from '../../lib/search/query';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
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
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: { filters?: Record<string, string> },
    timeout?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const pageSize = 10;
let pagefindPromise: Promise<Pagefind> | undefined;

/** Pagefind and its index load on first use, never with the page. */
export function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefindPromise ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.init();
    return module;
  });
  return pagefindPromise;
}

/** Glossary entries named exactly by a word of the query ("what does MAPPA stand for"), to show first. */
async function glossaryBestBets(
  pagefind: Pagefind,
  terms: string[],
  filters: Record<string, string>,
): Promise<PagefindResult[]> {
  if (filters.type && filters.type !== 'Glossary') return [];
  const found = await Promise.all(
    terms.slice(0, 4).map(async (term) => {
      const search = await pagefind.search(term, { filters: { ...filters, type: 'Glossary' } });
      for (const result of search.results.slice(0, 3)) {
        if (isGlossaryEntryFor((await result.data()).meta.title ?? '', term)) return result;
      }
      return undefined;
    }),
  );
  return found.filter((result): result is PagefindResult => Boolean(result));
}

export function startSearchPage(page: Document = document): void {
  const form = page.querySelector<HTMLFormElement>('[data-search-form]');
  const input = page.querySelector<HTMLInputElement>('[data-search-input]');
  const status = page.querySelector<HTMLElement>('[data-search-status]');
  const list = page.querySelector<HTMLOListElement>('[data-search-results]');
  const more = page.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !input || !status || !list || !more) return;
  const selects = [...page.querySelectorAll<HTMLSelectElement>('[data-filter]')];

  page.querySelector<HTMLElement>('[data-search-no-js]')?.setAttribute('hidden', '');
  page.querySelector<HTMLElement>('[data-search-filters]')?.removeAttribute('hidden');

  let results: PagefindResult[] = [];
  let shown = 0;
  let latest = 0;

  const filters = () =>
    Object.fromEntries(
      selects.filter((select) => select.value).map((select) => [select.dataset.filter!, select.value]),
    );

  const renderResult = async (result: PagefindResult): Promise<HTMLLIElement> => {
    const data = await result.data();
    const item = page.createElement('li');
    item.className = 'app-search-result';
    const best = data.sub_results?.find((sub) => sub.url.includes('#') && sub.title !== data.meta.title);
    const link = page.createElement('a');
    link.className = 'govuk-link app-search-result__link';
    link.href = data.url;
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
    excerpt.innerHTML = safeExcerpt(best?.excerpt ?? data.excerpt);
    item.append(heading, meta, excerpt);
    if (best) {
      const section = page.createElement('p');
      section.className = 'govuk-body-s app-search-result__section';
      const sectionLink = page.createElement('a');
      sectionLink.className = 'govuk-link';
      sectionLink.href = best.url;
      sectionLink.textContent = best.title;
      section.append('Go to section: ', sectionLink);
      item.append(section);
    }
    return item;
  };

  const showMore = async () => {
    const next = results.slice(shown, shown + pageSize);
    const items = await Promise.all(next.map(renderResult));
    list.append(...items);
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
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const pagefind = await loadPagefind();
    const terms = searchTerms(query);
    const options = { filters: filters() };
    const search = isDebounced
      ? await pagefind.debouncedSearch(terms.join(' '), options, 150)
      : await pagefind.search(terms.join(' '), options);
    if (!search || run !== latest) return;
    results = search.results;
    // Pagefind matches every word. When few pages have them all, follow with pages ranked by how many they have.
    if (results.length < pageSize && terms.length > 1) {
      const each = await Promise.all(terms.map((term) => pagefind.search(term, options)));
      if (run !== latest) return;
      const seen = new Set(results.map((result) => result.id));
      results = [
        ...results,
        ...mergeByScore(each.map((found) => found.results)).filter((result) => !seen.has(result.id)),
      ];
    }
    const bestBets = await glossaryBestBets(pagefind, terms, options.filters);
    if (run !== latest) return;
    if (bestBets.length) {
      const pinned = new Set(bestBets.map((result) => result.id));
      results = [...bestBets, ...results.filter((result) => !pinned.has(result.id))];
    }
    shown = 0;
    list.replaceChildren();
    await showMore();
    if (run !== latest) return;
    status.textContent = results.length
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
