// Partial dates from the sources: parsing, wording with only the precision we have, and review status.
import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  formatPartialDate,
  isoPartialDate,
  lastDayOf,
  parsePartialDate,
  reviewStatus,
} from '../../../src/lib/dates';

describe('parsePartialDate', () => {
  it('reads a day, a month or only a year, keeping only the precision written', () => {
    expect(parsePartialDate('2021-06-01')).toEqual({ year: 2021, month: 6, day: 1 });
    expect(parsePartialDate('2021-06')).toEqual({ year: 2021, month: 6, day: undefined });
    expect(parsePartialDate('2021')).toEqual({ year: 2021, month: undefined, day: undefined });
  });

  it('ignores spaces around the date', () => {
    expect(parsePartialDate('  2021-06 ')).toEqual({ year: 2021, month: 6, day: undefined });
  });

  it('rejects a day that does not exist in the month, such as 30 February', () => {
    expect(parsePartialDate('2021-02-30')).toBeUndefined();
    expect(parsePartialDate('2021-04-31')).toBeUndefined();
    expect(parsePartialDate('2021-06-00')).toBeUndefined();
  });

  it('rejects a month that does not exist', () => {
    expect(parsePartialDate('2021-13')).toBeUndefined();
    expect(parsePartialDate('2021-00')).toBeUndefined();
    expect(parsePartialDate('2021-13-01')).toBeUndefined();
  });

  it('accepts 29 February only in a leap year', () => {
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parsePartialDate('2023-02-29')).toBeUndefined();
  });

  it('rejects dates written in other formats', () => {
    for (const text of ['01/06/2021', '2021-6-1', '21-06-01', 'June 2021', '2021-06-01T00:00:00Z', '']) {
      expect(parsePartialDate(text), text).toBeUndefined();
    }
  });
});

describe('daysInMonth', () => {
  it('knows the length of each month, including February in leap years', () => {
    expect(daysInMonth(2021, 1)).toBe(31);
    expect(daysInMonth(2021, 4)).toBe(30);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2021, 12)).toBe(31);
  });
});

describe('formatPartialDate', () => {
  it('shows a day as "1 June 2021"', () => {
    expect(formatPartialDate({ year: 2021, month: 6, day: 1 })).toBe('1 June 2021');
  });

  it('shows a month as "June 2021", never inventing a day', () => {
    expect(formatPartialDate({ year: 2021, month: 6 })).toBe('June 2021');
  });

  it('shows only the year when that is all the source gives', () => {
    expect(formatPartialDate({ year: 2021 })).toBe('2021');
  });

  it('names every month in full', () => {
    expect(formatPartialDate({ year: 2022, month: 1 })).toBe('January 2022');
    expect(formatPartialDate({ year: 2022, month: 12, day: 31 })).toBe('31 December 2022');
  });
});

describe('isoPartialDate', () => {
  it('gives <time datetime> text with the same precision as the date', () => {
    expect(isoPartialDate({ year: 2021, month: 6, day: 1 })).toBe('2021-06-01');
    expect(isoPartialDate({ year: 2021, month: 6 })).toBe('2021-06');
    expect(isoPartialDate({ year: 2021 })).toBe('2021');
  });

  it('round-trips through parsePartialDate', () => {
    for (const text of ['2021-06-01', '2021-06', '2021', '2024-02-29']) {
      expect(isoPartialDate(parsePartialDate(text)!)).toBe(text);
    }
  });
});

describe('lastDayOf', () => {
  it('treats a month as meaning its last day', () => {
    expect(lastDayOf({ year: 2022, month: 6 }).toISOString()).toBe('2022-06-30T00:00:00.000Z');
    expect(lastDayOf({ year: 2024, month: 2 }).toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('treats a year as meaning 31 December', () => {
    expect(lastDayOf({ year: 2022 }).toISOString()).toBe('2022-12-31T00:00:00.000Z');
  });

  it('keeps a full date as that day', () => {
    expect(lastDayOf({ year: 2022, month: 6, day: 15 }).toISOString()).toBe('2022-06-15T00:00:00.000Z');
  });
});

describe('reviewStatus', () => {
  const on = (iso: string) => new Date(`${iso}T12:00:00Z`);

  it('is overdue the day after the review date', () => {
    expect(reviewStatus({ year: 2022, month: 6, day: 15 }, on('2022-06-16'))).toBe('overdue');
  });

  it('is due soon, not overdue, on the review date itself', () => {
    expect(reviewStatus({ year: 2022, month: 6, day: 15 }, on('2022-06-15'))).toBe('due-soon');
  });

  it('does not call a review due in "June 2022" overdue until June is over', () => {
    const due = { year: 2022, month: 6 };
    expect(reviewStatus(due, on('2022-06-01'))).toBe('due-soon');
    expect(reviewStatus(due, on('2022-06-30'))).toBe('due-soon');
    expect(reviewStatus(due, on('2022-07-01'))).toBe('overdue');
  });

  it('does not call a review due in "2022" overdue until the year is over', () => {
    expect(reviewStatus({ year: 2022 }, on('2022-12-31'))).toBe('due-soon');
    expect(reviewStatus({ year: 2022 }, on('2023-01-01'))).toBe('overdue');
  });

  it('is due soon within 60 days of the review date and current before that', () => {
    const due = { year: 2022, month: 6, day: 30 };
    expect(reviewStatus(due, on('2022-05-01'))).toBe('due-soon'); // 60 days before
    expect(reviewStatus(due, on('2022-04-30'))).toBe('current'); // 61 days before
  });

  it('uses a different "due soon" window when asked', () => {
    const due = { year: 2022, month: 6, day: 30 };
    expect(reviewStatus(due, on('2022-06-20'), 7)).toBe('current');
    expect(reviewStatus(due, on('2022-06-23'), 7)).toBe('due-soon');
  });

  it('judges by the calendar day, whatever the time of day', () => {
    const due = { year: 2022, month: 6, day: 15 };
    expect(reviewStatus(due, new Date('2022-06-15T23:59:59Z'))).toBe('due-soon');
    expect(reviewStatus(due, new Date('2022-06-16T00:00:01Z'))).toBe('overdue');
  });
});
