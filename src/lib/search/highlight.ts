// The searched words carried to the page a result opens (?highlight=…), where Pagefind's highlight script marks them.
import { hrefOf, isOnSite, siteUrl } from '../url';
import { highlightParam } from './highlight-param';

export { highlightParam };

const maxTerms = 6;
const maxLength = 40;

/** The result's address with the searched words added, keeping its own query (?step=…) and section anchor. */
export function highlightHref(href: string, terms: string[]): string {
  const words = terms
    .map((term) => term.trim().slice(0, maxLength))
    .filter(Boolean)
    .slice(0, maxTerms);
  if (!words.length) return href;
  const url = siteUrl(href);
  if (!isOnSite(url)) return href;
  for (const word of words) url.searchParams.append(highlightParam, word);
  return hrefOf(url);
}

/** The words to highlight from a page's query string: few and short, so a hostile address cannot flood the page. */
export function highlightTerms(search: string): string[] {
  return new URLSearchParams(search)
    .getAll(highlightParam)
    .map((term) => term.replace(/\s+/g, ' ').trim().slice(0, maxLength))
    .filter((term) => term.length > 1)
    .slice(0, maxTerms);
}

/** The address without the highlight words, for when they are cleared. */
export function withoutHighlight(href: string): string {
  const url = siteUrl(href);
  url.searchParams.delete(highlightParam);
  return hrefOf(url);
}
