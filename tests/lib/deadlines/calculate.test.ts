import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculateDeadlines, readDateFields, readTime } from '../../../src/lib/deadlines/calculate';
import { parseIsoDate } from '../../../src/lib/dates';
import { deadlineEvents, eventById } from '../../../src/lib/deadlines/rules';
import { formatTimescale } from '../../../src/lib/timescales/phrase';
import { allTimescales, timescaleById } from '../../../src/lib/timescales/registry';

const d = (iso: string) => parseIsoDate(iso)!;
const deadlines = (event: string, iso: string, minutes?: number) =>
  Object.fromEntries(calculateDeadlines(event, d(iso), minutes)!.results.map((result) => [result.rule.id, result]));

describe('enforcement deadlines (National Standards 9.1)', () => {
  it('give the letter, evidence, decision, breach and summons days from a failure on a Monday', () => {
    const results = deadlines('failure-to-comply', '2026-11-23');
    expect(results['ns-9.1-letter']!.iso).toBe('2026-11-25');
    expect(results['ns-9.1-evidence']!.iso).toBe('2026-11-30');
    expect(results['ns-9.1-decision']!.iso).toBe('2026-12-01');
    expect(results['ns-9.1-breach']!.iso).toBe('2026-12-03');
    expect(results['ns-9.1-summons']!.iso).toBe('2026-12-07');
  });

  it('skip Christmas and New Year and say which bank holidays were skipped', () => {
    const results = deadlines('failure-to-comply', '2026-12-23');
    expect(results['ns-9.1-letter']!.iso).toBe('2026-12-29');
    expect(results['ns-9.1-letter']!.skippedHolidays).toEqual([
      'Christmas Day, Friday 25 December 2026',
      'Boxing Day (substitute day), Monday 28 December 2026',
    ]);
    expect(results['ns-9.1-summons']!.iso).toBe('2027-01-11'); // 24, 29, 30, 31 Dec, 4 to 8 Jan, 11 Jan
  });

  it('start from the next working day when the failure is on a Saturday, and say so', () => {
    const calculation = calculateDeadlines('failure-to-comply', d('2026-11-28'))!;
    expect(calculation.startNote).toMatch(/Saturday 28 November 2026 is not a working day \(Saturday\)/);
    expect(calculation.results[0]!.iso).toBe('2026-12-01');
  });

  it('say plainly where the standard does not give the unit', () => {
    expect(deadlines('failure-to-comply', '2026-11-23')['ns-9.1-breach']!.rule.note).toMatch(
      /without saying working or calendar days/,
    );
  });
});

