// Every framework overview and guidance page with its owner and review dates, and those due for review at build time.
import type { ReviewItem } from '../content/review';
import { dueForReview } from '../content/review';
import { frameworkHref, guidanceHref } from '../content/guidance';
import { siteData } from '../site-data/load';

export async function reviewItems(): Promise<ReviewItem[]> {
  const { frameworks, guidance } = await siteData();
  const owners = Object.fromEntries(frameworks.map((framework) => [framework.id, framework.data.owner]));
  return [
    ...frameworks.map((framework) => ({
      kind: 'Framework overview' as const,
      title: framework.data.title,
      href: frameworkHref(framework.id),
      owner: framework.data.owner,
      lastReviewed: framework.data.lastReviewed,
      reviewDue: framework.data.reviewDue,
    })),
    ...guidance.map((entry) => ({
      kind: 'Guidance' as const,
      title: entry.data.title,
      href: guidanceHref(entry),
      owner: entry.data.owner ?? owners[entry.data.framework] ?? 'Not recorded',
      lastReviewed: entry.data.lastReviewed,
      reviewDue: entry.data.reviewDue,
    })),
  ];
}

/** The pages past their review date and those due in the next 60 days, on the day of the build. */
export async function contentReviewView(today: Date) {
  const items = await reviewItems();
  const due = dueForReview(items, today);
  return {
    count: items.length,
    due,
    sections: [
      { id: 'overdue', title: 'Past their review date', empty: 'No page is past its review date.', rows: due.overdue },
      {
        id: 'due-soon',
        title: 'Due for review in the next 60 days',
        empty: 'No page is due for review in the next 60 days.',
        rows: due.dueSoon,
      },
    ],
  };
}
