// The one place a timescale is put into words ("within 2 working days of the failure to comply"): guidance pages,
// `{{id}}` tokens, maps, the quiz, the calculator and search all take their wording from here.
import { joinSentences } from '../sentences';
import { timescaleById, timescaleNotes, type RegisteredTimescale } from './registry';

export const timescaleUnits = ['working-days', 'days', 'hours', 'weeks', 'months', 'years'] as const;
export type TimescaleUnit = (typeof timescaleUnits)[number];

export const timescaleQualifiers = ['within', 'every', 'at-least-every', 'after', 'before', 'by-day', 'up-to'] as const;
export type TimescaleQualifier = (typeof timescaleQualifiers)[number];

export interface Timescale {
  amount: number;
  unit: TimescaleUnit;
  qualifier?: TimescaleQualifier;
  from?: string;
}

/** How the amount reads where the registry does not say: "within". */
export const defaultQualifier: TimescaleQualifier = 'within';

export function qualifierOf(timescale: Pick<Timescale, 'qualifier'>): TimescaleQualifier {
  return timescale.qualifier ?? defaultQualifier;
}

const unitWords: Record<TimescaleUnit, [singular: string, plural: string]> = {
  'working-days': ['working day', 'working days'],
  days: ['day', 'days'],
  hours: ['hour', 'hours'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  years: ['year', 'years'],
};

export function unitLabel(unit: TimescaleUnit, amount: number): string {
  const [singular, plural] = unitWords[unit];
  return amount === 1 ? singular : plural;
}

/** The unit as a column heading or filter option says it: "Working days". */
export function unitHeading(unit: TimescaleUnit): string {
  const label = unitLabel(unit, 2);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The short badge text: "2 working days", "day 6". */
export function timescaleBadge(timescale: Timescale): string {
  const { amount, unit } = timescale;
  if (qualifierOf(timescale) === 'by-day') return unit === 'working-days' ? `working day ${amount}` : `day ${amount}`;
  return `${amount} ${unitLabel(unit, amount)}`;
}

/** "day" rather than "1 day" after "every": every day, at least every year. */
function period(timescale: Timescale): string {
  return timescale.amount === 1 ? unitLabel(timescale.unit, 1) : timescaleBadge(timescale);
}

/** The emphasised part and the rest, so a page can bold the figure: ["within 2 working days", "of the failure to comply"]. */
export function timescaleParts(timescale: Timescale): [lead: string, rest: string] {
  const { from } = timescale;
  const badge = timescaleBadge(timescale);
  switch (qualifierOf(timescale)) {
    case 'within':
      return [`within ${badge}`, from ? `of ${from}` : ''];
    case 'after':
      return [badge, from ? `after ${from}` : 'later'];
    case 'before':
      return [badge, from ? `before ${from}` : 'beforehand'];
    case 'every':
      return [`every ${period(timescale)}`, from ? `from ${from}` : ''];
    case 'at-least-every':
      return [`at least every ${period(timescale)}`, from ? `from ${from}` : ''];
    case 'by-day':
      return [`by ${badge}`, from ? `after ${from}` : ''];
    case 'up-to':
      return [`up to ${badge}`, from ? `from ${from}` : ''];
  }
}

/** The whole phrase: "within 2 working days of the failure to comply". */
export function formatTimescale(timescale: Timescale): string {
  return timescaleParts(timescale).filter(Boolean).join(' ');
}

/**
 * The phrase without its start, for a diagram's badge or a sentence that already says the start: "within 2 working
 * days", "by working day 6", "every day". "28 days before release" keeps its start, since the figure alone would mislead.
 */
export function shortTimescale(timescale: Timescale): string {
  const qualifier = qualifierOf(timescale);
  return qualifier === 'before' || qualifier === 'after' ? formatTimescale(timescale) : timescaleParts(timescale)[0];
}

/** The timescale in words with its notes in brackets, for views that show it as one line of text. */
export function timescaleWithNotes(timescale: RegisteredTimescale): string {
  const notes = timescaleNotes(timescale);
  return notes.length ? `${formatTimescale(timescale)} (${joinSentences(...notes)})` : formatTimescale(timescale);
}

/**
 * `{{id}}` in a scenario's or a guidance diagram's text is the registry's words for that timescale ("within 2 working
 * days of any failure to attend"); `{{id|short}}` is its amount alone ("within 2 working days"), for when the sentence
 * already says the start.
 */
const timescaleToken = /\{\{\s*([^}|\s]+)\s*(?:\|\s*([^}\s]*)\s*)?\}\}/g;

/** The timescale ids a text names in `{{id}}` tokens, in order, each with its form ("short" or none). */
export function timescaleTokens(text: string): { id: string; form: string | undefined }[] {
  return [...text.matchAll(timescaleToken)].map((match) => ({ id: match[1]!, form: match[2] }));
}

/** What is wrong with a text's `{{id}}` tokens: an id the registry does not have, or a form other than "short". */
export function timescaleTokenProblems(text: string): string[] {
  return timescaleTokens(text).flatMap(({ id, form }) => {
    if (!timescaleById(id)) return [`{{${id}}}: no such timescale in src/lib/timescales/registry.ts`];
    if (form !== undefined && form !== 'short') return [`{{${id}|${form}}}: the only form is {{${id}|short}}`];
    return [];
  });
}

/** The text with its `{{id}}` tokens blanked (positions kept), to look for amounts written by hand around them. */
export function withoutTimescaleTokens(text: string): string {
  return text.replace(timescaleToken, (token) => ' '.repeat(token.length));
}

/** The text with each `{{id}}` replaced by the registry's words; unknown ids are left for the schema to report. */
export function expandTimescaleTokens(text: string): string {
  return text.replace(timescaleToken, (token, id: string, form: string | undefined) => {
    const timescale = timescaleById(id);
    if (!timescale) return token;
    return form === 'short' ? timescaleParts(timescale)[0] : formatTimescale(timescale);
  });
}
