// A dated or superseded document is flagged on every page written from it, and each overview says one true thing
// about the document's own review date, after listing its guidance pages.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtPages, readPage } from '../support/dist';

const frameworks = readdirSync('src/content/frameworks')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const frontMatter = parse(readFileSync(`src/content/frameworks/${file}`, 'utf8').split(/^---$/m)[1] ?? '');
    return { id: file.replace(/\.mdx$/, ''), ...frontMatter } as {
      id: string;
      status: string;
      sourceReviewDue?: string;
    };
  });
const pages = builtPages();
const pagesOf = (id: string) => pages.filter((page) => page.startsWith(`guidance/${id}/`));

describe.each(frameworks)('pages written from $id', ({ id, status, sourceReviewDue }) => {
  it.each(pagesOf(id))(`%s warns that the document is not current only when it is ${status}`, (page) => {
    const html = readPage(page);
    if (status === 'current') expect(html).not.toContain('data-source-status');
    else {
      expect(html).toContain(`data-source-status="${status}"`);
      expect(html).toContain('Check current arrangements before you rely on it.');
      expect(html).not.toMatch(/<dt>Review due<\/dt>/);
    }
  });

  it('lists the guidance pages before the status, dates and revision history', () => {
    const html = readPage(`guidance/${id}/index.html`);
    expect(html.indexOf('id="guidance-pages"')).toBeGreaterThan(0);
    expect(html.indexOf('id="guidance-pages"')).toBeLessThan(html.indexOf('id="status-and-dates"'));
  });

  it('gives the review date the document sets, or says it sets none, never both', () => {
    const text = readPage(`guidance/${id}/index.html`).replace(/<[^>]+>/g, ' ');
    const saysNone = /sets no review date/.test(text);
    const row = /Review due \(as the document sets it\)\s+(\S[^<]*?)\s{2}/.exec(text)?.[1];
    if (sourceReviewDue) {
      expect(saysNone).toBe(false);
      expect(row).toMatch(/\d{4}/);
    } else {
      expect(saysNone).toBe(true);
      expect(row).toBe('The document sets no review date.');
    }
  });
});
