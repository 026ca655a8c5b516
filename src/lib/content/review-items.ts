// Every framework overview and guidance page with its owner and review dates, from the content collections.
import { getCollection } from 'astro:content';
import { frameworkHref, guidanceHref } from './guidance';
import type { ReviewItem } from './review';

export async function reviewItems(): Promise<ReviewItem[]> {
  const frameworks = await getCollection('frameworks');
  const owners = Object.fromEntries(frameworks.map((framework) => [framework.id, framework.data.owner]));
  const guidance = await getCollection('guidance');
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
