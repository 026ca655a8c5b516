// One wording for every timescale: badges, the bold lead, the whole phrase, its short form and `{{id}}` tokens.
import { describe, expect, it } from 'vitest';
import {
  expandTimescaleTokens,
  formatTimescale,
  shortTimescale,
  timescaleBadge,
  timescaleParts,
  timescaleQualifiers,
  timescaleTokenProblems,
  timescaleTokens,
  timescaleUnits,
  timescaleWithNotes,
  unitHeading,
  unitLabel,
  withoutTimescaleTokens,
} from '../../../src/lib/timescales/phrase';
import { timescaleById, timescaleNotes } from '../../../src/lib/timescales/registry';

describe('unitLabel', () => {
  it('uses the singular for one of anything and the plural otherwise', () => {
    expect(unitLabel('working-days', 1)).toBe('working day');
    expect(unitLabel('working-days', 2)).toBe('working days');
    expect(unitLabel('days', 1)).toBe('day');
    expect(unitLabel('hours', 24)).toBe('hours');
    expect(unitLabel('weeks', 1)).toBe('week');
    expect(unitLabel('months', 0)).toBe('months');
    expect(unitLabel('years', 1)).toBe('year');
  });

  it('has a word for every unit the schemas accept', () => {
    for (const unit of timescaleUnits) {
      expect(unitLabel(unit, 1), unit).toMatch(/^[a-z ]+$/);
      expect(unitLabel(unit, 2), unit).toBe(`${unitLabel(unit, 1)}s`);
    }
  });
});

describe('timescaleBadge', () => {
  it('shows the amount and unit: "2 working days"', () => {
    expect(timescaleBadge({ amount: 2, unit: 'working-days' })).toBe('2 working days');
  });

  it('says "1 working day", not "1 working days"', () => {
    expect(timescaleBadge({ amount: 1, unit: 'working-days' })).toBe('1 working day');
    expect(timescaleBadge({ amount: 1, unit: 'hours', qualifier: 'every' })).toBe('1 hour');
  });

  it('names the day for a "by day" deadline', () => {
    expect(timescaleBadge({ amount: 6, unit: 'days', qualifier: 'by-day' })).toBe('day 6');
    expect(timescaleBadge({ amount: 6, unit: 'working-days', qualifier: 'by-day' })).toBe('working day 6');
  });
});

describe('formatTimescale', () => {
  it('says "within 2 working days of the failure to comply"', () => {
    expect(formatTimescale({ amount: 2, unit: 'working-days', from: 'the failure to comply' })).toBe(
      'within 2 working days of the failure to comply',
    );
  });

  it('treats a timescale with no qualifier as "within"', () => {
    expect(formatTimescale({ amount: 5, unit: 'days' })).toBe('within 5 days');
    expect(formatTimescale({ amount: 5, unit: 'days', qualifier: 'within' })).toBe('within 5 days');
  });

  it('words "every" with and without a starting point', () => {
    expect(formatTimescale({ amount: 1, unit: 'days', qualifier: 'every' })).toBe('every day');
    expect(formatTimescale({ amount: 3, unit: 'months', qualifier: 'every', from: 'release' })).toBe(
      'every 3 months from release',
    );
  });

  it('words "at least every"', () => {
    expect(formatTimescale({ amount: 1, unit: 'years', qualifier: 'at-least-every' })).toBe('at least every year');
    expect(formatTimescale({ amount: 6, unit: 'weeks', qualifier: 'at-least-every', from: 'allocation' })).toBe(
      'at least every 6 weeks from allocation',
    );
  });

  it('words "after" and "before" around what the time runs from', () => {
    expect(formatTimescale({ amount: 10, unit: 'days', qualifier: 'after', from: 'release' })).toBe(
      '10 days after release',
    );
    expect(formatTimescale({ amount: 10, unit: 'days', qualifier: 'after' })).toBe('10 days later');
    expect(formatTimescale({ amount: 8, unit: 'weeks', qualifier: 'before', from: 'the release date' })).toBe(
      '8 weeks before the release date',
    );
    expect(formatTimescale({ amount: 8, unit: 'weeks', qualifier: 'before' })).toBe('8 weeks beforehand');
  });

  it('words a "by day" deadline as "by working day 6 after the last failure to comply"', () => {
    expect(
      formatTimescale({ amount: 6, unit: 'working-days', qualifier: 'by-day', from: 'the last failure to comply' }),
    ).toBe('by working day 6 after the last failure to comply');
    expect(formatTimescale({ amount: 10, unit: 'days', qualifier: 'by-day' })).toBe('by day 10');
  });

  it('has wording for every qualifier the schemas accept, always including the figure', () => {
    for (const qualifier of timescaleQualifiers) {
      const text = formatTimescale({ amount: 7, unit: 'days', qualifier, from: 'the start' });
      expect(text, qualifier).toContain('7');
      expect(text, qualifier).toContain('the start');
      expect(text, qualifier).not.toMatch(/undefined| {2}/);
    }
  });
});

