// Search as staff use it: the answer to a real question in the top three, filters that narrow, keyboard-only use,
// nothing loaded until search is used, and a plain message when JavaScript is off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, openSite, watchedPage, type Site } from './harness';
import { describeMachine } from '../../src/lib/process-map/model';
import { withoutHighlight } from '../../src/lib/search/highlight';
import { stepTimescaleWords } from '../../src/lib/search/records';
import { enforcement } from '../../src/machines/enforcement';
import { searchQuestions } from './search-questions';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent !== '');
  const hrefs = await page.$$eval('.app-search-result__link', (links) =>
    links.map((link) => (link as HTMLAnchorElement).getAttribute('href')!),
  );
  // Results carry the searched words for highlighting; the answer is judged by the page or step they open.
  return hrefs.map(withoutHighlight);
}

describe('search quality: the answer is in the top three', () => {
  it('asks at least 80 questions, a third in staff words and a fifth misspelt', () => {
    const count = (kind: string) => searchQuestions.filter((question) => question.kind === kind).length;
    expect(searchQuestions.length).toBeGreaterThanOrEqual(80);
    expect(count('staff words') * 3).toBeGreaterThanOrEqual(searchQuestions.length);
    expect(count('misspelt') * 5).toBeGreaterThanOrEqual(searchQuestions.length);
  });

  it.each(searchQuestions.map((question) => [question.query, question] as const))('“%s”', async (_query, question) => {
    const { page, problems } = await watchedPage(site.browser);
    const results = await search(page, question.query);
    const topThree = results.slice(0, 3);
    expect(
      topThree.some((href) => question.expect.test(href)),
      `top three were:\n${topThree.join('\n')}`,
    ).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.externalRequests).toEqual([]);
    await page.close();
  });
});

