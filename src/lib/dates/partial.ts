// Dates as the sources give them: a day, a month or only a year, shown with no more precision than we have.
import { monthNames } from './names';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "2021", "2021-06" or "2021-06-01"; returns undefined for anything else, including impossible days. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = partialDatePattern.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year, month))) return undefined;
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "1 June 2021", "June 2021" or "2021". */
export function formatPartialDate(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  const month = monthNames[date.month - 1];
  return date.day === undefined ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}

/** ISO text with the precision we have, for <time datetime>. */
export function isoPartialDate(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * The last day a partial date can mean: a review due in "June 2022" is not overdue until June is over.
 * Returned as a UTC midnight Date.
 */
export function lastDayOf(date: PartialDate): Date {
  const month = date.month ?? 12;
  const day = date.day ?? daysInMonth(date.year, month);
  return new Date(Date.UTC(date.year, month - 1, day));
}

export type ReviewStatus = 'overdue' | 'due-soon' | 'current';

/** Overdue once the due date has passed; due soon within `soonDays` days of it. */
export function reviewStatus(due: PartialDate, today: Date, soonDays = 60): ReviewStatus {
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const dueUtc = lastDayOf(due).getTime();
  if (todayUtc > dueUtc) return 'overdue';
  if (dueUtc - todayUtc <= soonDays * 86_400_000) return 'due-soon';
  return 'current';
}
