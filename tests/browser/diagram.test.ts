// The swimlane diagram on map pages as people use it: fitting the screen, zoom, selecting boxes with the mouse and the
// keyboard, the walk-through marks, readable text, phones, print, and no accessibility violations in any view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeMachine, stepsInOrder } from '../../src/lib/process-map/model';
import { processes } from '../../src/machines';
import { axeViolations, describeViolations, openSite, watchedPage, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

async function openMap(id: string, width: number, height: number, query = ''): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height } });
  const { page } = await watchedPage(context);
  await page.goto(`${site.url}/process-maps/${id}/${query}`);
  await page.waitForSelector('[data-walkthrough][data-ready]');
  return page;
}

/** The smallest-to-largest rendered font sizes, in CSS pixels, of each kind of text in the diagram inside `scope`. */
async function renderedTextSizes(page: Page, scope: string) {
  return page.evaluate((scope) => {
    const kinds = {
      label: '.app-diagram__label',
      edgeLabel: '.app-diagram__edge-label',
      badge: '.app-diagram__badge-text',
      lane: '.app-diagram__lane-label',
    };
    return Object.fromEntries(
      Object.entries(kinds).map(([kind, selector]) => [
        kind,
        [...document.querySelectorAll<SVGTextElement>(`${scope} svg ${selector}`)].map((text) => {
          const svg = text.ownerSVGElement!;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return Number.parseFloat(getComputedStyle(text).fontSize) * scale;
        }),
      ]),
    ) as Record<keyof typeof kinds, number[]>;
  }, scope);
}

