// Prints the pages due for review at the end of the build: a warning for content owners, never an error.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuiltSite, StepLogger } from './built-site';

interface DueItem {
  title: string;
  href: string;
  owner: string;
  reviewDue: string;
}

export function reportContentReview({ outDir }: BuiltSite, logger: StepLogger): void {
  const file = path.join(outDir, 'content-review.json');
  if (!existsSync(file)) return;
  const due = JSON.parse(readFileSync(file, 'utf8')) as { overdue: DueItem[]; dueSoon: DueItem[] };
  const line = (item: DueItem) => `  ${item.href} (${item.title}): review due ${item.reviewDue}; owner ${item.owner}`;
  if (due.overdue.length)
    logger.warn(
      `Content review: ${due.overdue.length} page(s) past their review date (see /content-review/):\n${due.overdue.map(line).join('\n')}`,
    );
  if (due.dueSoon.length)
    logger.warn(
      `Content review: ${due.dueSoon.length} page(s) due for review in the next 60 days:\n${due.dueSoon.map(line).join('\n')}`,
    );
  if (!due.overdue.length && !due.dueSoon.length) logger.info('Content review: no page is due for review');
}
