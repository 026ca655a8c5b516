import { describe, expect, it } from 'vitest';
import { asSentence, joinSentences } from '../../src/lib/sentences';

describe('building sentences from parts', () => {
  it('ends a part with a full stop', () => {
    expect(asSentence('within 6 working days')).toBe('within 6 working days.');
  });

  it('adds no second full stop to a note that already ends with one', () => {
    expect(asSentence('The standard gives no start.')).toBe('The standard gives no start.');
  });

  it('adds no full stop after a question, such as a decision step’s title', () => {
    expect(asSentence('Is there somewhere to move on to?')).toBe('Is there somewhere to move on to?');
  });

  it('adds no full stop after a closing quote or bracket that follows the sentence’s own mark', () => {
    expect(asSentence('(The source gives no unit.)')).toBe('(The source gives no unit.)');
    expect(asSentence('It says “by day 8.”')).toBe('It says “by day 8.”');
  });

  it('does add one after a bracket that closes part of a sentence', () => {
    expect(asSentence('within 6 days (working days)')).toBe('within 6 days (working days).');
  });

  it('joins notes that end with full stops and notes that do not, one full stop each, skipping empty parts', () => {
    expect(
      joinSentences('The timescale is within 6 working days', undefined, 'The standard gives no start.', '', false),
    ).toBe('The timescale is within 6 working days. The standard gives no start.');
  });
});
