import { describe, expect, it } from 'vitest';
import { dueForReview, type ReviewItem } from '../../../src/lib/content/review';

const item = (title: string, reviewDue: ReviewItem['reviewDue']): ReviewItem => ({
  kind: 'Guidance',
  title,
  href: `/guidance/x/${title}/`,
  owner: 'Owner',
  lastReviewed: { year: 2026, month: 1, day: 1 },
  reviewDue,
});

describe('dueForReview', () => {
  const today = new Date(Date.UTC(2026, 10, 23));
  const due = dueForReview(
    [
      item('current', { year: 2027, month: 11 }),
      item('soon', { year: 2027, month: 1, day: 15 }),
      item('long-overdue', { year: 2014, month: 11 }),
      item('just-overdue', { year: 2026, month: 11, day: 22 }),
      item('due-today', { year: 2026, month: 11, day: 23 }),
      item('this-month', { year: 2026, month: 11 }),
    ],
    today,
  );

  it('lists pages past their review date, longest overdue first', () => {
    expect(due.overdue.map((entry) => entry.title)).toEqual(['long-overdue', 'just-overdue']);
  });

  it('lists pages due in the next 60 days, a month-only date counting as its last day', () => {
    expect(due.dueSoon.map((entry) => entry.title)).toEqual(['due-today', 'this-month', 'soon']);
  });
});
