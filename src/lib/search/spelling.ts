// Spelling help in the browser, which never rewrites a right word: a word is left alone if the site's spelling list
// (every word in the index, glossary terms and acronyms included; see spelling-list.ts) has it, if it is typed as an
// acronym, or if the English dictionary knows it. Only a word known nowhere gets the nearest word in the list
// ("recal" → "recall"), as GOV.UK's "Did you mean …?" offers.

/** Edit distance counting a swap of two neighbouring letters as one edit ("recieve" is one from "receive"). */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, index) => index)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

export interface SpellingIndex {
  known: Set<string>;
  /** True when the list holds every indexed word, so a word not in it cannot be found as it is spelt. */
  isComplete: boolean;
  /** Words in order of use, most used first. */
  words: string[];
}

export function spellingIndex(words: string[], isComplete = false): SpellingIndex {
  return { known: new Set(words), words, isComplete };
}

/** Reads the spelling list as the build writes it ({ complete, words }); anything malformed gives no suggestions. */
export function parseSpellingList(value: unknown): SpellingIndex | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { complete, words } = value as { complete?: unknown; words?: unknown };
  if (!Array.isArray(words)) return undefined;
  const list = words.filter((word): word is string => typeof word === 'string');
  return list.length ? spellingIndex(list, complete === true) : undefined;
}

const endings = [/s$/, /es$/, /ed$/, /ing$/, /'s$/, /’s$/];

/** True when the two words are the same, or the same but for a common ending ("letter" and "letters"). */
function isSameWord(a: string, b: string): boolean {
  const without = (word: string, ending: RegExp) => ending.test(word) && word.replace(ending, '');
  return a === b || endings.some((ending) => without(a, ending) === b || without(b, ending) === a);
}

/** True when the word, or the word without a common ending, is in the set. */
function isIn(word: string, known: Set<string>): boolean {
  return known.has(word) || endings.some((ending) => ending.test(word) && known.has(word.replace(ending, '')));
}

/** True when a word is one a suggestion could be made for: three or more letters, and nothing but letters. */
function canSuggest(word: string): boolean {
  return word.length >= 3 && /^[a-z'’-]+$/.test(word);
}

/** The words Pagefind marked in result excerpts (`<mark>word</mark>`), lower-cased, as the pages spell them. */
export function markedWords(excerpts: string[]): Set<string> {
  const words = new Set<string>();
  for (const excerpt of excerpts) {
    for (const [, text = ''] of excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)) {
      const word = text.toLowerCase().replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
      if (word) words.add(word);
    }
  }
  return words;
}

/**
 * The query words the results did not match as typed. Pagefind also matches the start of a longer word ("recal"
 * finds "recall"), so results alone do not prove a word is spelt right; but a word matched as typed cannot be
 * misspelt, and when every word is, the spelling list need not be fetched at all.
 */
export function wordsNotMatchedAsTyped(terms: string[], marked: Set<string>): string[] {
  return terms.filter((term) => {
    const word = term.toLowerCase();
    return canSuggest(word) && ![...marked].some((found) => isSameWord(found, word));
  });
}

/** A real-word dictionary: true for a word it knows, in any of the forms its rules allow ("churches"). */
export interface Dictionary {
  correct(word: string): boolean;
}

/** The words no one knows: not in the site's list (see `wordsUnknownToSite`) and not in the dictionary either. */
export function wordsKnownNowhere(unknownToSite: string[], dictionary: Dictionary): string[] {
  return unknownToSite.filter((word) => !dictionary.correct(word) && !dictionary.correct(word.toLowerCase()));
}

/** A word typed with two or more capitals ("OMA", "OMiC", "PDUs"): an acronym, never rewritten as another word. */
export function isTypedAsAcronym(word: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(word);
}

/** The query words the site's list does not have (plural and other common endings allowed), acronyms included. */
export function wordsNotInList(terms: string[], index: SpellingIndex): string[] {
  return terms.filter((term) => {
    const word = term.toLowerCase();
    return canSuggest(word) && !isIn(word, index.known);
  });
}

/**
 * The query words the site's list does not know, so that only the dictionary can vouch for them: those not in the
 * list, less acronyms, which are never rewritten.
 */
export function wordsUnknownToSite(terms: string[], index: SpellingIndex): string[] {
  return wordsNotInList(terms, index).filter((term) => !isTypedAsAcronym(term));
}

/**
 * The nearest word in the list to a word the list does not have: one edit away for words of up to five letters, two
 * for longer ones; among equals, the most used. Undefined when the word is known, too short, or nothing is close.
 */
export function suggestWord(raw: string, index: SpellingIndex): string | undefined {
  const word = raw.toLowerCase();
  if (!canSuggest(word) || isIn(word, index.known)) return undefined;
  const limit = word.length <= 5 ? 1 : 2;
  let best: { word: string; distance: number } | undefined;
  for (const candidate of index.words) {
    if (Math.abs(candidate.length - word.length) > limit || candidate[0] !== word[0]) continue;
    const distance = editDistance(word, candidate, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance };
    if (best?.distance === 1) break;
  }
  return best?.word;
}

/**
 * The query as typed with each misspelt word (a word known nowhere: see above) replaced by its suggestion, every other
 * word kept as it is; undefined when no misspelt word has a suggestion.
 */
export function suggestQuery(query: string, index: SpellingIndex, misspelt: string[]): string | undefined {
  let changed = false;
  const corrected = query.replace(/[\p{L}\p{N}'’-]+/gu, (word) => {
    const suggestion = misspelt.includes(word) ? suggestWord(word, index) : undefined;
    if (!suggestion) return word;
    changed = true;
    return suggestion;
  });
  return changed ? corrected : undefined;
}

/**
 * The words, of those the list does not have, that are in no page, not even as the start of a longer word ("recal"
 * is the start of "recall", which Pagefind finds). With one of them the words as typed find nothing. Only a complete
 * list can say so.
 */
export function wordsInNoPage(words: string[], index: SpellingIndex): string[] {
  if (!index.isComplete) return [];
  return words.filter((term) => {
    const word = term.toLowerCase();
    return !index.words.some((known) => known.startsWith(word));
  });
}
