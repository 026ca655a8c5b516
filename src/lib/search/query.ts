// Turns the question staff type ("how long do I have to send a warning letter?") into the words worth searching for.

const stopWords = new Set(
  `a an and any are as at be been by can could do does did for from has have having how i if in into is it its me my
  of on or our should so than that the their them then there these they this to too was we were what when where which
  who whom whose why will with would you your long much many often need needs must get got about tell find go goes
  going gone went quickly soon someone somebody anyone something happens happen happening please`
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

/**
 * Merges results of single-word searches, as a search for any of the words: each page's scores for the words it has,
 * added up (each score already counts how rare the word is), times the share of the words it has.
 */
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
  const combined = (entry: { score: number; hits: number }) => (entry.score * entry.hits) / lists.length;
  return [...totals.values()].sort((a, b) => combined(b) - combined(a)).map((entry) => entry.item);
}

/**
 * The key a glossary entry is filed under: its name in lower case, with anything but letters and digits as single
 * spaces ("MAPPA" → "mappa", "Multi-Agency Public Protection Arrangements" → "multi agency public protection
 * arrangements"). Undefined for a name of one letter, which names no entry.
 */
export function glossaryEntryKey(name: string): string | undefined {
  const key = name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key.length > 1 ? key : undefined;
}

/** Words that ask what a term means, around the term itself: "what is a", "what does … stand for", "meaning of". */
const askingWhatItMeans = new Set(
  `what whats what's is are a an the does do stand stands for mean means meaning meanings definition define
  of acronym abbreviation explain term`.split(/\s+/),
);

/**
 * The glossary key a query asks about when it is just a term, alone or in a question about what it means ("OMiC",
 * "what is a PDU", "what does MAPPA stand for"); undefined when it has other words too. Whether an entry has that key
 * is for the index to say.
 */
export function bareTermKey(query: string): string | undefined {
  const words = query
    .replace(/[‘’]/g, "'")
    .replace(/[?!.,;:()"“”]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const isAsking = (word: string | undefined) => word !== undefined && askingWhatItMeans.has(word.toLowerCase());
  // Only from the ends: "Ministry of Justice" keeps its "of".
  while (isAsking(words[0])) words.shift();
  while (isAsking(words.at(-1))) words.pop();
  return words.length ? glossaryEntryKey(words.join(' ')) : undefined;
}
