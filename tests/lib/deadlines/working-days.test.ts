import { describe, expect, it } from 'vitest';
import { addMonths, formatLongDate, parseIsoDate, toIsoDate } from '../../../src/lib/dates';
import { addWorkingDays, isWorkingDay, nonWorkingReason } from '../../../src/lib/deadlines/working-days';

const d = (iso: string) => parseIsoDate(iso)!;
const plus = (iso: string, count: number) => toIsoDate(addWorkingDays(d(iso), count));

describe('working days', () => {
  it('count Monday to Friday', () => {
    expect(plus('2026-11-23', 2)).toBe('2026-11-25'); // Monday + 2 = Wednesday
    expect(plus('2026-11-26', 2)).toBe('2026-11-30'); // Thursday + 2 = Monday
    expect(plus('2026-11-23', 0)).toBe('2026-11-23');
  });

  it('start counting on the next working day when the event is on a weekend', () => {
    expect(plus('2026-11-28', 1)).toBe('2026-11-30'); // Saturday + 1 = Monday
    expect(plus('2026-11-29', 2)).toBe('2026-12-01'); // Sunday + 2 = Tuesday
  });

  it('skip Christmas, Boxing Day and New Year, across the year end', () => {
    // Thursday 24 December 2026: Friday 25 and Monday 28 (Boxing Day substitute) are holidays.
    expect(plus('2026-12-24', 1)).toBe('2026-12-29');
    expect(plus('2026-12-24', 6)).toBe('2027-01-06'); // 29, 30, 31 Dec, (1 Jan holiday), 4, 5, 6 Jan
    expect(plus('2027-12-24', 2)).toBe('2027-12-30'); // 27 and 28 are substitute days in 2027
  });

  it('skip Good Friday and Easter Monday', () => {
    expect(plus('2026-04-02', 1)).toBe('2026-04-07'); // Thursday before Easter + 1 = Tuesday after
    expect(plus('2027-03-25', 2)).toBe('2027-03-31');
  });

  it('start from a bank holiday as from a weekend', () => {
    expect(plus('2026-12-25', 1)).toBe('2026-12-29');
    expect(plus('2026-05-25', 1)).toBe('2026-05-26'); // Spring bank holiday
  });

  it('count back over holidays', () => {
    expect(plus('2027-01-04', -1)).toBe('2026-12-31');
    expect(plus('2026-04-07', -1)).toBe('2026-04-02');
  });

  it('count across a leap day', () => {
    expect(plus('2028-02-28', 1)).toBe('2028-02-29');
    expect(plus('2028-02-28', 2)).toBe('2028-03-01');
  });

  it('say why a day is not a working day', () => {
    expect(isWorkingDay(d('2026-11-23'))).toBe(true);
    expect(nonWorkingReason(d('2026-11-28'))).toBe('Saturday');
    expect(nonWorkingReason(d('2026-12-25'))).toBe('Christmas Day (bank holiday)');
    expect(nonWorkingReason(d('2026-11-23'))).toBeUndefined();
  });
});

describe('calendar dates', () => {
  it('refuse dates that do not exist', () => {
    expect(parseIsoDate('2027-02-29')).toBeUndefined();
    expect(parseIsoDate('2028-02-29')).toEqual(new Date(Date.UTC(2028, 1, 29)));
    expect(parseIsoDate('2026-13-01')).toBeUndefined();
    expect(parseIsoDate('23/11/2026')).toBeUndefined();
  });

  it('add months as people count them, to the end of a shorter month', () => {
    expect(toIsoDate(addMonths(d('2027-01-31'), 1))).toBe('2027-02-28');
    expect(toIsoDate(addMonths(d('2028-01-31'), 1))).toBe('2028-02-29');
    expect(toIsoDate(addMonths(d('2028-02-29'), 12))).toBe('2029-02-28');
    expect(toIsoDate(addMonths(d('2026-11-23'), -6))).toBe('2026-05-23');
    expect(toIsoDate(addMonths(d('2026-12-15'), 1))).toBe('2027-01-15');
  });

  it('write dates with the day of the week', () => {
    expect(formatLongDate(d('2026-11-23'))).toBe('Monday 23 November 2026');
  });
});
