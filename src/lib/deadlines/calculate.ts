// Works out every deadline a source sets from an event and a date: working days skip weekends and England and
// Wales bank holidays; calendar days, weeks, months and years do not, exactly as each source counts them.
import { formatTimescale, timescaleBadge } from '../timescales/phrase';
import { bankHolidayOn, firstSupportedYear, lastSupportedYear } from './bank-holidays';
import { addDays, addMonths, daysBetween, formatLongDate, parseIsoDate, toIsoDate, utcDate } from '../dates';
import { eventById, type DeadlineEvent, type DeadlineRule } from './rules';
import { addWorkingDays, nonWorkingReason } from './working-days';

/** The years a date may be entered for: the bank-holiday calendar must cover every count made from it. */
export const firstInputYear = firstSupportedYear + 1;
export const lastInputYear = lastSupportedYear - 2;

export interface DateFields {
  day: string;
  month: string;
  year: string;
}

export interface FieldError {
  field: 'event' | 'day' | 'month' | 'year' | 'time';
  message: string;
}

/** Reads the GOV.UK day / month / year fields; errors are worded as the GOV.UK date input pattern words them. */
export function readDateFields(fields: DateFields): { date: Date } | { errors: FieldError[] } {
  const parts = { day: fields.day.trim(), month: fields.month.trim(), year: fields.year.trim() };
  const missing = (['day', 'month', 'year'] as const).filter((field) => parts[field] === '');
  if (missing.length === 3) return { errors: [{ field: 'day', message: 'Enter the date of the event' }] };
  if (missing.length) {
    return {
      errors: [{ field: missing[0]!, message: `The date of the event must include a ${missing.join(' and ')}` }],
    };
  }
  const notNumbers = (['day', 'month', 'year'] as const).filter((field) => !/^\d+$/.test(parts[field]));
  if (notNumbers.length)
    return {
      errors: [
        {
          field: notNumbers[0]!,
          message: 'The date of the event must be a real date, written in numbers, for example 27 3 2026',
        },
      ],
    };
  if (parts.year.length !== 4)
    return { errors: [{ field: 'year', message: 'The year must include 4 numbers, for example 2026' }] };
  const year = Number(parts.year);
  const date = parseIsoDate(`${parts.year}-${parts.month.padStart(2, '0')}-${parts.day.padStart(2, '0')}`);
  if (!date) {
    const field = Number(parts.month) < 1 || Number(parts.month) > 12 ? 'month' : 'day';
    return { errors: [{ field, message: 'The date of the event must be a real date' }] };
  }
  if (year < firstInputYear || year > lastInputYear) {
    return {
      errors: [
        {
          field: 'year',
          message: `The year must be between ${firstInputYear} and ${lastInputYear}: bank holidays are only known for those years`,
        },
      ],
    };
  }
  return { date };
}

/** "14:30" or "2:30pm"; undefined for an empty field; an error for anything else. */
export function readTime(text: string): { minutes?: number } | { error: FieldError } {
  const value = text.trim().toLowerCase().replace(/\s+/g, '');
  if (value === '') return {};
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm)?$/.exec(value);
  if (match) {
    let hours = Number(match[1]);
    const minutes = Number(match[2] ?? '0');
    const suffix = match[3];
    if (suffix && hours >= 1 && hours <= 12) hours = (hours % 12) + (suffix === 'pm' ? 12 : 0);
    else if (suffix) hours = 99;
    if (hours <= 23 && minutes <= 59 && (suffix || match[2] !== undefined)) return { minutes: hours * 60 + minutes };
  }
  return {
    error: {
      field: 'time',
      message: 'Enter the time of the event as hours and minutes, for example 14:30 or 2:30pm, or leave it empty',
    },
  };
}

export interface DeadlineResult {
  rule: DeadlineRule;
  /** The timescale in words, as the rest of the site writes it: "within 2 working days". */
  timescale: string;
  counting: string;
  /** The date the deadline falls on (the day, for deadlines counted in hours). */
  date: Date;
  iso: string;
  /** The date in words, with the time when the deadline is counted in hours and the time is known. */
  when: string;
  /** Working days the count skipped because they were bank holidays. */
  skippedHolidays: string[];
  /** Plain warnings: a calendar-day deadline that falls on a weekend or a bank holiday. */
  warnings: string[];
}

export interface Calculation {
  event: DeadlineEvent;
  start: Date;
  startText: string;
  /** Said when the event date is itself not a working day. */
  startNote?: string;
  results: DeadlineResult[];
}