describe('timescaleParts', () => {
  it('splits the figure to emphasise from the rest of the phrase', () => {
    expect(timescaleParts({ amount: 2, unit: 'working-days', from: 'the failure to comply' })).toEqual([
      'within 2 working days',
      'of the failure to comply',
    ]);
    expect(
      timescaleParts({ amount: 6, unit: 'working-days', qualifier: 'by-day', from: 'the last failure to comply' }),
    ).toEqual(['by working day 6', 'after the last failure to comply']);
    expect(timescaleParts({ amount: 3, unit: 'days', qualifier: 'before', from: 'release' })).toEqual([
      '3 days',
      'before release',
    ]);
  });

  it('leaves the rest empty when there is nothing after the figure', () => {
    expect(timescaleParts({ amount: 24, unit: 'hours' })).toEqual(['within 24 hours', '']);
    expect(timescaleParts({ amount: 1, unit: 'weeks', qualifier: 'every' })).toEqual(['every week', '']);
  });

  it('joins to the same text formatTimescale gives', () => {
    for (const qualifier of timescaleQualifiers) {
      for (const from of [undefined, 'release']) {
        const timescale = { amount: 4, unit: 'weeks' as const, qualifier, from };
        expect(timescaleParts(timescale).filter(Boolean).join(' ')).toBe(formatTimescale(timescale));
      }
    }
  });
});

describe('unitHeading', () => {
  it('names the unit as a column heading or filter option: "Working days"', () => {
    expect(unitHeading('working-days')).toBe('Working days');
    expect(unitHeading('hours')).toBe('Hours');
  });
});

describe('shortTimescale', () => {
  it('leaves out the start, which a diagram’s box or the sentence around it already gives', () => {
    expect(shortTimescale({ amount: 2, unit: 'working-days', from: 'any failure to attend' })).toBe(
      'within 2 working days',
    );
    expect(shortTimescale({ amount: 6, unit: 'working-days', qualifier: 'by-day', from: 'the last failure' })).toBe(
      'by working day 6',
    );
    expect(shortTimescale({ amount: 1, unit: 'days', qualifier: 'every', from: 'arrival' })).toBe('every day');
  });

  it('keeps the start of a "before" or "after" timescale, since "28 days" alone would mislead', () => {
    expect(shortTimescale({ amount: 28, unit: 'days', qualifier: 'before', from: 'release' })).toBe(
      '28 days before release',
    );
    expect(shortTimescale({ amount: 3, unit: 'months', qualifier: 'after', from: 'collection' })).toBe(
      '3 months after collection',
    );
  });
});

describe('timescaleWithNotes', () => {
  it('puts the registry’s notes in brackets after the phrase, each sentence ended once', () => {
    const withNotes = timescaleById('ns-1.1-crs-records')!;
    const [note] = timescaleNotes(withNotes);
    expect(timescaleWithNotes(withNotes)).toBe(`${formatTimescale(withNotes)} (${note})`);
  });

  it('is the phrase alone for a timescale with no notes', () => {
    const letter = timescaleById('ns-9.1-letter')!;
    expect(timescaleWithNotes(letter)).toBe('within 2 working days of any failure to attend');
  });
});

describe('{{id}} tokens', () => {
  it('expands {{id}} to the registry’s whole phrase and {{id|short}} to its lead', () => {
    expect(expandTimescaleTokens('Send a letter {{ns-9.1-letter}}.')).toBe(
      'Send a letter within 2 working days of any failure to attend.',
    );
    expect(expandTimescaleTokens('Send it {{ ns-9.1-letter | short }} of the absence.')).toBe(
      'Send it within 2 working days of the absence.',
    );
  });

  it('leaves an unknown id as written, and names it as a problem', () => {
    expect(expandTimescaleTokens('By {{no-such-rule}}.')).toBe('By {{no-such-rule}}.');
    expect(timescaleTokenProblems('By {{no-such-rule}}.')).toEqual([
      '{{no-such-rule}}: no such timescale in src/lib/timescales/registry.ts',
    ]);
  });

  it('accepts only the "short" form', () => {
    expect(timescaleTokenProblems('{{ns-9.1-letter|long}}')).toEqual([
      '{{ns-9.1-letter|long}}: the only form is {{ns-9.1-letter|short}}',
    ]);
    expect(timescaleTokenProblems('{{ns-9.1-letter|short}} and {{ns-9.1-letter}}')).toEqual([]);
  });

  it('lists the ids in order, and blanks them without moving the text around them', () => {
    const text = 'A {{ns-9.1-letter}} then {{ns-9.1-evidence|short}} days';
    expect(timescaleTokens(text)).toEqual([
      { id: 'ns-9.1-letter', form: undefined },
      { id: 'ns-9.1-evidence', form: 'short' },
    ]);
    const blanked = withoutTimescaleTokens(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).not.toContain('{{');
    expect(blanked.indexOf('days')).toBe(text.indexOf('days'));
  });
});
