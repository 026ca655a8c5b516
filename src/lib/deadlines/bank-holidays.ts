// England and Wales bank holidays, worked out from the rules in the Banking and Financial Dealings Act 1971 and the
// annual proclamations, plus every one-off move or extra day announced so far. Shipped in the build: nothing is
// fetched. A test checks the result against the GOV.UK published lists for 2019 to 2028.
import { addDays, toIsoDate, utcDate, type IsoDate } from '../dates';

/** The years the calendar is known for. Outside them the calculator says so rather than guess. */
export const firstSupportedYear = 1995;
export const lastSupportedYear = 2099;

export interface BankHoliday {
  date: IsoDate;
  name: string;
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utcDate(year, month, day);
}

function firstMonday(year: number, month: number): Date {
  const first = utcDate(year, month, 1);
  return addDays(first, (8 - first.getUTCDay()) % 7);
}

function lastMonday(year: number, month: number): Date {
  const last = utcDate(year, month + 1, 0);
  return addDays(last, -((last.getUTCDay() + 6) % 7));
}

/** Saturday or Sunday moves to the next Monday. */
function substituteMonday(date: Date): Date {
  const day = date.getUTCDay();
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

/** Christmas and Boxing Day: a weekend day moves to the next weekday not already a holiday. */
function christmas(year: number): BankHoliday[] {
  const day = utcDate(year, 12, 25).getUTCDay();
  // Friday: Boxing Day (Saturday) moves to Monday 28. Saturday: Monday 27 and Tuesday 28. Sunday: Monday 26 and Tuesday 27.
  const [christmasDay, boxingDay] = day === 5 ? [25, 28] : day === 6 ? [27, 28] : day === 0 ? [27, 26] : [25, 26];
  return [
    {
      date: toIsoDate(utcDate(year, 12, christmasDay)),
      name: christmasDay === 25 ? 'Christmas Day' : 'Christmas Day (substitute day)',
    },
    {
      date: toIsoDate(utcDate(year, 12, boxingDay)),
      name: boxingDay === 26 ? 'Boxing Day' : 'Boxing Day (substitute day)',
    },
  ];
}

/** Holidays moved by proclamation, by year: the usual date and where it went. */
const moved: Record<number, { from: IsoDate; to: IsoDate; name: string }[]> = {
  1995: [{ from: '1995-05-01', to: '1995-05-08', name: 'Early May bank holiday (VE Day)' }],
  2002: [{ from: '2002-05-27', to: '2002-06-04', name: 'Spring bank holiday' }],
  2012: [{ from: '2012-05-28', to: '2012-06-04', name: 'Spring bank holiday' }],
  2020: [{ from: '2020-05-04', to: '2020-05-08', name: 'Early May bank holiday (VE Day)' }],
  2022: [{ from: '2022-05-30', to: '2022-06-02', name: 'Spring bank holiday' }],
};

/** One-off extra days. */
const extra: BankHoliday[] = [
  { date: '1999-12-31', name: 'Millennium celebrations' },
  { date: '2002-06-03', name: 'Golden Jubilee of Queen Elizabeth II' },
  { date: '2011-04-29', name: 'Wedding of Prince William and Catherine Middleton' },
  { date: '2012-06-05', name: 'Diamond Jubilee of Queen Elizabeth II' },
  { date: '2022-06-03', name: 'Platinum Jubilee of Queen Elizabeth II' },
  { date: '2022-09-19', name: 'State Funeral of Queen Elizabeth II' },
  { date: '2023-05-08', name: 'Coronation of King Charles III' },
];

const cache = new Map<number, BankHoliday[]>();

/** The bank holidays in England and Wales in a year, in date order. */
export function bankHolidays(year: number): BankHoliday[] {
  if (year < firstSupportedYear || year > lastSupportedYear) {
    throw new RangeError(`Bank holidays are only known for ${firstSupportedYear} to ${lastSupportedYear}, not ${year}`);
  }
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const regular: BankHoliday[] = [
    {
      date: toIsoDate(substituteMonday(utcDate(year, 1, 1))),
      name: utcDate(year, 1, 1).getUTCDay() % 6 === 0 ? 'New Year’s Day (substitute day)' : 'New Year’s Day',
    },
    { date: toIsoDate(addDays(easter, -2)), name: 'Good Friday' },
    { date: toIsoDate(addDays(easter, 1)), name: 'Easter Monday' },
    { date: toIsoDate(firstMonday(year, 5)), name: 'Early May bank holiday' },
    { date: toIsoDate(lastMonday(year, 5)), name: 'Spring bank holiday' },
    { date: toIsoDate(lastMonday(year, 8)), name: 'Summer bank holiday' },
    ...christmas(year),
  ];
  const moves = moved[year] ?? [];
  const holidays = [
    ...regular.map((holiday) => {
      const move = moves.find((candidate) => candidate.from === holiday.date);
      return move ? { date: move.to, name: move.name } : holiday;
    }),
    ...extra.filter((holiday) => holiday.date.startsWith(`${year}-`)),
  ].sort((a, b) => a.date.localeCompare(b.date));
  cache.set(year, holidays);
  return holidays;
}

/** The bank holiday on a date, if there is one. */
export function bankHolidayOn(date: Date): BankHoliday | undefined {
  const iso = toIsoDate(date);
  return bankHolidays(date.getUTCFullYear()).find((holiday) => holiday.date === iso);
}