describe('deadlines counted in calendar time', () => {
  it('count unpaid work from sentence in working days, calendar days and months as the standard does', () => {
    const results = deadlines('community-sentence', '2026-12-21');
    expect(results['ns-3.3-first-appointment-community']!.iso).toBe('2026-12-30'); // 22, 23, 24, (25, 28 holidays) 29, 30
    expect(results['ns-4.3.5-upw-start']!.iso).toBe('2027-01-05');
    expect(results['ns-4.3.5-upw-complete']).toBeUndefined(); // the standard gives the 12 months no start
  });

  it('warn when a calendar-day deadline falls on a weekend but do not move it', () => {
    const results = deadlines('community-sentence', '2026-11-13'); // Friday + 15 days = Saturday 28 November
    expect(results['ns-4.3.5-upw-start']!.iso).toBe('2026-11-28');
    expect(results['ns-4.3.5-upw-start']!.warnings[0]).toMatch(/non-working day \(Saturday\).*does not move/);
  });

  it('say that a plain “days” count is the site’s reading, where the standard does not say working or calendar days', () => {
    const plan = deadlines('release-first-appointment', '2026-11-13')['ns-4.3.6-initial-sentence-plan']!;
    expect(plan.counting).toBe(
      'Calendar days, as the site reads the source’s plain “days”: weekends and bank holidays count',
    );
    expect(plan.rule.note).toMatch(/“within 15 days of the first appointment” without saying working or calendar days/);
    expect(plan.warnings[0]).not.toMatch(/source counts/);
    for (const id of ['ns-4.3.5-upw-start', 'ns-5.1-crs-assessment', 'ns-5.1-crs-action-plan', 'ns-annex-b-mpc-email'])
      expect(timescaleById(id)!.interpretation, id).toMatch(/without saying working or calendar days/);
  });

  it('count months to the end of a shorter month and across a leap year', () => {
    expect(deadlines('isa-signed', '2028-02-29')['ispf-4.1-annual-review']!.iso).toBe('2029-02-28');
    expect(deadlines('com-allocation', '2026-11-30')['ns-4.3.6-pre-release-plan']!.iso).toBe('2027-02-28');
  });

  it('count back from a release date, half months as 15 days', () => {
    const results = deadlines('expected-release', '2027-09-30');
    expect(results['ns-7.1-ap-referral']!.iso).toBe('2027-03-30');
    expect(results['ns-4.3.6-handover']!.iso).toBe('2027-02-13'); // 7 months back = 28 Feb 2027 (end of month), then 15 days
    expect(results['ns-4.3.6-com-responsible']!.iso).toBe('2027-05-15');
    expect(deadlines('handover-date', '2027-02-15')['ns-annex-b-mpc-email']!.iso).toBe('2027-01-01');
  });

  it('count weeks and hours', () => {
    expect(deadlines('pom-allocation', '2026-11-23')['ns-annex-b-three-sessions']!.iso).toBe('2027-02-15');
    const recall = deadlines('recall-decision', '2026-11-23', 23 * 60 + 15);
    expect(recall['ns-9.3.2-emergency-recall']!.when).toBe('Tuesday 24 November 2026 at 1:15am');
    expect(recall['ns-9.3.2-non-emergency-recall']!.when).toBe('Tuesday 24 November 2026 at 11:15pm');
    expect(deadlines('reception', '2026-11-23')['faith-4.1-reception-visit']!.when).toBe(
      'Tuesday 24 November 2026, at the same time of day as the event',
    );
  });
});

describe('OMiC handover dates (NS 4.3.6 and Annex B)', () => {
  it('ask for the handover and allocation date, so the MPC email and the session window are not 3 months late', () => {
    const hint = eventById('handover-date')!.hint;
    expect(hint).toContain(
      `handed over and allocated to the Community Offender Manager, ${formatTimescale(timescaleById('ns-4.3.6-handover')!)}`,
    );
    expect(hint).toContain('Not the later day the COM becomes responsible');
    // As a user would chain them: the handover date a release date gives, then the dates counted from it.
    const handover = deadlines('expected-release', '2027-09-30')['ns-4.3.6-handover']!.iso;
    expect(handover).toBe('2027-02-13');
    const fromHandover = deadlines('handover-date', handover);
    expect(fromHandover['ns-annex-b-mpc-email']!.iso).toBe('2026-12-30');
    expect(fromHandover['ns-annex-b-pre-handover-sessions']!.iso).toBe('2026-11-13');
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
      for (const rule of event.rules.filter((candidate) => candidate.source.framework === 'national-standards'))
        expect(rule.source.section).toMatch(/^(\d+(\.\d+)*|Annex [AB]( [\d.]+)?)$/);
    }
  });

  it('uses a figure the National Standards actually give, followed closely by the words of its unit (tables are flattened, so cells may split them)', () => {
    const words: Record<string, RegExp> = {
      'working-days': /working day|BD/,
      days: /days/,
      weeks: /weeks/,
      months: /months/,
      years: /annual|year/,
      hours: /hours/,
    };
    for (const event of deadlineEvents) {
      for (const rule of event.rules.filter((candidate) => candidate.source.framework === 'national-standards')) {
        const figure = String(rule.amount);
        const spelled = { 1: 'one', 2: 'two', 3: 'three', 5: 'five', 6: 'six', 12: 'twelve' }[rule.amount] ?? figure;
        const pattern = new RegExp(`\\b(${figure}|${spelled})\\b[\\s\\S]{0,250}?(${words[rule.unit]!.source})`, 'i');
        const dayCount = new RegExp(`day ${figure}\\b|\\b${figure} days|\\b${spelled}-\\s*working days`, 'i');
        // Two the standards write in words rather than a figure and a unit.
        const inWords: Record<string, RegExp> = {
          'ns-annex-a-resettlement-fortnightly': /on a fortnightly basis/,
          'ns-5.4-monthly-contact': /every calendar month/,
        };
        expect(sources['national-standards'], `${event.id}/${rule.id}`).toMatch(
          inWords[rule.id] ?? (rule.direction === 'day' ? dayCount : pattern),
        );
      }
    }
  });
});

