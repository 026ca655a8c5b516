// The built site: every page is well formed for people and machines, and every internal link and anchor resolves.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readBuiltPages } from '../../src/integrations/link-check';
import { brokenLinks, duplicateTitles } from '../../src/lib/links';
import { builtPages, distDir, readPage } from '../support/dist';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const pages = builtPages();
const glossary: { expansion: string }[] = parse(readFileSync('src/content/glossary.yaml', 'utf8'));

describe('the built site', () => {
  it('has the home, About, 404, search, glossary, guidance and process-map pages', () => {
    for (const page of [
      'index.html',
      'about/index.html',
      '404.html',
      'search/index.html',
      'glossary/index.html',
      'guidance/index.html',
      'process-maps/index.html',
    ]) {
      expect(pages).toContain(page);
    }
    expect(pages.filter((page) => page.startsWith('guidance/') && page.split('/').length === 4).length).toBeGreaterThan(
      0,
    );
  });

  it.each(pages)('%s has a language, a title, one h1 and a skip link', (page) => {
    const html = readPage(page);
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toMatch(
      /<title>[^<]+– HMPPS Guidance and process maps<\/title>|<title>HMPPS Guidance and process maps<\/title>/,
    );
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain('href="#main-content"');
  });

  it.each(pages)(
    '%s spells out no abbreviation twice, as in "Prison Offender Manager (Prison Offender Manager (POM))"',
    (page) => {
      const words = readPage(page)
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .toLowerCase();
      const doubled = glossary
        .map((entry) => entry.expansion.toLowerCase())
        .filter((expansion) => words.includes(`${expansion} (${expansion} (`));
      expect(doubled).toEqual([]);
    },
  );

  it('has the header search box on every page but the search page, which has one box of its own', () => {
    for (const page of pages) {
      const boxes = readPage(page).match(/<input\b[^>]*\btype="search"/g) ?? [];
      const inHeader = readPage(page).includes('id="app-header-search-input"');
      expect({ page, inHeader }).toEqual({ page, inHeader: page !== 'search/index.html' });
      if (page === 'search/index.html') expect(boxes).toHaveLength(1);
    }
  });

  it('gives every page its own <title>, so tabs, history and bookmarks tell them apart', async () => {
    const built = await readBuiltPages(distDir);
    expect(built.every((page) => page.title)).toBe(true);
    expect(duplicateTitles(built)).toEqual([]);
  });

  it('has no broken internal links or anchors', async () => {
    const built = await readBuiltPages(distDir);
    expect(built.length).toBe(pages.length);
    expect(brokenLinks(built, (pathname) => existsSync(path.join(distDir, decodeURIComponent(pathname))))).toEqual([]);
  });

  it('cites its source on every guidance page', () => {
    const guidance = pages.filter((page) => /^guidance\/[^/]+\/[^/]+\/index\.html$/.test(page));
    expect(guidance.length).toBeGreaterThan(0);
    for (const page of guidance) {
      const html = readPage(page);
      expect(html, page).toContain('id="app-source-list-title"');
      expect(html, page).toMatch(/It cites:[\s\S]*?<li>(Section|Annex|[A-Z])/);
    }
  });

  it('loads only the small search-highlight check on guidance pages (and "Mark as read" on pages of the learning path), and no search code until search is opened', () => {
    const guidance = pages.filter((page) => page.startsWith('guidance/'));
    for (const page of guidance) {
      const scripts = readPage(page).match(/<script[^>]*>/g) ?? [];
      const allowed = readPage(page).includes('data-mark-read=')
        ? /src="\/_astro\/(SearchHighlight|MarkAsRead)[^"]*\.js"/
        : /src="\/_astro\/SearchHighlight[^"]*\.js"/;
      expect(
        scripts.every((tag) => allowed.test(tag)),
        page,
      ).toBe(true);
      expect(readPage(page), page).not.toMatch(/src="[^"]*pagefind[^"]*"/);
    }
  });
});
