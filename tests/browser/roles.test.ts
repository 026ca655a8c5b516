// Issue 21 in the browser: "Highlight my role" (the only part that needs JavaScript), the Atom feed parsed by a real
// XML parser, the report link following the walk-through, and the new pages working without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeMachine, stepsInOrder } from '../../src/lib/process-map/model';
import { roles } from '../../src/lib/roles';
import { enforcement } from '../../src/machines/enforcement';
import { startCommunitySentence } from '../../src/machines/start-community-sentence';
import { axeViolations, describeViolations, openSite, watchedPage, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const model = describeMachine(enforcement);
// The procedure lists steps in the order the process flows. The SPO allocates on this map (NS 3.1).
const roleMap = 'start-community-sentence';
const roleModel = describeMachine(startCommunitySentence);
const inFlowOrder = stepsInOrder(roleModel.steps);
const spoSteps = inFlowOrder.filter((step) => step.meta.lane === 'spo');

describe('Highlight my role', () => {
  it('dims the other lanes, lists my steps, passes axe and is remembered on the next visit', async () => {
    const context = await site.browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site.url}/process-maps/${roleMap}/`);
    const select = page.getByLabel('Highlight my role');
    await select.selectOption('spo');
    await expect(page.getByRole('status').filter({ hasText: 'Highlighting' }).textContent()).resolves.toBe(
      `Highlighting ${roles.spo}: ${spoSteps.length} ${spoSteps.length === 1 ? 'step' : 'steps'} in this map.`,
    );
    const list = page.getByRole('list', { name: 'Your steps in this map' });
    await expect(list.getByRole('link').allTextContents()).resolves.toEqual(
      spoSteps.map((step) => `${step.number}. ${step.meta.title}`),
    );
    const dimmed = await page.$$eval('li[data-step].app-lane--dimmed', (nodes) =>
      nodes.map((node) => (node as HTMLElement).dataset.step),
    );
    expect(dimmed).toEqual(inFlowOrder.filter((step) => step.meta.lane !== 'spo').map((step) => step.path));
    expect(describeViolations(await axeViolations(page))).toBe('');

    await page.goto(`${site.url}/process-maps/${roleMap}/`);
    await expect(page.getByLabel('Highlight my role').inputValue()).resolves.toBe('spo');
    await expect(page.locator('li[data-step].app-lane--mine').count()).resolves.toBe(spoSteps.length);
    // A map where the saved role has no lane says so, and highlights nothing.
    await page.goto(`${site.url}/process-maps/jip-information-sharing/`);
    await expect(page.locator('[data-role-highlight-message]').textContent()).resolves.toBe(
      `Your saved role, ${roles.spo}, has no steps in this map, so nothing is highlighted.`,
    );
    await expect(page.locator('.app-lane--dimmed').count()).resolves.toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('clears a corrupted saved role with a clear message, and runs no script from it', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('app-highlight-role', '"><img src=x onerror=alert(1)>');
        sessionStorage.setItem('seeded', 'yes');
      }
    });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site.url}/process-maps/enforcement/`);
    await expect(page.locator('[data-role-highlight-message]').textContent()).resolves.toBe(
      'Your saved role could not be read, so nothing is highlighted. Choose your role again.',
    );
    await expect(page.evaluate(() => localStorage.getItem('app-highlight-role'))).resolves.toBeNull();
    await expect(page.locator('.app-lane--dimmed').count()).resolves.toBe(0);
    expect(problems.dialogs).toEqual([]);
    await context.close();
  });

  it('still highlights when the browser refuses storage, and says the choice is not remembered', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site.url}/process-maps/${roleMap}/`);
    await page.getByLabel('Highlight my role').selectOption('spo');
    await expect(page.locator('[data-role-highlight-message]').textContent()).resolves.toContain(
      'This browser would not let the site remember your choice',
    );
    await expect(page.locator('li[data-step].app-lane--mine').count()).resolves.toBe(
      roleModel.steps.filter((step) => step.meta.lane === 'spo').length,
    );
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('is not offered without JavaScript, while the map, role pages, journeys and history all are', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const { page } = await watchedPage(context);
    await page.goto(`${site.url}/process-maps/enforcement/`);
    await expect(page.getByLabel('Highlight my role').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('heading', { name: 'Page history' }).isVisible()).resolves.toBe(true);
    await page.goto(`${site.url}/roles/spo/`);
    await expect(
      page.getByRole('link', { name: `Step ${spoSteps[0]!.number}: ${spoSteps[0]!.meta.title}` }).isVisible(),
    ).resolves.toBe(true);
    await page.goto(`${site.url}/journeys/supervise-a-community-order/`);
    await expect(page.getByRole('heading', { level: 2, name: /Close the case/ }).isVisible()).resolves.toBe(true);
    await page.goto(`${site.url}/whats-new/`);
    await expect(page.getByRole('link', { name: 'the What’s new Atom feed' }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('the What’s new feed', () => {
  it('parses as XML and has the elements RFC 4287 requires of a feed and its entries', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/whats-new/`);
    const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    expect(href).toBe('/whats-new.xml');
    const report = await page.evaluate(async (feedUrl) => {
      const response = await fetch(feedUrl);
      const text = await response.text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const atom = 'http://www.w3.org/2005/Atom';
      const children = (parent: Element, name: string) =>
        [...parent.children].filter((child) => child.namespaceURI === atom && child.localName === name);
      const feed = doc.documentElement;
      const entries = children(feed, 'entry');
      const isDate = (value: string | null | undefined) =>
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value ?? '');
      return {
        contentType: response.headers.get('content-type'),
        parseError: doc.getElementsByTagName('parsererror').length,
        root: `${feed.namespaceURI} ${feed.localName}`,
        feedCounts: ['id', 'title', 'updated', 'author'].map((name) => children(feed, name).length),
        selfLink: children(feed, 'link').some((link) => link.getAttribute('rel') === 'self'),
        feedUpdatedIsDate: isDate(children(feed, 'updated')[0]?.textContent),
        entries: entries.length,
        badEntries: entries.filter(
          (entry) =>
            ['id', 'title', 'updated'].some((name) => children(entry, name).length !== 1) ||
            !isDate(children(entry, 'updated')[0]?.textContent) ||
            !children(entry, 'link').some(
              (link) => link.getAttribute('rel') === 'alternate' && link.getAttribute('href'),
            ),
        ).length,
        uniqueIds: new Set(entries.map((entry) => children(entry, 'id')[0]?.textContent)).size,
      };
    }, href!);
    expect(report.contentType).toMatch(/^application\/atom\+xml/);
    expect(report.parseError).toBe(0);
    expect(report.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(report.feedCounts).toEqual([1, 1, 1, 1]);
    expect(report.selfLink).toBe(true);
    expect(report.feedUpdatedIsDate).toBe(true);
    expect(report.entries).toBeGreaterThan(0);
    expect(report.badEntries).toBe(0);
    expect(report.uniqueIds).toBe(report.entries);
    await page.close();
  });
});

