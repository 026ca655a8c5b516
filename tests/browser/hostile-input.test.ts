// Crafted addresses and saved choices that a hostile review tried: each is capped or checked, and leaves the page usable
// and accessible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processes } from '../../src/machines';
import { axeViolations, describeViolations, openSite, watchedPage, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('?highlight= from a crafted link', () => {
  it('highlights at most six words of at most 40 characters, however many the address carries', async () => {
    const { page, problems } = await watchedPage(site.browser);
    // Six words the page has, then words it also has that are past the cap, then a hundred long ones (the address stays under the servers' 8 KB limit).
    const kept = ['warning', 'letter', 'court', 'breach', 'summons', 'licence'];
    const extra = ['probation', 'practitioner', 'person', 'sentence'];
    const flood = Array.from({ length: 120 }, (_, index) => `${'x'.repeat(45)}${index}`);
    const query = [...kept, ...extra, ...flood].map((word) => `highlight=${word}`).join('&');
    await page.goto(`${site.url}/guidance/national-standards/09-enforcing-the-sentence/?${query}`);
    await page.waitForSelector('mark.app-search-highlight__mark');
    const marked = new Set(
      (await page.locator('mark.app-search-highlight__mark').allTextContents()).map((text) => text.toLowerCase()),
    );
    for (const word of extra) expect(marked.has(word), word).toBe(false);
    expect([...marked].every((text) => kept.some((word) => text.includes(word)))).toBe(true);
    const left = new URL(page.url()).searchParams.getAll('highlight');
    expect(left).toEqual(kept);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('Highlight my role on every map', () => {
  it.each(processes.map(({ id }) => id))(
    '%s keeps its headings in order (axe heading-order) with a role chosen',
    async (id) => {
      const context = await site.browser.newContext();
      const { page, problems } = await watchedPage(context);
      await page.goto(`${site.url}/process-maps/${id}/`);
      const select = page.getByLabel('Highlight my role');
      const role = await select.locator('option:not([value=""])').first().getAttribute('value');
      await select.selectOption(role!);
      await page.getByRole('list', { name: 'Your steps in this map' }).waitFor();
      expect(describeViolations(await axeViolations(page, { rules: ['heading-order'] }))).toBe('');
      expect(problems.consoleErrors).toEqual([]);
      await context.close();
    },
  );
});
