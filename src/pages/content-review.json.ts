// The pages due for review, as data: the build reads it to print its warning (see src/integrations/content-review.ts).
import type { APIRoute } from 'astro';
import { formatPartialDate } from '../lib/dates';
import { contentReviewView } from '../lib/views/review';

export const GET: APIRoute = async () => {
  const { due } = await contentReviewView(new Date());
  const plain = (items: typeof due.overdue) =>
    items.map((item) => ({
      ...item,
      lastReviewed: formatPartialDate(item.lastReviewed),
      reviewDue: formatPartialDate(item.reviewDue),
    }));
  return new Response(JSON.stringify({ overdue: plain(due.overdue), dueSoon: plain(due.dueSoon) }, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
