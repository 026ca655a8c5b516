// Turns the question staff type ("how long do I have to send a warning letter?") into the words worth searching for.

const stopWords = new Set(
  `a an and any are as at be been by can could do does did for from has have having how i if in into is it its me my
  of on or our should so than that the their them then there these they this to too was we were what when where which
  who whom whose why will with would you your long much many often need needs must get got about tell find`
    .split(/\s+/)
    .filter(Boolean),
);

/** The meaningful words of a query, in order; the whole query if every word is a stop word. */
export function searchTerms(query: string): string[] {
  const words = query
    .replace(/[?!.,;:()"“”‘’]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const meaningful = words.filter((word) => !stopWords.has(word.toLowerCase()));
  return meaningful.length ? meaningful : words;
}

export interface Scored {
  id: string;
  score: number;
}

/** Merges results of single-word searches: pages matching more of the words, and matching them better, come first. */
export function mergeByScore<T extends Scored>(lists: T[][]): T[] {
  const totals = new Map<string, { item: T; score: number; hits: number }>();
  for (const list of lists) {
    for (const item of list) {
      const current = totals.get(item.id);
      if (current) {
        current.score += item.score;
        current.hits += 1;
      } else totals.set(item.id, { item, score: item.score, hits: 1 });
    }
  }
  return [...totals.values()].sort((a, b) => b.hits - a.hits || b.score - a.score).map((entry) => entry.item);
}

/**
 * The key a glossary entry is filed under for best bets: its name in lower case ("MAPPA" → "mappa"). A search word
 * with the same key ("what does MAPPA stand for") finds that entry through a filter and shows it first, without
 * loading any other entry's text. Undefined for a word of one letter, which names no entry.
 */
export function glossaryEntryKey(name: string): string | undefined {
  const key = name.trim().toLowerCase();
  return key.length > 1 ? key : undefined;
}