const unitCounting: Record<DeadlineRule['unit'], string> = {
  'working-days': 'Working days: weekends and bank holidays skipped',
  days: 'Calendar days: weekends and bank holidays count',
  weeks: 'Calendar weeks',
  months: 'Calendar months',
  years: 'Calendar years',
  hours: 'Hours, around the clock',
};

/** Bank holidays on weekdays strictly after `from` and up to `to` (either way round): the days a working-day count skipped. */
function holidaysBetween(from: Date, to: Date): string[] {
  const start = from <= to ? from : to;
  const span = Math.abs(daysBetween(from, to));
  const names: string[] = [];
  for (let offset = from <= to ? 1 : 0; offset <= span - (from <= to ? 0 : 1); offset += 1) {
    const date = addDays(start, offset);
    const holiday = bankHolidayOn(date);
    if (holiday && date.getUTCDay() % 6 !== 0) names.push(`${holiday.name}, ${formatLongDate(date)}`);
  }
  return names;
}

function formatTime(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const mins = minutes % 60;
  const suffix = hours < 12 ? 'am' : 'pm';
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return mins === 0 && (hours === 0 || hours === 12)
    ? hours === 0
      ? 'midnight'
      : 'midday'
    : `${twelve}${mins ? `:${String(mins).padStart(2, '0')}` : ''}${suffix}`;
}

function applyRule(rule: DeadlineRule, start: Date, startMinutes: number | undefined): DeadlineResult {
  const sign = rule.direction === 'before' ? -1 : 1;
  let date: Date;
  let when: string | undefined;
  switch (rule.unit) {
    case 'working-days':
      date = addWorkingDays(start, sign * rule.amount);
      break;
    case 'days':
      date = addDays(start, sign * rule.amount);
      break;
    case 'weeks':
      date = addDays(start, sign * rule.amount * 7);
      break;
    case 'months':
      // "Every calendar month": the next falls in the following calendar month, so by its last day.
      if (rule.isCalendarMonthly)
        date = addDays(addMonths(utcDate(start.getUTCFullYear(), start.getUTCMonth() + 1, 1), 2), -1);
      // Half months (NS 4.3.6's 7.5 and 4.5 months before release) count as whole months and then 15 days.
      else date = addDays(addMonths(start, sign * Math.trunc(rule.amount)), sign * Math.round((rule.amount % 1) * 30));
      break;
    case 'years':
      date = addMonths(start, sign * rule.amount * 12);
      break;
    case 'hours': {
      if (startMinutes === undefined) {
        date = addDays(start, Math.floor(rule.amount / 24));
        when =
          rule.amount % 24 === 0
            ? `${formatLongDate(date)}, at the same time of day as the event`
            : `${timescaleBadge(rule.timescale)} after the time of the event on ${formatLongDate(start)} (add the time of the event to work it out)`;
      } else {
        const total = startMinutes + rule.amount * 60;
        date = addDays(start, Math.floor(total / 1440));
        when = `${formatLongDate(date)} at ${formatTime(total % 1440)}`;
      }
      break;
    }
  }
  const warnings: string[] = [];
  const reason = nonWorkingReason(date);
  if (reason && rule.unit !== 'working-days' && rule.unit !== 'hours') {
    warnings.push(
      `This falls on a non-working day (${reason}). It is counted in calendar time, so the date does not move${rule.kind === 'deadline' ? ': plan to act before it' : ''}.`,
    );
  }
  return {
    rule,
    timescale: formatTimescale(rule.timescale),
    // Where the source says plain "days", the count is the site's reading, not the source's (NS-14).
    counting:
      rule.unit === 'days' && rule.timescale.isDayCountUnstated
        ? 'Calendar days, as the site reads the source’s plain “days”: weekends and bank holidays count'
        : unitCounting[rule.unit],
    date,
    iso: toIsoDate(date),
    when: when ?? formatLongDate(date),
    skippedHolidays: rule.unit === 'working-days' ? holidaysBetween(start, date) : [],
    warnings,
  };
}

export function calculateDeadlines(eventId: string, start: Date, startMinutes?: number): Calculation | undefined {
  const event = eventById(eventId);
  if (!event) return undefined;
  const reason = nonWorkingReason(start);
  return {
    event,
    start,
    startText:
      startMinutes === undefined || !event.needsTime
        ? formatLongDate(start)
        : `${formatLongDate(start)} at ${formatTime(startMinutes)}`,
    startNote: reason
      ? `${formatLongDate(start)} is not a working day (${reason}). Counts in working days start from the next working day.`
      : undefined,
    results: event.rules.map((rule) => applyRule(rule, start, startMinutes)),
  };
}
