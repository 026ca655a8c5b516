// Search as staff use it: the answer first or in the top three, a definition above the results for a bare term, a
// map's steps grouped under it, spelling help that never rewrites a right word, results on the first screen, filters
// that narrow, keyboard-only use, nothing loaded until search is used, and a plain message when JavaScript is off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, openSite, watchedPage, type Site } from './harness';
import { askSearch, rankOf, type ShownSearch } from '../../scripts/search-answers.mjs';
import { describeMachine } from '../../src/lib/process-map/model';
import { formatTimescale } from '../../src/lib/timescales/phrase';
import { searchTypes, stepSearchType } from '../../src/lib/search/types';
import { enforcement } from '../../src/machines/enforcement';
import { searchQuestions } from './search-questions';
import { staffQuestions } from './staff-questions';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

async function search(page: Page, query: string): Promise<ShownSearch> {
  return askSearch(page, site.url, query);
}

/** The first link of each result: the page, map or entry it is. */
const resultLinks = (shown: ShownSearch) => shown.results.map((links) => links[0]!);

describe('search quality: the answer first or in the top three', () => {
  it('asks at least 80 questions, a third in staff words and a fifth misspelt, and 40 more as staff type them', () => {
    const count = (kind: string) => searchQuestions.filter((question) => question.kind === kind).length;
    expect(searchQuestions.length).toBeGreaterThanOrEqual(80);
    expect(count('staff words') * 3).toBeGreaterThanOrEqual(searchQuestions.length);
    expect(count('misspelt') * 5).toBeGreaterThanOrEqual(searchQuestions.length);
    expect(staffQuestions.length).toBeGreaterThanOrEqual(40);
    for (const kind of ['misspelt', 'jargon', 'other words', 'whole question', 'one word'])
      expect(staffQuestions.filter((question) => question.kind === kind).length).toBeGreaterThanOrEqual(5);
  });

  // One search page answers every question, typed into its box as a reader would, so Pagefind loads once.
  let asker: Awaited<ReturnType<typeof watchedPage>>;
  const firsts: boolean[] = [];
  it.each([...searchQuestions, ...staffQuestions].map((question) => [question.query, question] as const))(
    '“%s”',
    async (_query, question) => {
      asker ??= await watchedPage(site.browser);
      const shown = await search(asker.page, question.query);
      const rank = rankOf(shown, question.expect);
      if ('half' in question) firsts.push(rank === 1);
      expect(
        rank !== undefined && rank <= 3,
        `top three were:\n${shown.results
          .slice(0, 3)
          .map((links) => links.join(' | '))
          .join('\n')}`,
      ).toBe(true);
      expect(asker.problems.consoleErrors).toEqual([]);
      expect(asker.problems.externalRequests).toEqual([]);
    },
  );

  it('answers at least four in five of the questions in staff words first', async () => {
    await asker?.page.close();
    expect(firsts).toHaveLength(staffQuestions.length);
    expect(firsts.filter(Boolean).length * 5).toBeGreaterThanOrEqual(staffQuestions.length * 4);
  });
});