/** WCAG relative luminance contrast of two CSS colours as Chromium computes them ("rgb(r, g, b)"). */
function contrast(first: string, second: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((part) => {
      const value = Number(part) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

describe.each(processes)('the diagram of "$id"', ({ id, machine }) => {
  const model = describeMachine(machine);
  const flowOrder = stepsInOrder(model.steps).map((step) => step.path);

  it('fits 1280 px with no horizontal scroll, and (drawn by the engine) text of 16 px or more at 1920 × 1080', async () => {
    const page = await openMap(id, 1280, 900);
    const fit = await page.evaluate(() => {
      const region = document.querySelector<HTMLElement>('[data-diagram-scroll]')!;
      return { page: document.documentElement.scrollWidth, region: region.scrollWidth - region.clientWidth };
    });
    expect(fit.page).toBeLessThanOrEqual(1280);
    if (model.lanes.length <= 6) expect(fit.region).toBe(0);
    await page.context().close();

    const projector = await openMap(id, 1920, 1080);
    const sizes = await renderedTextSizes(projector, '[data-map-diagram]');
    expect(sizes.label.length).toBe(model.steps.length);
    // Box labels, connector (branch) labels, timescale badges and lane headings alike.
    if (model.steps.some((step) => step.outcomes.length > 1)) expect(sizes.edgeLabel.length).toBeGreaterThan(0);
    for (const kind of ['label', 'edgeLabel', 'badge', 'lane'] as const)
      expect(Math.min(...sizes[kind]), `${kind} text`).toBeGreaterThanOrEqual(15.99);
    await projector.context().close();
  });

  it('draws every text in presenter mode at 16 px or more at 1920 × 1080, following the current step', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const { page } = await watchedPage(context);
    const last = stepsInOrder(model.steps).at(-1)!;
    await page.goto(`${site.url}/process-maps/${id}/present/?step=${last.path}`);
    await page.waitForSelector('[data-presenter][data-ready]');
    const sizes = await renderedTextSizes(page, '.app-presenter__map');
    for (const kind of ['label', 'edgeLabel', 'badge', 'lane'] as const)
      expect(Math.min(...sizes[kind]), `${kind} text`).toBeGreaterThanOrEqual(15.99);
    // A map taller than the screen scrolls inside its pane, with the current step in view.
    const inView = await page.evaluate((path) => {
      const pane = document.querySelector('.app-presenter__map')!.getBoundingClientRect();
      const box = document.querySelector(`.app-presenter__map g[data-step="${path}"]`)!.getBoundingClientRect();
      return box.top >= pane.top && box.bottom <= pane.bottom && box.left >= pane.left && box.right <= pane.right;
    }, last.path);
    expect(inView).toBe(true);
    await context.close();
  });

  it('zooms with buttons a keyboard can reach, and fits the whole map to the screen', async () => {
    const page = await openMap(id, 1280, 900);
    const width = () =>
      page.locator('[data-diagram-scroll] > svg').evaluate((svg) => svg.getBoundingClientRect().width);
    const fitted = await width();
    await page.getByRole('button', { name: 'Zoom in' }).focus();
    await page.keyboard.press('Enter');
    expect(await width()).toBeGreaterThan(fitted);
    await expect(page.locator('[data-zoom-level]').textContent()).resolves.toMatch(/%$/);
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    const height = await page
      .locator('[data-diagram-scroll] > svg')
      .evaluate((svg) => svg.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(900);
    await expect(page.getByRole('button', { name: 'Fit to screen' }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    await page.context().close();
  });

  it('moves between boxes with the arrow keys, one Tab stop for the whole diagram, with a visible focus', async () => {
    const page = await openMap(id, 1280, 900);
    const first = page.locator(`[data-map-diagram] g[data-step="${flowOrder[0]}"]`);
    await expect(first.getAttribute('tabindex')).resolves.toBe('0');
    await expect(page.locator('[data-map-diagram] g[data-step][tabindex="0"]').count()).resolves.toBe(1);
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.step);
    expect(await focused()).toBe(flowOrder[1]);
    const fill = await page.evaluate(() => {
      const shape = document.activeElement!.querySelector('.app-diagram__shape')!;
      return getComputedStyle(shape).fill;
    });
    expect(fill).toBe('rgb(255, 221, 0)');
    await page.keyboard.press('End');
    expect(await focused()).toBe(flowOrder[flowOrder.length - 1]);
    await page.keyboard.press('Home');
    expect(await focused()).toBe(flowOrder[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const step = model.steps.find((candidate) => candidate.path === flowOrder[1])!;
    await expect(
      page.locator(`[data-walkthrough-current] [data-step-heading="${step.path}"]`).textContent(),
    ).resolves.toBe(`Step ${step.number}${step.meta.title}`);
    await expect(page.locator('[data-map-diagram] g[data-step][tabindex="0"]').count()).resolves.toBe(1);
    await page.context().close();
  });

  it('marks the current box, the path taken and where the options lead during a walk-through', async () => {
    const page = await openMap(id, 1280, 900);
    await page.getByRole('button', { name: 'Start walk-through' }).click();
    const start = model.initialPaths[0]!;
    const box = (path: string) => page.locator(`[data-map-diagram] g[data-step="${path}"]`);
    await expect(box(start).getAttribute('aria-current')).resolves.toBe('step');
    const first = model.steps.find((step) => step.path === start)!.outcomes[0]!;
    for (const target of first.targets)
      await expect(box(target).getAttribute('class')).resolves.toContain('app-diagram__step--next');
    await expect(
      page
        .locator(`[data-map-diagram] g[data-from="${start}"][data-event="${first.event}"]`)
        .first()
        .getAttribute('class'),
    ).resolves.toContain('app-diagram__edge--option');
    await page.locator('.app-walkthrough__option').first().click();
    await expect(box(start).getAttribute('class')).resolves.toContain('app-diagram__step--visited');
    await expect(box(start).getAttribute('aria-current')).resolves.toBeNull();
    await expect(page.locator('[data-walkthrough-progress]').textContent()).resolves.toBe('Path so far: 2 steps');
    await expect(page.locator('[data-map-diagram] .app-diagram__edge--taken').count()).resolves.toBeGreaterThan(0);
    await page.context().close();
  });

  it('draws its labels with a contrast of at least 4.5:1 against their boxes, in every walk-through state', async () => {
    const page = await openMap(id, 1280, 900);
    await page.getByRole('button', { name: 'Start walk-through' }).click();
    const pairs = await page.evaluate(() =>
      [...document.querySelectorAll('[data-map-diagram] g[data-step]')].flatMap((box) => {
        const shape = box.querySelector('.app-diagram__shape');
        const label = box.querySelector('.app-diagram__label');
        if (!shape || !label) return [];
        const fill = getComputedStyle(shape).fill;
        return [{ step: (box as SVGGElement).dataset.step!, text: getComputedStyle(label).fill, fill }];
      }),
    );
    expect(pairs.length).toBe(model.steps.length);
    for (const pair of pairs) {
      const background = pair.fill === 'none' ? 'rgb(255, 255, 255)' : pair.fill;
      expect(contrast(pair.text, background), `${pair.step}: ${pair.text} on ${background}`).toBeGreaterThanOrEqual(
        4.5,
      );
    }
    await page.context().close();
  });

  it('draws its text at 12 px or more on a phone, in a frame that says it scrolls sideways while the page does not', async () => {
    const page = await openMap(id, 375, 812);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const sizes = await renderedTextSizes(page, '[data-map-diagram]');
    for (const kind of ['label', 'edgeLabel', 'badge', 'lane'] as const)
      expect(Math.min(...sizes[kind]), `${kind} text`).toBeGreaterThanOrEqual(11.99);
    await expect(page.getByText('scroll it sideways to see every role').isVisible()).resolves.toBe(true);
    const frame = await page
      .locator('[data-diagram-scroll]')
      .evaluate((node) => ({ scroll: node.scrollWidth, client: node.clientWidth }));
    expect(frame.scroll).toBeGreaterThan(frame.client);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.context().close();
  });

  it('says nothing about scrolling sideways where the diagram fits', async () => {
    const page = await openMap(id, 1280, 900);
    await expect(page.getByText('scroll it sideways to see every role').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('has no accessibility violations with a walk-through running, a box selected and the map zoomed', async () => {
    const page = await openMap(id, 1280, 900);
    await page.getByRole('button', { name: 'Start walk-through' }).click();
    await page.locator(`[data-map-diagram] g[data-step="${flowOrder[1]}"]`).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByText('Copy this map as Mermaid').click();
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.context().close();
  });

  it('prints the diagram whole, as one picture on one page, its text 7 pt or more, then the procedure', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const { page } = await watchedPage(context);
    await page.goto(`${site.url}/process-maps/${id}/`);
    await page.waitForSelector('[data-walkthrough][data-ready]');
    await page.emulateMedia({ media: 'print' });
    // One picture, printed at a size in millimetres: its smallest text, scaled, in points.
    const pictures = await page.evaluate(() => {
      const smallest = Math.min(
        ...[...document.querySelectorAll('svg.app-diagram text')].map((text) => Number(text.getAttribute('font-size'))),
      );
      return [...document.querySelectorAll<SVGSVGElement>('svg.app-diagram, .app-map-print svg')]
        .filter((svg) => svg.getBoundingClientRect().height > 0)
        .map((svg) => {
          const width = svg.width.baseVal;
          width.convertToSpecifiedUnits(SVGLength.SVG_LENGTHTYPE_MM);
          return {
            points: (((smallest * width.valueInSpecifiedUnits) / svg.viewBox.baseVal.width) * 72) / 25.4,
            // Drawn at the height it was given: its caption left it room.
            drawn: svg.getBoundingClientRect().height / svg.height.baseVal.value,
          };
        });
    });
    expect(pictures.length).toBe(1);
    expect(pictures[0]!.points).toBeGreaterThanOrEqual(7);
    expect(pictures[0]!.drawn).toBeGreaterThan(0.99);
    await expect(page.locator('[data-trainer-notes]').first().isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Zoom in' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-step-details]').first().isVisible()).resolves.toBe(true);
    const linkText = await page
      .locator('.app-print-href')
      .first()
      .evaluate((link) => ({ after: getComputedStyle(link, '::after').content, href: link.getAttribute('href') }))
      .catch(() => undefined);
    if (linkText) expect(linkText.after).toBe(`" (${linkText.href})"`);
    const pages = async () => {
      const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
      return {
        count: pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0,
        first: /\/MediaBox\s*\[([^\]]*)\]/.exec(pdf)?.[1],
      };
    };
    const printed = await pages();
    // The page the diagram printed on is the one chosen for it: A4, or A3 where its text would print too small.
    const sheet = await page.locator('[data-print-page]').getAttribute('data-print-page');
    const [, , width, height] = printed.first!.trim().split(/\s+/).map(Number);
    const expected = { a4: [595, 842], a3: [842, 1191] }[sheet!.slice(0, 2) as 'a4' | 'a3'];
    const [short, long] = [Math.min(width!, height!), Math.max(width!, height!)];
    expect([Math.round(short), Math.round(long)]).toEqual(expected);
    expect(width! > height!).toBe(sheet!.endsWith('landscape'));
    await page.addStyleTag({ content: '.app-map-print { display: none !important; }' });
    const withoutDiagram = await pages();
    // The diagram adds its one page; how long the procedure runs depends on the steps' words, not on the diagram.
    expect(printed.count - withoutDiagram.count).toBeLessThanOrEqual(1);
    await context.close();
  });
});

describe('a map drawn inside guidance', () => {
  const pages = [
    ['/guidance/national-standards/09-enforcing-the-sentence/', 'enforcement'],
    ['/guidance/information-sharing/create-an-information-sharing-agreement/', 'information-sharing-agreement'],
    ['/guidance/faith-and-probation/chaplaincy-in-prison/', 'chaplaincy-in-prison'],
  ] as const;

  it.each(pages)('%s shows part of the %s map, each box linking to its step on the map page', async (url, id) => {
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(`${site.url}${url}`);
    const figure = page.locator(`[data-guidance-diagram="${id}"]`);
    await expect(figure.locator('svg').count()).resolves.toBe(1);
    await expect(figure.getByRole('link', { name: /process map$/ }).getAttribute('href')).resolves.toBe(
      `/process-maps/${id}/`,
    );
    const links = await figure
      .locator('a:has(g[data-step])')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(new RegExp(`^/process-maps/${id}/\\?step=[^#]+#step-`));
    expect(describeViolations(await axeViolations(page))).toBe('');
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});