describe('Report a problem', () => {
  it('quotes the full address and, as the walk-through moves, the current step', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/process-maps/enforcement/`);
    await page.waitForSelector('[data-walkthrough][data-ready]');
    await expect(page.locator('[data-report-address]').textContent()).resolves.toBe(
      `${site.url}/process-maps/enforcement/`,
    );
    await page.getByRole('button', { name: 'Start walk-through' }).click();
    const first = model.steps.find((step) => step.path === model.initialPaths[0])!;
    await expect(page.locator('[data-report-steps]').textContent()).resolves.toBe(
      `, current step: ${first.number}. ${first.meta.title}`,
    );
    await expect(page.locator('[data-report-address]').textContent()).resolves.toContain('?step=');
    await page.close();
  });

  it('fills the current step into the email to the Data Protection Team on its map', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/process-maps/information-sharing-agreement/`);
    await page.waitForSelector('[data-walkthrough][data-ready]');
    await page.getByRole('button', { name: 'Start walk-through' }).click();
    const href = await page.getByRole('link', { name: 'Report a problem with this page' }).getAttribute('href');
    const mail = new URL(href!);
    expect(decodeURIComponent(mail.pathname)).toBe('dataprotection@justice.gov.uk');
    expect(mail.searchParams.get('body')).toMatch(/Current step: 1\. /);
    expect(mail.searchParams.get('body')).toContain(
      `Address: ${site.url}/process-maps/information-sharing-agreement/?step=`,
    );
    await page.close();
  });
});

describe('Highlight my role from a role page link', () => {
  it('highlights the role the link names, and ignores a role the site does not have', async () => {
    const context = await site.browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site.url}/roles/spo/`);
    await page
      .getByRole('link', { name: /Open the map with your steps highlighted/ })
      .first()
      .click();
    await page.waitForSelector('li[data-step].app-lane--mine');
    await expect(page.getByLabel('Highlight my role').inputValue()).resolves.toBe('spo');
    await expect(page.locator('li[data-step].app-lane--mine').count()).resolves.toBe(spoSteps.length);
    await page.goto(`${site.url}/process-maps/enforcement/?role=%3Cscript%3Ealert(1)%3C/script%3E`);
    await expect(page.locator('[data-role-highlight-message]').textContent()).resolves.toBe(
      'The link asked to highlight a role this site does not have, so nothing is highlighted.',
    );
    await expect(page.locator('.app-lane--dimmed').count()).resolves.toBe(0);
    expect(problems.dialogs).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});
