// Spelling suggestions in the browser: the nearest word in the spelling list (see spelling-list.ts) to a word that is not
// in it ("recal" → "recall"), as GOV.UK's "Did you mean …?" offers.

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

/** True when the word, or the word without a common ending, is in the list. */
function isKnown(word: string, index: SpellingIndex): boolean {
  if (index.known.has(word)) return true;
  return [/s$/, /es$/, /ed$/, /ing$/, /'s$/, /’s$/].some(
    (ending) => ending.test(word) && index.known.has(word.replace(ending, '')),
  );
}

/**
 * The nearest word in the list to a word the list does not have: one edit away for words of up to five letters, two
 * for longer ones; among equals, the most used. Undefined when the word is known, too short, or nothing is close.
 */
export function suggestWord(raw: string, index: SpellingIndex): string | undefined {
  const word = raw.toLowerCase();
  if (word.length < 3 || !/^[a-z'’-]+$/.test(word) || isKnown(word, index)) return undefined;
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

/** The query with each unknown word replaced by its suggestion, or undefined when every word is known. */
export function suggestQuery(terms: string[], index: SpellingIndex): string | undefined {
  let changed = false;
  const corrected = terms.map((term) => {
    const suggestion = suggestWord(term, index);
    if (!suggestion) return term;
    changed = true;
    return suggestion;
  });
  return changed ? corrected.join(' ') : undefined;
}