describe('the registry behind the calculator', () => {
  it('dates every registry timescale that has a datable start, from that event and no other', () => {
    const dated = deadlineEvents.flatMap((event) => event.rules.map((rule) => `${rule.id} from ${event.id}`));
    const withEvent = allTimescales()
      .filter((timescale) => timescale.event)
      .map((timescale) => `${timescale.id} from ${timescale.event}`);
    expect(dated.sort()).toEqual(withEvent.sort());
  });

  it('words each result exactly as the registry entry is worded everywhere else', () => {
    for (const event of deadlineEvents) {
      const calculation = calculateDeadlines(event.id, d('2026-11-23'))!;
      for (const result of calculation.results) expect(result.timescale).toBe(formatTimescale(result.rule.timescale));
    }
  });

  it('shows the NS 4.3.6 “not applicable until … April 2022” caveat on every OMiC rule it governs', () => {
    const omic = ['ns-4.3.6-handover', 'ns-4.3.6-com-responsible', 'ns-4.3.6-pre-release-plan'];
    const rules = deadlineEvents.flatMap((event) => event.rules);
    for (const id of [...omic, 'ns-4.3.6-initial-sentence-plan'])
      expect(rules.find((rule) => rule.id === id)!.note, id).toMatch(
        /will not apply until the OMiC changes.*April 2022/,
      );
    expect(rules.find((rule) => rule.id === 'ns-4.3.6-short-sentence-plan')!.note ?? '').not.toMatch(/April 2022/);
  });
});

describe('enforcement and recall regressions (NS 9.1 and 9.3.2)', () => {
  it('closes the 5-day evidence window before the day-6 decision, from the one start the site states', () => {
    const results = deadlines('failure-to-comply', '2026-03-05'); // Thursday 5 March 2026
    expect(results['ns-9.1-evidence']!.timescale).toBe('by working day 5 after the last failure to comply');
    expect(results['ns-9.1-evidence']!.iso).toBe('2026-03-12');
    expect(results['ns-9.1-decision']!.iso).toBe('2026-03-13');
    expect(results['ns-9.1-evidence']!.rule.note).toMatch(
      /does not say when the 5 days start or whether they are working days/,
    );
  });

  it('calls the 2-working-day step a letter, not the warning that comes with the decision', () => {
    const results = deadlines('failure-to-comply', '2026-03-05');
    expect(results['ns-9.1-letter']!.rule.task).toMatch(/^Send the person a letter/);
    expect(results['ns-9.1-letter']!.rule.task).not.toMatch(/warning/i);
    expect(results['ns-9.1-decision']!.rule.task).toMatch(/Issue a warning/);
  });

  it('says the standard gives no start for the 2 and 24 hours of a recall', () => {
    const recall = deadlines('recall-decision', '2026-03-05', 9 * 60);
    expect(recall['ns-9.3.2-emergency-recall']!.timescale).toBe('within 2 hours');
    expect(recall['ns-9.3.2-emergency-recall']!.rule.note).toMatch(/does not say when the 2 hours start/);
    expect(recall['ns-9.3.2-non-emergency-recall']!.rule.note).toMatch(/does not say when the 24 hours start/);
  });
});

