import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculateDeadlines, readDateFields, readTime } from '../../../src/lib/deadlines/calculate';
import { parseIsoDate } from '../../../src/lib/dates';
import { deadlineEvents } from '../../../src/lib/deadlines/rules';

const d = (iso: string) => parseIsoDate(iso)!;
const deadlines = (event: string, iso: string, minutes?: number) =>
  Object.fromEntries(calculateDeadlines(event, d(iso), minutes)!.results.map((result) => [result.rule.id, result]));

describe('enforcement deadlines (National Standards 9.1)', () => {
  it('give the letter, evidence, decision, breach and summons days from a failure on a Monday', () => {
    const results = deadlines('failure-to-comply', '2026-11-23');
    expect(results.letter!.iso).toBe('2026-11-25');
    expect(results.evidence!.iso).toBe('2026-11-30');
    expect(results.decision!.iso).toBe('2026-12-01');
    expect(results.breach!.iso).toBe('2026-12-03');
    expect(results.summons!.iso).toBe('2026-12-07');
  });

  it('skip Christmas and New Year and say which bank holidays were skipped', () => {
    const results = deadlines('failure-to-comply', '2026-12-23');
    expect(results.letter!.iso).toBe('2026-12-29');
    expect(results.letter!.skippedHolidays).toEqual([
      'Christmas Day, Friday 25 December 2026',
      'Boxing Day (substitute day), Monday 28 December 2026',
    ]);
    expect(results.summons!.iso).toBe('2027-01-11'); // 24, 29, 30, 31 Dec, 4 to 8 Jan, 11 Jan
  });

  it('start from the next working day when the failure is on a Saturday, and say so', () => {
    const calculation = calculateDeadlines('failure-to-comply', d('2026-11-28'))!;
    expect(calculation.startNote).toMatch(/Saturday 28 November 2026 is not a working day \(Saturday\)/);
    expect(calculation.results[0]!.iso).toBe('2026-12-01');
  });

  it('say plainly where the standard does not give the unit', () => {
    expect(deadlines('failure-to-comply', '2026-11-23').breach!.rule.note).toMatch(
      /without saying working or calendar days/,
    );
  });
});

describe('deadlines counted in calendar time', () => {
  it('count unpaid work from sentence in working days, calendar days and months as the standard does', () => {
    const results = deadlines('community-sentence', '2026-12-21');
    expect(results['first-appointment']!.iso).toBe('2026-12-30'); // 22, 23, 24, (25, 28 holidays) 29, 30
    expect(results['upw-start']!.iso).toBe('2027-01-05');
    expect(results['upw-complete']!.iso).toBe('2027-12-21');
  });

  it('warn when a calendar-day deadline falls on a weekend but do not move it', () => {
    const results = deadlines('community-sentence', '2026-11-13'); // Friday + 15 days = Saturday 28 November
    expect(results['upw-start']!.iso).toBe('2026-11-28');
    expect(results['upw-start']!.warnings[0]).toMatch(/non-working day \(Saturday\).*does not move/);
  });

  it('count months to the end of a shorter month and across a leap year', () => {
    expect(deadlines('community-sentence', '2028-02-29')['upw-complete']!.iso).toBe('2029-02-28');
    expect(deadlines('com-allocation', '2026-11-30')['pre-release-plan']!.iso).toBe('2027-02-28');
  });

  it('count back from a release date, half months as 15 days', () => {
    const results = deadlines('expected-release', '2027-09-30');
    expect(results['ap-referral']!.iso).toBe('2027-03-30');
    expect(results.handover!.iso).toBe('2027-02-13'); // 7 months back = 28 Feb 2027 (end of month), then 15 days
    expect(results['com-responsible']!.iso).toBe('2027-05-15');
    expect(deadlines('handover-date', '2027-02-15')['mpc-email']!.iso).toBe('2027-01-01');
  });

  it('count weeks and hours', () => {
    expect(deadlines('pom-allocation', '2026-11-23')['three-sessions']!.iso).toBe('2027-02-15');
    const recall = deadlines('recall-decision', '2026-11-23', 23 * 60 + 15);
    expect(recall.emergency!.when).toBe('Tuesday 24 November 2026 at 1:15am');
    expect(recall['non-emergency']!.when).toBe('Tuesday 24 November 2026 at 11:15pm');
    expect(deadlines('reception', '2026-11-23').chaplain!.when).toBe(
      'Tuesday 24 November 2026, at the same time of day as the event',
    );
  });
});

