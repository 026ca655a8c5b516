// Working days as HMPPS counts them: Monday to Friday, not an England and Wales bank holiday.
import { bankHolidayOn } from './bank-holidays';
import { addDays, isWeekend } from '../dates';

export function isWorkingDay(date: Date): boolean {
  return !isWeekend(date) && !bankHolidayOn(date);
}

/**
 * The date `count` working days after `start`. The start day itself is day 0, whatever day it is: a failure to
 * comply on a Saturday has its first working day on the Monday. With a negative count, counts back.
 */
export function addWorkingDays(start: Date, count: number): Date {
  const step = count < 0 ? -1 : 1;
  let date = start;
  for (let remaining = Math.abs(count); remaining > 0;) {
    date = addDays(date, step);
    if (isWorkingDay(date)) remaining -= 1;
  }
  return date;
}

/** Why a date is not a working day, in words: "Saturday", "Christmas Day (bank holiday)". */
export function nonWorkingReason(date: Date): string | undefined {
  const holiday = bankHolidayOn(date);
  if (holiday) return `${holiday.name} (bank holiday)`;
  if (isWeekend(date)) return date.getUTCDay() === 6 ? 'Saturday' : 'Sunday';
  return undefined;
}
