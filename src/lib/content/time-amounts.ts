// Finds time amounts written in prose ("within 2 working days", "by day 8"), which would be a second copy of a
// timescale the registry already holds; the build refuses them unless they name a registry entry or are marked.
import type { z } from 'zod';

/** A time amount found in a piece of text: the words as written and where they start in it. */
export interface TimeAmount {
  text: string;
  index: number;
}

const numberWords = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

// A figure not glued to other figures or words: "4.3.6" (a section) and "2021/22" are not amounts.
const figure = String.raw`(?<![\w.,/£$])\d+(?:\.\d+)?(?![\d.]\d|[½¼¾])[½¼¾]?`;
const word = String.raw`\b(?:(?:${numberWords.join('|')}|an?)(?:\s+and\s+a\s+half)?|half(?:\s+an?)?)`;
const unit = String.raw`(?:(?:working|business|calendar|clear)[\s-]+)?(?:hours?|days?|weeks?|fortnights?|months?|years?)\b`;
const amountPattern = new RegExp(String.raw`(?:${figure}|${word})[\s-]+${unit}`, 'gi');

// "by day 8", "day 6": a day of a count. "day 6 April" is a date, and "day one" is too vague to be a deadline.
const months =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const dayNumberPattern = new RegExp(
  String.raw`\b(?:(?:by|on|from|until|before|after)\s+)?(?:working\s+)?day\s+\d+\b(?!\s+(?:${months})\b)`,
  'gi',
);

// A number straight after one of these words is a citation or a label, never a length of time.
const citationWord =
  /\b(?:section|sections|standard|standards|annex|paragraph|para|part|chapter|clause|rule|article|schedule|appendix|version|table|figure|step|question|ss?\.)\s*$/i;

// The length of a sentence or licence is a fact about the case, not a time limit: "10 months or more left to serve",
// "a sentence of less than 12 months", "a 9-month licence".
const sentenceLengthAfter =
  /^\s+(?:or\s+(?:more|less)\s+)?(?:left\s+)?to\s+serve\b|^\s*(?:custodial\s+)?(?:licence|sentence)s?\b/i;
const sentenceLengthBefore =
  /\b(?:sentences?|licences?)\s+of\s+(?:(?:less|more)\s+than\s+|up\s+to\s+|at\s+least\s+)?$/i;

// A figure from 1900 to 2099 before a unit is a year used as a label ("the 2021 week of action"), not an amount.
const isYear = (text: string) => /^(?:19|20)\d\d\b/.test(text);

/** Every time amount in `text`, in order, skipping code in backticks, citations, years and sentence lengths. */
export function findTimeAmounts(text: string): TimeAmount[] {
  // Code in backticks is blanked (same length, so indexes still point into the original text).
  const searchable = text.replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length));
  const found: TimeAmount[] = [];
  for (const pattern of [amountPattern, dayNumberPattern]) {
    for (const match of searchable.matchAll(pattern)) {
      const before = searchable.slice(0, match.index);
      const after = searchable.slice(match.index + match[0].length);
      if (citationWord.test(before) || isYear(match[0])) continue;
      if (sentenceLengthBefore.test(before) || sentenceLengthAfter.test(after)) continue;
      found.push({ text: match[0].replace(/\s+/g, ' '), index: match.index });
    }
  }
  // "by day 8" and "8 days" never overlap in one phrase, but keep the first where they do.
  return found
    .sort((first, second) => first.index - second.index)
    .filter(
      (amount, position, all) =>
        position === 0 || amount.index >= all[position - 1]!.index + all[position - 1]!.text.length,
    );
}

/** Line `index` falls on, counting from the first line of the text as `firstLine`. */
export function lineOf(text: string, index: number, firstLine: number): number {
  return firstLine + (text.slice(0, index).match(/\n/g)?.length ?? 0);
}

/** What an author is told to do about an amount found in prose. */
export const timeAmountAdvice =
  'write it as <Timescale id="..."> naming an entry in src/lib/timescales/registry.ts (add the entry, citing its ' +
  'source section, if the source sets a timescale the registry lacks), or, if it is not a deadline or frequency ' +
  'the sources set (a fact about a document, an example), wrap just the amount: <Amount>12 months</Amount>';

/**
 * A string field of YAML content (journeys, glossary, learning path) that may not write a time amount: there are no
 * components there, so the words say it without the amount and the linked page or step shows the registry's.
 */
export function proseField<Schema extends z.ZodString>(schema: Schema) {
  return schema.superRefine((text, context) => {
    for (const amount of findTimeAmounts(text))
      context.addIssue({
        code: 'custom',
        message:
          `"${amount.text}" is a time amount written in prose: say it without the amount (the page or map step it ` +
          'links to shows the timescale from src/lib/timescales/registry.ts), or, if the source sets a timescale, ' +
          'add it to the registry and show it there',
      });
  });
}
