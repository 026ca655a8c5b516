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
 * True when a glossary result is the entry for the word searched for: "MAPPA" matches the record titled
 * "MAPPA: Multi-Agency Public Protection Arrangements". Such an entry is shown first, as a best bet.
 */
export function isGlossaryEntryFor(title: string, term: string): boolean {
  const wanted = term.trim().toLowerCase();
  const name = title.split(':')[0]!.trim().toLowerCase();
  return wanted.length > 1 && name === wanted;
}
