// The spelling list, made at build time from the words put into the search index, most used first (Node only).
import { gzipSync } from 'node:zlib';
import { detached } from '../detached';

/** Words worth suggesting: letters only (an apostrophe or hyphen inside), three letters or more. */
const wordPattern = /[a-z][a-z'’-]*[a-z]/g;

/** Each word of a text worth suggesting, and how often it is there. The words are views of the text: keep them with `addWordCounts`. */
export function wordsOf(text: string): Map<string, number> {
  const words = new Map<string, number>();
  for (const word of text.toLowerCase().match(wordPattern) ?? []) {
    if (word.length < 3 || word.length > 30) continue;
    words.set(word, (words.get(word) ?? 0) + 1);
  }
  return words;
}

/** Adds counted words to a running count. */
export function addWordCounts(counts: Map<string, number>, words: Iterable<[string, number]>): void {
  for (const [word, count] of words) {
    const before = counts.get(word);
    // A new word is kept in a string of its own, not as a view of the whole text it was found in.
    if (before === undefined) counts.set(detached([word])[0]!, count);
    else counts.set(word, before + count);
  }
}

/** Adds the words of a text to a running count. */
export function countWords(text: string, counts: Map<string, number>): void {
  addWordCounts(counts, wordsOf(text));
}

/**
 * The spelling list: most used words first, so a suggestion prefers the common word. Rare words are dropped until the
 * list fits the budget gzipped, so it stays small however large the site grows.
 */
export function spellingList(counts: Map<string, number>, maxGzipBytes: number): string[] {
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
  const size = (count: number) => gzipSync(JSON.stringify(words.slice(0, count))).length;
  if (size(words.length) <= maxGzipBytes) return words;
  let [low, high] = [0, words.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (size(middle) <= maxGzipBytes) low = middle;
    else high = middle - 1;
  }
  return words.slice(0, low);
}