describe('the search page', () => {
  const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the guidance' });

  it('loads no search code or index until search is used', async () => {
    const { page } = await watchedPage(site.browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${site.url}/search/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await searchBox(page).focus();
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes('/pagefind/pagefind.js')),
    );
    await page.close();
  });

  it('fetches only what a query needs: no second copy of Pagefind, text only for the results shown, the spelling list only for a word not matched as typed, and the dictionary only for a word the site does not know', async () => {
    const { page } = await watchedPage(site.browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await search(page, 'recall');
    await page.waitForLoadState('networkidle');
    expect(requested).not.toContain('/pagefind/pagefind-worker.js');
    expect(requested).not.toContain('/search/spelling.json');
    expect(requested).not.toContain('/search/english-dictionary.json');
    const shown = await page.locator('.app-search-result').count();
    expect(shown).toBe(10);
    expect(requested.filter((path) => path.startsWith('/pagefind/fragment/')).length).toBeLessThanOrEqual(shown + 1);

    // An acronym the site does not have is checked against the site's list, never against the dictionary.
    await search(page, 'ZQX');
    expect(requested).toContain('/search/spelling.json');
    expect(requested).not.toContain('/search/english-dictionary.json');
    await search(page, 'chaplin');
    expect(requested).toContain('/search/english-dictionary.json');
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

  it('shows a map once, with up to three of its steps that match, each a process step linking to that step', async () => {
    const { page } = await watchedPage(site.browser);
    const shown = await search(page, 'warning letter');
    const maps = resultLinks(shown).filter((href) => href.startsWith('/process-maps/enforcement/'));
    expect(maps).toEqual(['/process-maps/enforcement/']);
    const map = page.locator('.app-search-result', { has: page.locator('a[href^="/process-maps/enforcement/?"]') });
    const steps = map.locator('.app-search-result__step');
    expect(await steps.count()).toBeGreaterThan(0);
    expect(await steps.count()).toBeLessThanOrEqual(3);
    await expect(steps.first().getByRole('link').getAttribute('href')).resolves.toMatch(
      /^\/process-maps\/enforcement\/\?step=sendWarningLetter&highlight=warning&highlight=letter#step-sendWarningLetter$/,
    );
    for (const type of await map.locator('.app-search-result__step-type').allTextContents())
      expect(type).toBe(stepSearchType);
    await page.close();
  });

  it('finds a map, never its presenter or quiz view, by what staff call them', async () => {
    const { page } = await watchedPage(site.browser);
    for (const query of ['practise enforcement', 'present the enforcement map to the team', 'quiz']) {
      const shown = await search(page, query);
      expect(shown.results.flat().filter((href) => /\/(present|quiz)\//.test(href))).toEqual([]);
      if (query !== 'quiz') expect(resultLinks(shown)[0]).toBe('/process-maps/enforcement/');
    }
    await page.close();
  });

  it('says what kind of thing every result is', async () => {
    const { page } = await watchedPage(site.browser);
    for (const query of ['recall', 'POM supervision', 'deadlines']) {
      await search(page, query);
      for (const meta of await page.locator('.app-search-result__meta').allTextContents())
        expect(searchTypes).toContain(meta.split(' · ')[0]);
    }
    await page.close();
  });

  it('shows the definition of a bare term once, above the results, and puts pages that answer above definitions', async () => {
    const { page, problems } = await watchedPage(site.browser);
    for (const [query, entry] of [
      ['OMiC', '/glossary/#term-omic'],
      ['what is a PDU', '/glossary/#term-pdu'],
      ['What does MAPPA stand for?', '/glossary/#term-mappa'],
      ['probation delivery unit', '/glossary/#term-pdu'],
    ] as const) {
      const shown = await search(page, query);
      expect(shown.answer, query).toBe(entry);
      expect(shown.results.flat(), query).not.toContain(entry);
      await expect(page.locator('[data-search-answer]').getByRole('heading').textContent()).resolves.toMatch(
        new RegExp(`^${entry.slice('/glossary/#term-'.length)}`, 'i'),
      );
    }
    expect(describeViolations(await axeViolations(page))).toBe('');
    for (const query of ['OMiC handover sessions', 'PSO case risk goes up to high', 'MPC handover email']) {
      const shown = await search(page, query);
      expect(shown.answer, query).toBeUndefined();
      expect(resultLinks(shown)[0], query).not.toMatch(/^\/glossary\//);
    }
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('never rewrites a real word or one of the site’s acronyms, and says "not in the guidance" only when nothing is found', async () => {
    const { page } = await watchedPage(site.browser);
    for (const query of ['church', 'info sharing', 'OMA', 'breech', 'can a hostel resident go to church']) {
      const shown = await search(page, query);
      expect(shown.suggestion, query).toBe('');
      expect(shown.status, query).not.toMatch(/instead of/);
      expect(await searchBox(page).inputValue(), query).toBe(query);
      if (shown.results.length) expect(shown.status, query).not.toMatch(/not in the guidance/);
    }
    const nothing = await search(page, 'qwertyuiop');
    expect(nothing.results).toEqual([]);
    expect(nothing.status).toMatch(/^No results for “qwertyuiop”\. “qwertyuiop” is not in the guidance\./);
    await page.close();
  });

  it('searches the nearest words at once when the words as typed find nothing, saying so, and can search them as typed', async () => {
    const { page, problems } = await watchedPage(site.browser);
    const shown = await search(page, 'segragation visits');
    expect(shown.status).toMatch(/^Showing \d+ results? for “segregation visits” instead of “segragation visits”\.$/);
    expect(shown.status).not.toMatch(/not in the guidance/);
    expect(shown.results.length).toBeGreaterThan(0);
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.getByRole('link', { name: 'segragation visits', exact: true }).click();
    await page.waitForFunction(() =>
      /for “segragation visits”/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    );
    await expect(page.locator('[data-search-status]').textContent()).resolves.not.toMatch(/instead of/);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('offers the nearest word when the words as typed still find something', async () => {
    const { page } = await watchedPage(site.browser);
    const shown = await search(page, 'recal');
    expect(shown.suggestion).toBe('Did you mean recall?');
    expect(shown.status).toMatch(/^\d+ results? for “recal”\.$/);
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.getByRole('link', { name: 'recall', exact: true }).click();
    await page.waitForFunction(() =>
      /for “recall”/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    );
    await page.close();
  });

  it('shows the timescale that answers a step beside the step', async () => {
    const { page } = await watchedPage(site.browser);
    await search(page, 'how long do I have to send a warning letter');
    const step = page.locator('.app-search-result__step', { hasText: 'Send a letter' }).first();
    const warningLetter = describeMachine(enforcement).steps.find(
      (candidate) => candidate.path === 'sendWarningLetter',
    )!;
    await expect(step.locator('.app-search-result__timescale').textContent()).resolves.toBe(
      `Timescale: ${formatTimescale(warningLetter.meta.timescale!)}`,
    );
    await page.close();
  });

  it("shows the page's own words in a result found by a staff word, and says which word matched", async () => {
    const { page } = await watchedPage(site.browser);
    await search(page, 'tag');
    const excerpts = await page.locator('.app-search-result__excerpt').allTextContents();
    // The words added to the index for search ("tag. tagged. tagging.") never show as if they were the page's text.
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/⁂|tag\. tagged\./);
    const nsd = page.locator('.app-search-result', { hasText: 'Monitoring ended' }).first();
    await expect(nsd.locator('.app-search-result__also').textContent()).resolves.toMatch(/^Also matches tag\b/);
    await page.close();
  });

  it('finds tools by what they are for, typed as a Tool', async () => {
    const { page } = await watchedPage(site.browser);
    const shown = await search(page, 'list of deadlines');
    expect(resultLinks(shown)[0]).toBe('/timescales/');
    await expect(page.locator('.app-search-result__meta').first().textContent()).resolves.toBe('Tool');
    await page.close();
  });

  it('puts the first result on the first screen: the filters beside the results on a laptop, folded away on a phone', async () => {
    for (const [width, height] of [
      [1366, 768],
      [375, 812],
    ] as const) {
      const context = await site.browser.newContext({ viewport: { width, height } });
      const { page } = await watchedPage(context);
      for (const query of ['warning letter', 'OMiC', 'segragation visits', 'recal']) {
        await search(page, query);
        const top = await page
          .locator('.app-search-result')
          .first()
          .evaluate((result) => result.getBoundingClientRect().top);
        expect(top, `${query} at ${width}×${height}`).toBeLessThan(height);
      }
      const filters = page.locator('[data-search-filter-panel]');
      const isOpen = await filters.evaluate((details) => (details as HTMLDetailsElement).open);
      if (width > 800) {
        expect(isOpen).toBe(true);
        const panel = await filters.boundingBox();
        const results = await page.locator('#search-results').boundingBox();
        expect(panel!.x + panel!.width).toBeLessThanOrEqual(results!.x);
      } else {
        expect(isOpen).toBe(false);
        await expect(page.getByLabel('Type').isVisible()).resolves.toBe(false);
        expect(describeViolations(await axeViolations(page))).toBe('');
        await page.getByText('Filter results').click();
        await expect(page.getByLabel('Type').isVisible()).resolves.toBe(true);
        await page.getByLabel('Type').selectOption('Guidance');
        await page.waitForFunction(() =>
          /1 chosen/.test(document.querySelector('[data-search-filter-summary]')?.textContent ?? ''),
        );
      }
      expect(describeViolations(await axeViolations(page))).toBe('');
      await context.close();
    }
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

  it('updates results as you type, filters them, and works by keyboard alone', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/search/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('/');
    await expect(searchBox(page).evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('warning');
    await page.waitForFunction(() =>
      /results? for/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    );
    expect(new URL(page.url()).searchParams.get('q')).toBe('warning');
    const all = await page.locator('.app-search-result').count();
    expect(all).toBeGreaterThan(0);

    await page.getByLabel('Type').selectOption('Process map');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.app-search-result__meta')].every((meta) =>
        meta.textContent?.startsWith('Process map'),
      ),
    );
    const maps = await page.locator('.app-search-result').count();
    expect(maps).toBeGreaterThan(0);
    expect(maps).toBeLessThanOrEqual(all);
    await expect(page.locator('.app-search-result__meta').allTextContents()).resolves.toSatisfy((metas: string[]) =>
      metas.every((meta) => meta.startsWith('Process map')),
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

  it('prints its heading, the query and the results, without the box, hint or filters', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/search/?q=warning`);
    await page.waitForSelector('.app-search-result');
    await page.emulateMedia({ media: 'print' });
    const shown = async (selector: string) => page.locator(selector).first().isVisible();
    expect(await shown('h1')).toBe(true);
    expect(await page.locator('[data-search-status]').textContent()).toContain('warning');
    expect(await shown('.app-search-result')).toBe(true);
    for (const hidden of ['#search-input', '#search-hint', '.app-search-filters', '.app-header'])
      expect({ hidden, shown: await shown(hidden) }).toEqual({ hidden, shown: false });
    await page.close();
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
