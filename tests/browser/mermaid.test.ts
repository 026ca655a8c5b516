// Mermaid diagrams as readers meet them: inline SVG styled by the site's stylesheet under its Content-Security-Policy
// (no violation), accessible (axe, a named image and a named scroll region), readable (the body text's size, in the
// site's font), on a phone (scrolls inside its frame, with a hint) and on paper (fits the page). And a map's Mermaid
// export drawn through the same drawing step the build uses.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMermaidRenderer, drawingId } from '../../src/integrations/mermaid-renderer';
import { drawFigure } from '../../src/lib/content/mermaid-blocks';
import { describeMachine } from '../../src/lib/process-map/model';
import { toMermaid } from '../../src/lib/process-map/mermaid';
import { processById } from '../../src/machines';
import { builtPages, readPage, urlOf } from '../support/dist';
import { axeViolations, describeViolations, openSite, watchedPage, type Site } from './harness';

const diagramPages = builtPages()
  .filter((file) => readPage(file).includes('data-mermaid-diagram'))
  .map(urlOf);

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Opens a page that records every Content-Security-Policy violation, at a viewport size. */
async function openPage(url: string, width = 1366, height = 768) {
  const context = await site.browser.newContext({ viewport: { width, height } });
  const { page, problems } = await watchedPage(context);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}`));
  });
  await page.goto(`${site.url}${url}`);
  await page.evaluate(() => document.fonts.ready);
  const cspViolations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  return { page, problems, cspViolations, close: () => context.close() };
}

/** How each diagram on the page is drawn: its text's size and font, a box's fill, and its frame's overflow. */
function measureFigures(page: Page) {
  return page.locator('[data-mermaid-diagram]').evaluateAll((figures) =>
    figures.map((figure) => {
      const frame = figure.querySelector<HTMLElement>('.app-mermaid__frame')!;
      const svg = figure.querySelector('svg')!;
      const text = svg.querySelector('text')!;
      const box = svg.querySelector('.node > rect, .node > polygon')!;
      const hint = figure.querySelector<HTMLElement>('.app-mermaid__hint')!;
      return {
        textSize: parseFloat(getComputedStyle(text).fontSize),
        bodySize: parseFloat(getComputedStyle(document.querySelector('main p.govuk-body, main p')!).fontSize),
        fontFamily: getComputedStyle(text).fontFamily,
        boxFill: getComputedStyle(box).fill,
        drawnWidth: svg.getBoundingClientRect().width,
        ownWidth: Number(svg.getAttribute('width')),
        overflows: frame.scrollWidth > frame.clientWidth,
        hintShown: hint.offsetParent !== null,
        frameWidth: frame.clientWidth,
      };
    }),
  );
}

describe('the guidance pages with diagrams', () => {
  it('are at least five pages', () => {
    expect(diagramPages.length).toBeGreaterThanOrEqual(5);
  });

  it('would see a Content-Security-Policy violation, if a drawing kept an inline style (the check can fail)', async () => {
    const { page, cspViolations, close } = await openPage(diagramPages[0]!);
    try {
      await page
        .locator('[data-mermaid-diagram] svg')
        .first()
        .evaluate((svg) => {
          svg.insertAdjacentHTML('beforeend', '<style>text { fill: red; }</style><g style="fill: red"></g>');
        });
      await expect.poll(cspViolations).toEqual(expect.arrayContaining(['style-src-elem', 'style-src-attr']));
    } finally {
      await close();
    }
  });

  it.each(diagramPages)('%s draws its diagrams under the CSP, readable and accessible', async (url) => {
    const { page, problems, cspViolations, close } = await openPage(url);
    try {
      const figures = await measureFigures(page);
      expect(figures.length).toBeGreaterThan(0);
      for (const figure of figures) {
        // At its own size, in the font Mermaid measured it in, no smaller than the body text: the stylesheet applies.
        expect(figure.drawnWidth).toBeCloseTo(figure.ownWidth, 0);
        expect(figure.textSize).toBeGreaterThanOrEqual(figure.bodySize);
        expect(figure.fontFamily).toMatch(/^"?Atkinson Hyperlegible/);
        expect(figure.boxFill).toBe('rgb(255, 255, 255)');
        expect(figure.hintShown).toBe(figure.overflows);
      }
      await expect(page.evaluate(() => document.fonts.check("19px 'Atkinson Hyperlegible'"))).resolves.toBe(true);

      // Each drawing is an image named by its title, in a scroll region keyboard users can reach.
      for (const svg of await page.locator('[data-mermaid-diagram] svg').all()) {
        const title = await svg.locator('title').textContent();
        await expect(page.getByRole('img', { name: title! }).count()).resolves.toBe(1);
        const region = page.getByRole('region', { name: `Diagram: ${title}` });
        await region.focus();
        await expect(region.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
      }

      for (const summary of await page.getByText('This diagram as text').all()) await summary.click();
      expect(describeViolations(await axeViolations(page))).toBe('');
      await expect(cspViolations()).resolves.toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.externalRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each(diagramPages)(
    '%s at 375 px: a wide diagram scrolls inside its frame, with a hint, not the page',
    async (url) => {
      const { page, close } = await openPage(url, 375, 812);
      try {
        await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
        for (const figure of await measureFigures(page)) {
          expect(figure.drawnWidth).toBeCloseTo(figure.ownWidth, 0);
          expect(figure.hintShown).toBe(figure.overflows);
        }
      } finally {
        await close();
      }
    },
  );

  it.each(diagramPages)('%s prints each whole diagram within the page’s width, without the hint', async (url) => {
    const { page, close } = await openPage(url, 1000, 1400);
    try {
      await page.emulateMedia({ media: 'print' });
      for (const figure of await measureFigures(page)) {
        expect(figure.drawnWidth).toBeLessThanOrEqual(figure.frameWidth + 0.5);
        expect(figure.overflows).toBe(false);
        expect(figure.hintShown).toBe(false);
      }
    } finally {
      await close();
    }
  });
});

describe('a map’s Mermaid export, drawn by the build’s drawing step', () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'mermaid-cache-'));
  const renderer = createMermaidRenderer({ cacheDir });
  afterAll(async () => {
    await renderer.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('draws every step in its lane, every decision as a diamond, named by the map, under the CSP', async () => {
    const process = processById('enforcement')!;
    const model = describeMachine(process.machine);
    const figure = await drawFigure(toMermaid(model, process.title), {
      render: (text) => renderer.render(text),
      drawingId,
    });
    expect('html' in figure, JSON.stringify(figure)).toBe(true);
    if (!('html' in figure)) return;
    expect(renderer.counts()).toEqual({ drawn: 1, cached: 0 });

    const { page, cspViolations, close } = await openPage(diagramPages[0]!);
    try {
      await page.locator('main').evaluate((main, html) => {
        main.innerHTML = html;
      }, figure.html);
      const svg = page.getByRole('img', { name: `Process map: ${process.title}` });
      await expect(svg.count()).resolves.toBe(1);
      await expect(svg.locator('.node').count()).resolves.toBe(model.steps.length);
      await expect(svg.locator('.cluster').count()).resolves.toBe(model.lanes.length);
      await expect(svg.locator('.app-mermaid__decision').count()).resolves.toBe(
        model.steps.filter((step) => step.meta.kind === 'decision').length,
      );
      const titles = await svg.locator('.node text').allTextContents();
      for (const step of model.steps)
        expect(titles.some((text) => text.replace(/\s+/g, ' ').trim().startsWith(`${step.number}. `))).toBe(true);
      expect((await measureFigures(page))[0]!.boxFill).toBe('rgb(255, 255, 255)');
      await expect(cspViolations()).resolves.toEqual([]);
    } finally {
      await close();
    }

    // The same text again comes from the cache, without the browser.
    await renderer.render(toMermaid(model, process.title));
    expect(renderer.counts()).toEqual({ drawn: 1, cached: 1 });
  });
});
