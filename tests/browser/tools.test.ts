// The deadline calculator, the timescales index and content review, as staff and content owners use them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, openSite, watchedPage, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

async function calculator() {
  const watched = await watchedPage(site.browser);
  await watched.page.goto(`${site.url}/tools/deadlines/`);
  await watched.page.waitForSelector('[data-deadline-form]:not([hidden])');
  return watched;
}

async function enterDate(
  page: Awaited<ReturnType<typeof calculator>>['page'],
  day: string,
  month: string,
  year: string,
) {
  await page.getByLabel('Day', { exact: true }).fill(day);
  await page.getByLabel('Month', { exact: true }).fill(month);
  await page.getByLabel('Year', { exact: true }).fill(year);
}

describe('the deadline calculator', () => {
  it('lists every enforcement deadline over Christmas, earliest first, skipping the bank holidays', async () => {
    const { page, problems } = await calculator();
    await page.getByLabel('What happened?').selectOption('failure-to-comply');
    await enterDate(page, '23', '12', '2026');
    await page.getByRole('button', { name: 'Work out deadlines' }).click();
    await page.waitForSelector('[data-deadline-results]:not([hidden])');
    const dates = await page.locator('[data-deadline-rows] tr th time').allTextContents();
    expect(dates).toEqual([
      'Tuesday 29 December 2026', // working day 2: the letter
      'Monday 4 January 2027', // day 5: evidence
      'Tuesday 5 January 2027', // day 6: decision
      'Thursday 7 January 2027', // day 8: breach
      'Monday 11 January 2027', // day 10: summons
    ]);
    const firstRow = await page.locator('[data-deadline-rows] tr').first().textContent();
    expect(firstRow).toContain(
      'Bank holidays skipped: Christmas Day, Friday 25 December 2026; Boxing Day (substitute day), Monday 28 December 2026',
    );
    expect(firstRow).toContain('National Standards 2021, section 9.1');
    await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-deadline-results'))).resolves.toBe(
      true,
    );
    expect(new URL(page.url()).search).toBe('?event=failure-to-comply&date=2026-12-23');
    expect(describeViolations(await axeViolations(page))).toBe('');
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], externalRequests: [], dialogs: [] });
    await page.close();
  });

  it('says on each result from a dated document that it is dated, linking to why, and not on a current one', async () => {
    const { page, problems } = await calculator();
    await page.getByLabel('What happened?').selectOption('failure-to-comply');
    await enterDate(page, '23', '11', '2026');
    await page.getByRole('button', { name: 'Work out deadlines' }).click();
    const rows = page.locator('[data-deadline-rows] tr');
    await rows.first().waitFor();
    for (const row of await rows.all()) {
      expect(await row.textContent()).toContain('Dated document, issued June 2021. It sets no review date.');
      await expect(row.getByRole('link', { name: 'Dated document' }).getAttribute('href')).resolves.toBe(
        '/guidance/national-standards/#status-and-dates',
      );
    }
    await page.getByLabel('What happened?').selectOption('isa-signed');
    await page.getByRole('button', { name: 'Work out deadlines' }).click();
    await expect(page.locator('[data-deadline-rows]').textContent()).resolves.toContain('Information Sharing Policy');
    await expect(page.locator('[data-deadline-rows]').textContent()).resolves.not.toContain('Dated document');
    expect(describeViolations(await axeViolations(page))).toBe('');
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], externalRequests: [], dialogs: [] });
    await page.close();
  });

  it('opens with the same deadlines from a shared link', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/tools/deadlines/?event=ap-arrival&date=2027-03-24`);
    await page.waitForSelector('[data-deadline-results]:not([hidden])');
    await expect(page.locator('[data-deadline-results-heading]').textContent()).resolves.toContain(
      'Deadlines from Wednesday 24 March 2027',
    );
    // 10 working days over Good Friday (26 March) and Easter Monday (29 March 2027).
    await expect(page.locator('[data-deadline-rows] tr th time').first().textContent()).resolves.toBe(
      'Friday 9 April 2027',
    );
    await expect(page.getByLabel('Day', { exact: true }).inputValue()).resolves.toBe('24');
    await page.close();
  });

  it('fits a phone: each deadline stacked, its parts named, and nothing to scroll sideways', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 812 } });
    const { page } = await watchedPage(context);
    await page.goto(`${site.url}/tools/deadlines/?event=failure-to-comply&date=2026-12-23`);
    await page.waitForSelector('[data-deadline-results]:not([hidden])');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const table = (await page.locator('.app-deadline-table').boundingBox())!;
    expect(table.x + table.width).toBeLessThanOrEqual(375);
    const labels = await page
      .locator('[data-deadline-rows] tr')
      .first()
      .locator('td')
      .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
    expect(labels.map((label) => label.replace(/ \/ ""$/, ''))).toEqual([
      '"What must happen"',
      '"Timescale"',
      '"Source"',
    ]);
    expect(describeViolations(await axeViolations(page))).toBe('');
    await context.close();
  });

  it('prints only the dated deadlines, without the form or the rules', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/tools/deadlines/?event=contact&date=2026-11-27`);
    await page.waitForSelector('[data-deadline-results]:not([hidden])');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-deadline-results]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-deadline-form]').isVisible()).resolves.toBe(false);
    await expect(page.locator('#event-failure-to-comply').isVisible()).resolves.toBe(false);
    await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('explains a date that does not exist, with a link to the field, and no results', async () => {
    const { page } = await calculator();
    await enterDate(page, '29', '2', '2027');
    await page.getByRole('button', { name: 'Work out deadlines' }).click();
    const summary = page.locator('[data-deadline-errors]');
    await expect(summary.isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-deadline-errors'))).resolves.toBe(true);
    await expect(summary.textContent()).resolves.toContain('The date of the event must be a real date');
    await expect(page.locator('[data-deadline-results]').isHidden()).resolves.toBe(true);
    await expect(page.getByLabel('Day', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    expect(describeViolations(await axeViolations(page))).toBe('');
    await summary.getByRole('link').click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('deadline-day');
    await page.close();
  });

  it('asks for a time only for deadlines counted in hours, and counts the hours', async () => {
    const { page } = await calculator();
    await expect(page.getByLabel('Time (optional)').isVisible()).resolves.toBe(false);
    await page.getByLabel('What happened?').selectOption('recall-decision');
    await expect(page.getByLabel('Time (optional)').isVisible()).resolves.toBe(true);
    await enterDate(page, '23', '11', '2026');
    await page.getByLabel('Time (optional)').fill('23:15');
    await page.getByRole('button', { name: 'Work out deadlines' }).click();
    await page.waitForSelector('[data-deadline-results]:not([hidden])');
    await expect(page.locator('[data-deadline-rows] tr th time').allTextContents()).resolves.toEqual([
      'Tuesday 24 November 2026 at 1:15am',
      'Tuesday 24 November 2026 at 11:15pm',
    ]);
    await page.getByLabel('Time (optional)').fill('25:99');
    await page.getByRole('button', { name: 'Work out deadlines' }).click();
    await expect(page.locator('[data-deadline-errors]').textContent()).resolves.toContain(
      'Enter the time of the event as hours and minutes',
    );
    await page.close();
  });

  it('turns a hostile or broken link into a clear message, running no script', async () => {
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(`${site.url}/tools/deadlines/?event=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&date=2026-11-23`);
    await page.waitForSelector('[data-deadline-errors]:not([hidden])');
    await expect(page.locator('[data-deadline-errors]').textContent()).resolves.toContain(
      'The link named an event the calculator does not know',
    );
    await page.goto(`${site.url}/tools/deadlines/?event=release&date=%3Cscript%3Ealert(1)%3C/script%3E`);
    await page.waitForSelector('[data-deadline-errors]:not([hidden])');
    await expect(page.locator('[data-deadline-errors]').textContent()).resolves.toContain(
      'The link did not give a real date',
    );
    expect(problems.dialogs).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows every rule as a table without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const { page } = await watchedPage(context);
    await page.goto(`${site.url}/tools/deadlines/`);
    await expect(page.locator('[data-deadline-form]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-deadline-no-js]').isVisible()).resolves.toBe(true);
    const enforcement = await page.locator('#event-failure-to-comply').textContent();
    expect(enforcement).toContain('within 2 working days');
    expect(enforcement).toContain('by working day 10');
    await expect(page.locator('#bank-holidays ~ .govuk-grid-row').textContent()).resolves.toContain('Christmas Day');
    await context.close();
  });
});

describe('the timescales index', () => {
  async function index(query = '') {
    const watched = await watchedPage(site.browser);
    await watched.page.goto(`${site.url}/timescales/${query}`);
    await watched.page.waitForSelector('[data-table-filters]:not([hidden])');
    return watched;
  }
  const visibleRows = (page: Awaited<ReturnType<typeof index>>['page']) =>
    page.locator('[data-filterable-table] tbody tr:not([hidden])');

  it('sorts by timescale and by what must happen, saying which way', async () => {
    const { page } = await index();
    const timescale = page.getByRole('button', { name: 'Timescale' });
    await timescale.click();
    await expect(page.locator('th:has(button:text-is("Timescale"))').getAttribute('aria-sort')).resolves.toBe(
      'descending',
    );
    const values = await page
      .locator('[data-filterable-table] tbody tr td:nth-child(2)')
      .evaluateAll((cells) => cells.map((cell) => Number((cell as HTMLElement).dataset.sortValue)));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await page.getByRole('button', { name: 'What must happen' }).click();
    const tasks = await page.locator('[data-filterable-table] tbody tr td:first-child').allTextContents();
    expect(tasks).toEqual([...tasks].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.close();
  });

  it('filters by unit and by words, announcing the count and keeping the filter in the link', async () => {
    const { page } = await index();
    const total = await page.locator('[data-filterable-table] tbody tr').count();
    await page.getByLabel('Counted in').selectOption('hours');
    const hours = await visibleRows(page).evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.unit));
    expect(hours.length).toBeGreaterThan(0);
    expect(new Set(hours)).toEqual(new Set(['hours']));
    await expect(page.locator('[data-filter-count]').textContent()).resolves.toBe(
      `Showing ${hours.length} of ${total} timescales`,
    );
    expect(new URL(page.url()).searchParams.get('unit')).toBe('hours');
    await page.getByLabel('Contains the words').fill('recall');
    const recall = await visibleRows(page).allTextContents();
    expect(recall.length).toBeGreaterThan(0);
    for (const row of recall) expect(row.toLowerCase()).toContain('recall');
    await page.close();

    const again = await index('?unit=hours&q=%3Cscript%3E');
    await expect(again.page.getByLabel('Counted in').inputValue()).resolves.toBe('hours');
    await expect(again.page.locator('[data-filter-count]').textContent()).resolves.toBe(
      `Showing 0 of ${total} timescales`,
    );
    await again.page.close();
  });

  it('links each timescale to the step or guidance section it is used in', async () => {
    const { page } = await index();
    const links = await page
      .locator('[data-filterable-table] tbody tr td:last-child a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.some((href) => href?.startsWith('/process-maps/enforcement/#step-'))).toBe(true);
    expect(links.some((href) => href?.startsWith('/guidance/national-standards/09-enforcing-the-sentence/#'))).toBe(
      true,
    );
    await page.close();
  });
});

describe('content review', () => {
  it('warns on a page past its review date, and not on one that is current', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/guidance/release-information/`);
    await expect(page.locator('[data-review-status="overdue"]').textContent()).resolves.toContain('may be out of date');
    await page.goto(`${site.url}/guidance/national-standards/`);
    await expect(page.locator('[data-review-status="overdue"]').count()).resolves.toBe(0);
    await expect(page.locator('.app-review-details').textContent()).resolves.toMatch(
      /Owner.*Last reviewed.*This page’s next check/s,
    );
    await page.close();
  });

  it('lists the overdue pages with their owners for content owners', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/content-review/`);
    const overdue = await page.locator('[data-review-table="overdue"]').textContent();
    expect(overdue).toContain('Protocol between ACPO, NOMS and the LGA');
    expect(overdue).toContain('November 2014');
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.close();
  });
});
