// The English dictionary search checks a word against before it calls it misspelt: British English (the
// dictionary-en-gb package) read by nspell. Both come from this site, and only when a query has a word the site's own
// spelling list does not know, so a search in the guidance's own words never downloads them.
import type { Dictionary } from '../../lib/search/spelling';

export const dictionaryPath = '/search/english-dictionary.json';

let dictionaryPromise: Promise<Dictionary | undefined> | undefined;

/** The dictionary, loaded once; undefined if it cannot be loaded (then no word is called misspelt). */
export function loadDictionary(): Promise<Dictionary | undefined> {
  dictionaryPromise ??= Promise.all([
    import('nspell'),
    fetch(dictionaryPath).then((response) => (response.ok ? (response.json() as Promise<unknown>) : undefined)),
  ])
    .then(([{ default: nspell }, data]) => {
      const { aff, dic } = (data ?? {}) as { aff?: unknown; dic?: unknown };
      return typeof aff === 'string' && typeof dic === 'string' ? nspell(aff, dic) : undefined;
    })
    .catch(() => undefined);
  return dictionaryPromise;
}
