// How search orders and shows results, apart from the page: definitions below the pages and steps that answer, and
// which sections of a result (a map's steps, a page's headings) matched best.
import type { Scored } from './query';

/**
 * How much a glossary definition's score counts against a page's or step's. A definition is short and names its term
 * in its title, so it outscores the page that answers the question; it should only come first where nothing else
 * matched as well.
 */
export const definitionWeight = 0.35;

/**
 * The order results are shown in: those with every searched word first, then those with some, each part with
 * definitions below the pages and steps that answer (a definition's score counts `definitionWeight` of a page's among
 * the first, and it comes after them among the rest). A definition never comes first while anything else matched: a
 * query that is just the term shows its definition above the results instead.
 */
export function orderResults<T extends Scored>(withAll: T[], withSome: T[], isDefinition: (result: T) => boolean): T[] {
  const weighted = (result: T) => (isDefinition(result) ? result.score * definitionWeight : result.score);
  const ranked = [
    ...withAll
      .map((result, index) => ({ result, index }))
      .sort((a, b) => weighted(b.result) - weighted(a.result) || a.index - b.index)
      .map(({ result }) => result),
    ...withSome.filter((result) => !isDefinition(result)),
    ...withSome.filter(isDefinition),
  ];
  const firstAnswer = ranked.findIndex((result) => !isDefinition(result));
  if (firstAnswer > 0) ranked.unshift(...ranked.splice(firstAnswer, 1));
  return ranked;
}

/** A part of a result Pagefind matched: a section after a heading, or a step of a map. */
export interface MatchedSection {
  title: string;
  url: string;
  excerpt: string;
  /** Where the words matched, as word positions in the record's content. */
  locations: number[];
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
  anchor?: { id: string; location: number };
}

/** The words of a record's content, split as Pagefind counts positions. */
export function contentWords(content: string): string[] {
  return content.split(/\s+/).filter(Boolean);
}

/** A matched word as it counts for choosing sections: lower case, without punctuation or a plural "s". */
const normalise = (word: string) =>
  word
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/(?<=..)s$/, '');

/**
 * The sections that matched best, best first. A section scores for each different word it matched, and a word counts
 * for more the fewer of the record's sections it is in: in a map whose every step says "hostel", "homeless" picks out
 * the step. Only sections of the content count: not the part before the first heading (that is the page itself),
 * nor the site's own parts of a page, whose ids start "app-" (its list of sources, its contents list).
 */
export function bestSections<T extends MatchedSection>(sections: T[], content: string, limit: number): T[] {
  const words = contentWords(content);
  const candidates = sections.filter((section) => section.anchor && !section.anchor.id.startsWith('app-'));
  const matched = candidates.map(
    (section) => new Set(section.locations.map((location) => normalise(words[location] ?? ''))),
  );
  const sectionsWith = new Map<string, number>();
  for (const set of matched) for (const word of set) sectionsWith.set(word, (sectionsWith.get(word) ?? 0) + 1);
  const rarity = (word: string) => Math.log(1 + candidates.length / sectionsWith.get(word)!);
  return candidates
    .map((section, index) => ({
      section,
      index,
      score: [...matched[index]!].reduce((total, word) => total + rarity(word), 0),
      weight: (section.weighted_locations ?? []).reduce((total, location) => total + location.balanced_score, 0),
    }))
    .sort((a, b) => b.score - a.score || b.weight - a.weight || a.index - b.index)
    .slice(0, limit)
    .map(({ section }) => section);
}

/**
 * The text of one section of a record: its words from its anchor to the next anchor (every anchor of the record, as
 * Pagefind lists them), or to the end.
 */
export function sectionText(content: string, section: MatchedSection, anchors: { location: number }[]): string {
  if (!section.anchor) return content;
  const from = section.anchor.location;
  const next = anchors
    .map((anchor) => anchor.location)
    .filter((location) => location > from)
    .sort((a, b) => a - b)[0];
  return contentWords(content).slice(from, next).join(' ');
}