describe('the date and time fields', () => {
  it('read a real date', () => {
    expect(readDateFields({ day: '29', month: '2', year: '2028' })).toEqual({ date: d('2028-02-29') });
  });

  it.each([
    [{ day: '', month: '', year: '' }, 'day', 'Enter the date of the event'],
    [{ day: '3', month: '', year: '2026' }, 'month', 'must include a month'],
    [{ day: '', month: '', year: '2026' }, 'day', 'must include a day and month'],
    [{ day: '29', month: '2', year: '2027' }, 'day', 'must be a real date'],
    [{ day: '1', month: '13', year: '2026' }, 'month', 'must be a real date'],
    [{ day: 'x', month: '1', year: '2026' }, 'day', 'written in numbers'],
    [{ day: '1', month: '1', year: '26' }, 'year', '4 numbers'],
    [{ day: '1', month: '1', year: '2199' }, 'year', 'between 1996 and 2097'],
  ])('explain what is wrong with %j', (fields, field, message) => {
    const read = readDateFields(fields);
    expect('errors' in read && read.errors[0]).toMatchObject({ field, message: expect.stringContaining(message) });
  });

  it('read a time as 24-hour or am/pm, or leave it out', () => {
    expect(readTime('14:30')).toEqual({ minutes: 870 });
    expect(readTime('2:30pm')).toEqual({ minutes: 870 });
    expect(readTime('12am')).toEqual({ minutes: 0 });
    expect(readTime('')).toEqual({});
    expect(readTime('25:00')).toHaveProperty('error');
    expect(readTime('<script>')).toHaveProperty('error');
  });
});

describe('every rule', () => {
  const sources = {
    'national-standards': readFileSync(
      new URL('../../fixtures/sources/004_b0e524a7f0054c8a.txt', import.meta.url),
      'utf8',
    ),
  };
  it('cites a section and has a unique id within its event', () => {
    for (const event of deadlineEvents) {
      expect(new Set(event.rules.map((rule) => rule.id)).size).toBe(event.rules.length);
      for (const rule of event.rules) expect(rule.source.section).toMatch(/^(\d+(\.\d+)*|Annex [AB]( [\d.]+)?)$/);
    }
  });

  it('uses a figure the National Standards actually give, followed closely by the words of its unit (tables are flattened, so cells may split them)', () => {
    const words: Record<string, RegExp> = {
      'working-days': /working day|BD/,
      days: /days/,
      weeks: /weeks/,
      months: /months/,
      'half-months': /months/,
      years: /annual|year/,
      hours: /hours/,
    };
    for (const event of deadlineEvents) {
      for (const rule of event.rules.filter((candidate) => candidate.source.framework === 'national-standards')) {
        const figure = rule.unit === 'half-months' ? String(rule.amount / 2) : String(rule.amount);
        const spelled = { 1: 'one', 2: 'two', 3: 'three', 5: 'five', 6: 'six', 12: 'twelve' }[rule.amount] ?? figure;
        const pattern = new RegExp(`\\b(${figure}|${spelled})\\b[\\s\\S]{0,250}?(${words[rule.unit]!.source})`, 'i');
        const dayCount = new RegExp(`day ${figure}\\b|\\b${figure} days|\\b${spelled}-\\s*working days`, 'i');
        expect(sources['national-standards'], `${event.id}/${rule.id}`).toMatch(
          rule.direction === 'day' ? dayCount : pattern,
        );
      }
    }
  });
});
