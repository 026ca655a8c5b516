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

/** A searched word as sections are checked for it: lower case, without punctuation or a common ending. */
function stem(term: string): string {
  const word = term.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return word.length > 4 ? word.replace(/(ing|ed|es|s)$/, '') : word;
}

/** The record a result is, as far as choosing its sections goes. */
export interface MatchedRecord {
  title: string;
  content: string;
  /** Every element with an id in the record, where it starts in `content`. */
  anchors: { id: string; location: number }[];
}

/** A section of the content: not the site's own parts of a page, whose ids start "app-" (its sources, its contents). */
const isContent = (id: string) => !id.startsWith('app-');

/**
 * The sections that matched best, best first. A section scores for each searched word it has, and a word counts for
 * more the fewer of the record's sections have it (in a map whose steps often say "after", "accommodation" picks out
 * the step), for half as much if the record's title has it (it says why the record matched more than which part),
 * and twice as much in the section's own heading. Only sections of the content count, not the part before the first
 * heading (that is the page itself).
 */
export function bestSections<T extends MatchedSection>(
  sections: T[],
  record: MatchedRecord,
  terms: string[],
  limit: number,
): T[] {
  const words = contentWords(record.content).map((word) => word.toLowerCase());
  const starts = [...new Set(record.anchors.filter((anchor) => isContent(anchor.id)).map((anchor) => anchor.location))];
  const allStarts = record.anchors.map((anchor) => anchor.location).sort((a, b) => a - b);
  const textFrom = (start: number) =>
    words.slice(
      start,
      allStarts.find((location) => location > start),
    );
  const has = (text: string[], word: string) => text.some((candidate) => candidate.startsWith(word));
  const title = contentWords(record.title).map((word) => word.toLowerCase());
  const texts = starts.map(textFrom);
  const weights = new Map(
    [...new Set(terms.map(stem).filter(Boolean))].map((word) => {
      const sectionsWith = texts.filter((text) => has(text, word)).length;
      return [word, !sectionsWith ? 0 : (has(title, word) ? 0.5 : 1) * Math.log(1 + texts.length / sectionsWith)];
    }),
  );
  return sections
    .filter((section) => section.anchor && isContent(section.anchor.id))
    .map((section, index) => {
      const text = textFrom(section.anchor!.location);
      const heading = contentWords(section.title).map((word) => word.toLowerCase());
      return {
        section,
        index,
        score: [...weights].reduce(
          (total, [word, weight]) => total + (has(text, word) ? weight : 0) * (has(heading, word) ? 2 : 1),
          0,
        ),
        weight: (section.weighted_locations ?? []).reduce((total, location) => total + location.balanced_score, 0),
      };
    })
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
