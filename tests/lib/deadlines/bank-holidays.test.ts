import { describe, expect, it } from 'vitest';
import { bankHolidays, easterSunday } from '../../../src/lib/deadlines/bank-holidays';
import { toIsoDate } from '../../../src/lib/dates';

// England and Wales bank holidays as GOV.UK published them (www.gov.uk/bank-holidays), typed in from those lists.
const published: Record<number, string[]> = {
  2019: [
    '2019-01-01',
    '2019-04-19',
    '2019-04-22',
    '2019-05-06',
    '2019-05-27',
    '2019-08-26',
    '2019-12-25',
    '2019-12-26',
  ],
  2020: [
    '2020-01-01',
    '2020-04-10',
    '2020-04-13',
    '2020-05-08',
    '2020-05-25',
    '2020-08-31',
    '2020-12-25',
    '2020-12-28',
  ],
  2021: [
    '2021-01-01',
    '2021-04-02',
    '2021-04-05',
    '2021-05-03',
    '2021-05-31',
    '2021-08-30',
    '2021-12-27',
    '2021-12-28',
  ],
  2022: [
    '2022-01-03',
    '2022-04-15',
    '2022-04-18',
    '2022-05-02',
    '2022-06-02',
    '2022-06-03',
    '2022-08-29',
    '2022-09-19',
    '2022-12-26',
    '2022-12-27',
  ],
  2023: [
    '2023-01-02',
    '2023-04-07',
    '2023-04-10',
    '2023-05-01',
    '2023-05-08',
    '2023-05-29',
    '2023-08-28',
    '2023-12-25',
    '2023-12-26',
  ],
  2024: [
    '2024-01-01',
    '2024-03-29',
    '2024-04-01',
    '2024-05-06',
    '2024-05-27',
    '2024-08-26',
    '2024-12-25',
    '2024-12-26',
  ],
  2025: [
    '2025-01-01',
    '2025-04-18',
    '2025-04-21',
    '2025-05-05',
    '2025-05-26',
    '2025-08-25',
    '2025-12-25',
    '2025-12-26',
  ],
  2026: [
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-04',
    '2026-05-25',
    '2026-08-31',
    '2026-12-25',
    '2026-12-28',
  ],
  2027: [
    '2027-01-01',
    '2027-03-26',
    '2027-03-29',
    '2027-05-03',
    '2027-05-31',
    '2027-08-30',
    '2027-12-27',
    '2027-12-28',
  ],
  2028: [
    '2028-01-03',
    '2028-04-14',
    '2028-04-17',
    '2028-05-01',
    '2028-05-29',
    '2028-08-28',
    '2028-12-25',
    '2028-12-26',
  ],
};

describe('England and Wales bank holidays', () => {
  it.each(Object.entries(published))('match the published list for %s', (year, dates) => {
    expect(bankHolidays(Number(year)).map((holiday) => holiday.date)).toEqual(dates);
  });

  it('name the substitute days, the moved holidays and the one-off days', () => {
    const names = (year: number) =>
      Object.fromEntries(bankHolidays(year).map((holiday) => [holiday.date, holiday.name]));
    expect(names(2026)['2026-12-28']).toBe('Boxing Day (substitute day)');
    expect(names(2027)['2027-12-27']).toBe('Christmas Day (substitute day)');
    expect(names(2022)['2022-01-03']).toBe('New Year’s Day (substitute day)');
    expect(names(2020)['2020-05-08']).toMatch(/VE Day/);
    expect(names(2023)['2023-05-08']).toMatch(/Coronation/);
    expect(names(2022)['2022-09-19']).toMatch(/State Funeral/);
  });

  it('find Easter Sunday for years with early and late Easters', () => {
    expect(toIsoDate(easterSunday(2008))).toBe('2008-03-23');
    expect(toIsoDate(easterSunday(2011))).toBe('2011-04-24');
    expect(toIsoDate(easterSunday(2038))).toBe('2038-04-25');
    expect(toIsoDate(easterSunday(2285))).toBe('2285-03-22');
  });

  it('always give eight or more holidays, never on a weekend', () => {
    for (let year = 1995; year <= 2099; year += 1) {
      const holidays = bankHolidays(year);
      expect(holidays.length).toBeGreaterThanOrEqual(8);
      for (const holiday of holidays) expect([0, 6]).not.toContain(new Date(`${holiday.date}T00:00:00Z`).getUTCDay());
    }
  });

  it('refuse a year the calendar does not cover rather than guess', () => {
    expect(() => bankHolidays(2100)).toThrow(/only known for 1995 to 2099/);
    expect(() => bankHolidays(1994)).toThrow(RangeError);
  });
});
