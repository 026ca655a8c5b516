// Every date the site writes names its month and weekday the same way, whichever module formats it.
import { describe, expect, it } from 'vitest';
import { formatLongDate, formatPartialDate, utcDate } from '../../../src/lib/dates';

describe('month and weekday names', () => {
  it('names each month the same in a review date and in a deadline', () => {
    for (let month = 1; month <= 12; month++) {
      const longDate = formatLongDate(utcDate(2026, month, 1));
      const partialDate = formatPartialDate({ year: 2026, month, day: 1 });
      expect(longDate.endsWith(partialDate), `${longDate} / ${partialDate}`).toBe(true);
    }
  });

  it('writes the weekday first, GOV.UK style', () => {
    expect(formatLongDate(utcDate(2026, 11, 23))).toBe('Monday 23 November 2026');
    expect(formatPartialDate({ year: 2026, month: 11 })).toBe('November 2026');
  });
});
