// Which pages are past, or close to, their review date: for the "Content due for review" page and the build log.
import { lastDayOf, reviewStatus, type PartialDate, type ReviewStatus } from '../dates';

export interface ReviewItem {
  kind: 'Framework overview' | 'Guidance';
  title: string;
  href: string;
  owner: string;
  lastReviewed: PartialDate;
  reviewDue: PartialDate;
}

export interface ReviewedItem extends ReviewItem {
  status: ReviewStatus;
}

/** Overdue and due-soon pages, the longest overdue first. */
export function dueForReview(
  items: ReviewItem[],
  today: Date,
  soonDays = 60,
): { overdue: ReviewedItem[]; dueSoon: ReviewedItem[] } {
  const rated = items
    .map((item) => ({ ...item, status: reviewStatus(item.reviewDue, today, soonDays) }))
    .sort(
      (a, b) => lastDayOf(a.reviewDue).getTime() - lastDayOf(b.reviewDue).getTime() || a.title.localeCompare(b.title),
    );
  return {
    overdue: rated.filter((item) => item.status === 'overdue'),
    dueSoon: rated.filter((item) => item.status === 'due-soon'),
  };
}
