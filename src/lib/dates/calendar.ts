// Calendar arithmetic on plain dates ("2026-11-23"), with no time zone to go wrong: every date is a UTC midnight.

import { monthNames, weekdayNames } from './names';

export type IsoDate = string;

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date, or undefined for anything that is not a real calendar date ("2026-02-30", "23/11/2026"). */
export function parseIsoDate(text: string): Date | undefined {
  const match = isoPattern.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date;
}

export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/**
 * Calendar months, as people count them: 31 January plus one month is the last day of February,
 * 29 February plus twelve months is 28 February.
 */
export function addMonths(date: Date, months: number): Date {
  const targetMonth = date.getUTCMonth() + months;
  const year = date.getUTCFullYear() + Math.floor(targetMonth / 12);
  const month = ((targetMonth % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

export function isWeekend(date: Date): boolean {
  const day = date.getUTCDay();
  return day === 0 || day === 6;
}

export function weekdayName(date: Date): string {
  return weekdayNames[date.getUTCDay()]!;
}

/** "Monday 23 November 2026": the GOV.UK way of writing a date, with the day so staff can see weekends. */
export function formatLongDate(date: Date): string {
  return `${weekdayName(date)} ${date.getUTCDate()} ${monthNames[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}