describe('the timescales the calculator newly covers', () => {
  it('opens the first polygraph window 3 months after release, to the end of a shorter month', () => {
    const first = deadlines('release-polygraph', '2026-11-30')['ns-annex-a-first-polygraph']!;
    expect(first.iso).toBe('2027-02-28');
    expect(first.rule.kind).toBe('window-opens');
    expect(first.warnings[0]).toMatch(/non-working day \(Sunday\)/);
    // The earliest date, not a deadline: nothing to do before it.
    expect(first.warnings[0]).not.toMatch(/act before it/);
  });

  it('dates the next polygraph examination at most 6 months after the last', () => {
    expect(deadlines('polygraph-examination', '2026-08-31')['ns-annex-a-later-polygraph']!.iso).toBe('2027-02-28');
  });

  it('keeps electronic monitoring for at least 12 months from the start of supervision, across a leap day', () => {
    expect(deadlines('nsd-supervision', '2027-02-28')['ns-annex-a-electronic-monitoring']!.iso).toBe('2028-02-28');
    expect(deadlines('nsd-supervision', '2028-02-29')['ns-annex-a-electronic-monitoring']!.iso).toBe('2029-02-28');
  });

  it('puts the next monthly face-to-face appointment by the last day of the next calendar month', () => {
    expect(deadlines('monthly-contact', '2026-11-30')['ns-5.4-monthly-contact']!.iso).toBe('2026-12-31');
    expect(deadlines('monthly-contact', '2027-01-01')['ns-5.4-monthly-contact']!.iso).toBe('2027-02-28');
    const december = deadlines('monthly-contact', '2027-11-02')['ns-5.4-monthly-contact']!;
    expect(december.iso).toBe('2027-12-31');
    expect(december.warnings).toEqual([]);
  });

  it('dates the chaplain’s daily and weekly statutory visits, and warns when the day is a bank holiday', () => {
    const daily = deadlines('chaplain-visit-segregation', '2026-12-24')['faith-4.1-daily-visits']!;
    expect(daily.iso).toBe('2026-12-25');
    expect(daily.warnings[0]).toMatch(/Christmas Day/);
    const weekly = deadlines('chaplain-visit-acct', '2026-12-21')['faith-4.1-acct-visits']!;
    expect(weekly.iso).toBe('2026-12-28');
    expect(weekly.timescale).toBe('every week');
    expect(weekly.warnings[0]).toMatch(/Boxing Day/);
  });

  it('counts back from a release date across a year end', () => {
    expect(deadlines('expected-release', '2027-03-05')['ns-7.1-ap-referral']!.iso).toBe('2026-09-05');
  });

  it('gives no date for the police’s first release notification, which the 2011 protocol describes but does not require', () => {
    expect(deadlines('expected-release', '2027-01-05')).not.toHaveProperty('release-28-day-notification');
    expect(timescaleById('release-28-day-notification')?.caveat).toMatch(/does not require it/);
  });

  it('keeps JIP data for 3 months from collection, to the end of a shorter month', () => {
    const retention = deadlines('jip-data-collected', '2026-11-30')['jip-retention']!;
    expect(retention.iso).toBe('2027-02-28');
    expect(retention.rule.kind).toBe('until');
  });

  it('dates the protocols’ reviews: the JIP protocol 2 years from signing, the release protocol every 3 years', () => {
    expect(deadlines('jip-protocol-signed', '2022-10-13')['jip-protocol-review']!.iso).toBe('2024-10-13');
    expect(deadlines('release-protocol-reviewed', '2011-11-10')['release-protocol-review']!.iso).toBe('2014-11-10');
  });
});
