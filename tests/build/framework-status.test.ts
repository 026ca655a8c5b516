// A dated or superseded document is flagged on every page written from it, and each overview says one true thing
// about the document's own review date, after listing its guidance pages.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deadlineEvents } from '../../src/lib/deadlines/rules';
import { allTimescales } from '../../src/lib/timescales/registry';
import { processes } from '../../src/machines';
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

// Wherever a map, a quiz, a slide or a timescale shows a fact from a dated document, it says so (issue 30, point 3).
const statusOf = (framework: string) => frameworks.find((candidate) => candidate.id === framework)!.status;
const warns = (html: string) => html.includes('data-source-status=');

describe.each(processes.map((process) => [process.id, process.framework] as const))(
  'the "%s" map, written from %s',
  (id, framework) => {
    const isCurrent = statusOf(framework) === 'current';

    it('warns on the map page and the quiz only when its document is not current', () => {
      const map = readPage(`process-maps/${id}/index.html`);
      const quiz = readPage(`process-maps/${id}/quiz/index.html`);
      expect(warns(map)).toBe(!isCurrent);
      expect(warns(quiz)).toBe(!isCurrent);
      if (!isCurrent) {
        expect(map).toMatch(
          /This map is written from a (dated|partly superseded) document: [^<]+ Check current arrangements/,
        );
        expect(quiz).toMatch(
          /This quiz is written from a (dated|partly superseded) document: [^<]+ Check current arrangements/,
        );
        expect(map).toContain(`href="/guidance/${framework}/#status-and-dates"`);
      }
    });

    it('gives the presenter one line to read out, on the first slide only', () => {
      const slides = readPage(`process-maps/${id}/present/index.html`).split('<li class="app-slide"').slice(1);
      expect(warns(slides[0]!)).toBe(!isCurrent);
      if (!isCurrent)
        expect(slides[0]).toMatch(/Before we start: this map is written from a [^<]+ before you rely on it\./);
      for (const slide of slides.slice(1)) expect(warns(slide)).toBe(false);
    });
  },
);

describe('tables of timescales', () => {
  const rowsOf = (html: string, attribute: string) =>
    [...html.matchAll(new RegExp(`<tr[^>]*${attribute}="([^"]+)"[^>]*>([\\s\\S]*?)</tr>`, 'g'))].map(
      ([, key, row]) => ({ key: key!, row: row! }),
    );

  it('marks each row of the timescales index from a dated document, and no other', () => {
    const rows = rowsOf(readPage('timescales/index.html'), 'data-framework');
    expect(rows.length).toBe(allTimescales().length);
    for (const { key, row } of rows) expect(warns(row), key).toBe(statusOf(key) !== 'current');
    expect(rows.some(({ key }) => statusOf(key) === 'current')).toBe(true);
  });

  it('marks each rule of the deadline calculator from a dated document, in the source cell its results copy', () => {
    const frameworkOfRule = new Map(
      deadlineEvents.flatMap((event) => event.rules.map((rule) => [`${event.id}/${rule.id}`, rule.source.framework])),
    );
    const rows = rowsOf(readPage('tools/deadlines/index.html'), 'data-rule');
    expect(rows.length).toBe(frameworkOfRule.size);
    for (const { key, row } of rows) {
      const citation = /<td[^>]*data-citation[^>]*>([\s\S]*?)<\/td>/.exec(row)?.[1] ?? '';
      expect(warns(citation), key).toBe(statusOf(frameworkOfRule.get(key)!) !== 'current');
    }
  });
});
