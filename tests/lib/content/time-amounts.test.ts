// The prose check finds time amounts an author typed instead of naming a registry timescale, and nothing else.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findTimeAmounts, lineOf, proseField } from '../../../src/lib/content/time-amounts';

const found = (text: string) => findTimeAmounts(text).map((amount) => amount.text);

describe('findTimeAmounts', () => {
  it('finds a figure followed by a unit, with or without "working" or "business"', () => {
    expect(found('Send a letter within 2 working days of the failure.')).toEqual(['2 working days']);
    expect(found('Review it every 6 months.')).toEqual(['6 months']);
    expect(found('Take recall action within 24 hours.')).toEqual(['24 hours']);
    expect(found('Complete it within 10 business days.')).toEqual(['10 business days']);
    expect(found('Handover happens 7.5 months before release.')).toEqual(['7.5 months']);
  });

  it('finds number words, "a", "an" and "half"', () => {
    expect(found('Record it within one working day.')).toEqual(['one working day']);
    expect(found('Decide within six working days.')).toEqual(['six working days']);
    expect(found('Meet at least once a month.')).toEqual(['a month']);
    expect(found('See them within an hour.')).toEqual(['an hour']);
    expect(found('It takes half a day.')).toEqual(['half a day']);
    expect(found('Visit them within a fortnight.')).toEqual(['a fortnight']);
    expect(found('Twenty weeks later it ends.')).toEqual(['Twenty weeks']);
  });

  it('finds amounts written with hyphens, as adjectives', () => {
    expect(found('the 45-day email')).toEqual(['45-day']);
    expect(found('the same one-working-day expectation')).toEqual(['one-working-day']);
  });

  it('finds a day of a count: "by day 8", "day 6"', () => {
    expect(found('Complete the breach by day 8.')).toEqual(['by day 8']);
    expect(found('The decision is due on day 6.')).toEqual(['on day 6']);
    expect(found('Day 10 is the last.')).toEqual(['Day 10']);
  });

  it('finds every amount in a sentence, in order, with where each starts', () => {
    const text = 'Decide by day 6 and complete the breach within 2 working days.';
    expect(findTimeAmounts(text)).toEqual([
      { text: 'by day 6', index: 7 },
      { text: '2 working days', index: 47 },
    ]);
  });

  it('skips dates and years', () => {
    expect(found('It was published on 1 April 2022.')).toEqual([]);
    expect(found('The review was due around November 2027.')).toEqual([]);
    expect(found('The 2021 standards replaced the 2019 ones.')).toEqual([]);
    expect(found('It was launched in the 2021 week of action.')).toEqual([]);
    expect(found('Monday 5 April is a bank holiday, as is day 6 April.')).toEqual([]);
  });

  it('skips citations and section numbers', () => {
    expect(found('See section 4.3.6 months after the standard was written.')).toEqual([]);
    expect(found('Standard 9 days are described in annex 2 weeks table.')).toEqual([]);
    expect(found('Paragraph 12 months')).toEqual([]);
  });

  it('skips code in backticks', () => {
    expect(found('Write `<Timescale id="ns-9.1-letter" />`, never `within 2 working days`.')).toEqual([]);
  });

  it('skips the length of a sentence or licence, which is not a time limit', () => {
    expect(found('People with 10 months or more left to serve at sentence.')).toEqual([]);
    expect(found('Less than 20 months left to serve.')).toEqual([]);
    expect(found('People released from sentences of less than 12 months.')).toEqual([]);
    expect(found('With a 9-month licence, plan the residency.')).toEqual([]);
  });

  it('does not read other numbers or units as amounts', () => {
    expect(found('Hold at least 3 in-person sessions and 2 contacts.')).toEqual([]);
    expect(found('The first day of the week; the daily visit; the Monday meeting.')).toEqual([]);
    expect(found('A holiday, a birthday, today.')).toEqual([]);
  });
});

describe('lineOf', () => {
  it('counts the lines before a position, from the text’s first line', () => {
    const text = 'First line\nsecond line with 2 days\nthird';
    expect(lineOf(text, text.indexOf('2 days'), 14)).toBe(15);
    expect(lineOf(text, 0, 14)).toBe(14);
  });
});

describe('proseField, for YAML content', () => {
  const summary = proseField(z.string().min(1));

  it('accepts prose without amounts', () => {
    expect(summary.safeParse('Meet face to face regularly.').success).toBe(true);
  });

  it('refuses an amount, saying what was found and what to do', () => {
    const result = summary.safeParse('Meet face to face at least once a month.');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^"a month" is a time amount written in prose: say it without/);
    expect(result.error?.issues[0]?.message).toContain('src/lib/timescales/registry.ts');
  });

  it('keeps the field’s own rules', () => {
    expect(summary.safeParse('').success).toBe(false);
  });
});
