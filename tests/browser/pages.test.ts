// Every built page in a real Chromium, served with the site's own security headers: no console errors (a CSP
// violation is one), no failed requests, nothing fetched from another host, and zero axe WCAG 2.2 AA violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, urlOf } from '../support/dist';
import { axeViolations, describeViolations, openSite, watchedPage, type Site } from './harness';

const pages = builtPages().map(urlOf);
let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('every page in the browser', () => {
  it.each(pages)('%s loads cleanly and passes axe', async (url) => {
    const { page, problems } = await watchedPage(site.browser);
    try {
      const response = await page.goto(`${site.url}${url}`, { waitUntil: 'load' });
      expect(response?.status()).toBe(url === '/404.html' ? 200 : 200);
      const violations = await axeViolations(page);
      expect(describeViolations(violations)).toBe('');
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
      expect(problems.externalRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('serves the "Page not found" page for an address that does not exist', async () => {
    const { page } = await watchedPage(site.browser);
    const response = await page.goto(`${site.url}/guidance/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
    await page.close();
  });

  it('reflows at 320 pixels wide: no page scrolls sideways (WCAG 1.4.10)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const tooWide: string[] = [];
    for (const url of pages) {
      await page.goto(`${site.url}${url}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) tooWide.push(`${url} is ${width}px wide`);
    }
    expect(tooWide).toEqual([]);
    await context.close();
  });

  it('shows a visible focus indicator on the skip link when tabbing in', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/`);
    await page.keyboard.press('Tab');
    const focused = page.getByRole('link', { name: 'Skip to main content' });
    await expect(focused.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    const outline = await focused.evaluate((element) => {
      const style = getComputedStyle(element);
      return `${style.outlineStyle} ${style.backgroundColor} ${style.boxShadow}`;
    });
    expect(outline).not.toBe('none rgba(0, 0, 0, 0) none');
    await page.close();
  });
});