describe('the search page', () => {
  it('loads no search code or index until search is used', async () => {
    const { page } = await watchedPage(site.browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${site.url}/search/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.getByRole('searchbox', { name: /Search guidance, process-map steps/ }).focus();
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes('/pagefind/pagefind.js')),
    );
    await page.close();
  });

  it('fetches only what a query needs: no second copy of Pagefind, text only for the results shown, and the spelling list only for a word not matched as typed', async () => {
    const { page } = await watchedPage(site.browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await search(page, 'warning letter');
    await page.waitForLoadState('networkidle');
    expect(requested).not.toContain('/pagefind/pagefind-worker.js');
    expect(requested).not.toContain('/search/spelling.json');
    const shown = await page.locator('.app-search-result').count();
    expect(shown).toBe(10);
    expect(requested.filter((path) => path.startsWith('/pagefind/fragment/')).length).toBeLessThanOrEqual(shown);

    await search(page, 'chaplin');
    expect(requested).toContain('/search/spelling.json');
    await page.close();
  });

  it('shows ten results at a time, and fetches the text of the next ten only on "Show more results"', async () => {
    const { page, problems } = await watchedPage(site.browser);
    const fragments: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
    });
    await search(page, 'release');
    const total = Number(/^(\d+) results/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(20);
    await expect(page.locator('.app-search-result').count()).resolves.toBe(10);
    expect(fragments.length).toBeLessThanOrEqual(10);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.app-search-result').length === 20);
    await page.waitForFunction(() => !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'));
    expect(fragments.length).toBeLessThanOrEqual(20);
    const links = await page
      .locator('.app-search-result__link')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('href')));
    expect(new Set(links).size).toBe(20);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('loads only the small highlight check on a guidance page, and nothing of search unless opened from it', async () => {
    const { page } = await watchedPage(site.browser);
    const scripts: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script')
        scripts.push({ url: response.url(), bytes: (await response.body()).length });
    });
    await page.goto(`${site.url}/guidance/`);
    const first = await page.locator('.app-framework-list a').first().getAttribute('href');
    await page.goto(`${site.url}${first}`);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((script) => script.url.includes('/pagefind/'))).toEqual([]);
    expect(scripts.reduce((total, script) => total + script.bytes, 0)).toBeLessThan(2048);
    expect(await page.getByRole('button', { name: 'Remove highlighting' }).isVisible()).toBe(false);
    await page.close();
  });

  it('highlights the searched words on the page a result opens, and clears them on request', async () => {
    const { page, problems } = await watchedPage(site.browser);
    await search(page, 'warning letter');
    const guidance = page.locator('.app-search-result__link[href^="/guidance/"]').first();
    expect(await guidance.getAttribute('href')).toContain('highlight=warning');
    await guidance.click();
    await page.waitForSelector('mark.app-search-highlight__mark');
    const marked = await page.locator('mark.app-search-highlight__mark').allTextContents();
    expect(marked.map((text) => text.toLowerCase())).toContain('warning');
    await expect(page.getByRole('status').filter({ hasText: 'highlighted' }).count()).resolves.toBe(1);
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.getByRole('button', { name: 'Remove highlighting' }).click();
    expect(await page.locator('mark.app-search-highlight__mark').count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('highlight')).toBe(false);
    await expect(page.getByText('Highlighting removed.').count()).resolves.toBe(1);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.externalRequests).toEqual([]);
    await page.close();
  });

  it('offers the nearest word for a misspelling, and searches it at once, saying so', async () => {
    const { page, problems } = await watchedPage(site.browser);
    const results = await search(page, 'segragation visits');
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(
      /“segragation” is not in the guidance\. Showing \d+ results? for “segregation visits” instead\./,
    );
    expect(results.length).toBeGreaterThan(0);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows the timescale that answers a step or section in the result', async () => {
    const { page } = await watchedPage(site.browser);
    await search(page, 'how long do I have to send a warning letter');
    const first = page.locator('.app-search-result').first();
    const warningLetter = describeMachine(enforcement).steps.find((step) => step.path === 'sendWarningLetter')!;
    await expect(first.locator('.app-search-result__timescale').textContent()).resolves.toBe(
      `Timescale: ${stepTimescaleWords(warningLetter)}`,
    );
    await page.close();
  });

  it("shows the page's own words in a result found by a staff word, and says which word matched", async () => {
    const { page } = await watchedPage(site.browser);
    await search(page, 'tag');
    const excerpts = await page.locator('.app-search-result__excerpt').allTextContents();
    // The words added to the index for search ("tag. tagged. tagging.") never show as if they were the page's text.
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/⁂|tag\. tagged\./);
    const monitoringEnded = page.locator('.app-search-result', { hasText: 'Monitoring ended' }).first();
    await expect(monitoringEnded.locator('.app-search-result__also').textContent()).resolves.toMatch(
      /^Also matches tag\b/,
    );
    await page.close();
  });

  it('finds tools by what they are for, typed as a Tool', async () => {
    const { page } = await watchedPage(site.browser);
    const results = await search(page, 'list of deadlines');
    expect(results[0]).toBe('/timescales/');
    await expect(page.locator('.app-search-result__meta').first().textContent()).resolves.toBe('Tool');
    await page.close();
  });

  it('updates results as you type, filters them, and works by keyboard alone', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/search/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: /Search guidance, process-map steps/ });
    await expect(box.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('warning');
    await page.waitForFunction(() =>
      /results? for/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    );
    expect(new URL(page.url()).searchParams.get('q')).toBe('warning');
    const all = await page.locator('.app-search-result').count();
    expect(all).toBeGreaterThan(0);

    await page.getByLabel('Type').selectOption('Process step');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.app-search-result__meta')].every((meta) =>
        meta.textContent?.startsWith('Process step'),
      ),
    );
    const steps = await page.locator('.app-search-result').count();
    expect(steps).toBeGreaterThan(0);
    expect(steps).toBeLessThanOrEqual(all);
    await expect(page.locator('.app-search-result__meta').allTextContents()).resolves.toSatisfy((metas: string[]) =>
      metas.every((meta) => meta.startsWith('Process step')),
    );

    // Tab from the filters reaches the first result link.
    let guard = 0;
    while (
      !(await page.evaluate(() => document.activeElement?.classList.contains('app-search-result__link'))) &&
      guard < 20
    ) {
      await page.keyboard.press('Tab');
      guard += 1;
    }
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    expect(href).toMatch(/^\/process-maps\//);
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.close();
  });

  it('says plainly that search needs JavaScript when it is off, and offers the index pages', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/search/?q=recall`);
    await expect(page.getByText('Search needs JavaScript').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'All guidance, by policy document' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('shows hostile queries as text, never as markup', async () => {
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(
      `${site.url}/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}#<script>alert(2)</script>`,
    );
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent !== '');
    await expect(page.locator('[data-search-status]').textContent()).resolves.toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(problems.dialogs).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});
