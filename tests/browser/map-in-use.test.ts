// A map as people use it, on the maps trainers and staff use most: selecting a box on a laptop, a projector and a phone,
// presenting to a room, downloading the diagram, and the page's JavaScript within its budget.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeMachine, stepsInOrder } from '../../src/lib/process-map/model';
import { processById } from '../../src/machines';
import { axeViolations, describeViolations, openSite, watchedPage, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const maps = ['enforcement', 'nsd-supervision', 'information-sharing-agreement'];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function open(url: string, width: number, height: number): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height } });
  const { page } = await watchedPage(context);
  await page.goto(`${site.url}${url}`);
  return page;
}

/** The smallest box label in a drawn diagram, in CSS pixels on screen: its font size times the drawing's scale. */
function labelPixels(page: Page, svgSelector: string): Promise<number> {
  return page.locator(svgSelector).evaluate((svg: SVGSVGElement) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const sizes = [...svg.querySelectorAll('.app-diagram__label')].map((text) =>
      Number(text.getAttribute('font-size')),
    );
    return Math.min(...sizes) * scale;
  });
}

describe.each(maps)('the "%s" map page', (id) => {
  const model = describeMachine(processById(id)!.machine);
  const inFlowOrder = stepsInOrder(model.steps);
  // A box well down the map, where a panel opened under it would be off screen.
  const step = inFlowOrder[Math.floor(inFlowOrder.length / 2)]!;

  it.each([
    [1280, 720],
    [1366, 768],
    [1920, 1080],
    [375, 812],
  ])(
    'at %i × %i, selecting a box shows its step under a heading on screen, in the address, and Esc returns to the box',
    async (width, height) => {
      const page = await open(`/process-maps/${id}/`, width, height);
      await page.waitForSelector('[data-walkthrough][data-ready]');
      await page.locator(`[data-map-diagram] g[data-step="${step.path}"]`).click();
      const heading = page.locator('[data-walkthrough]').getByRole('heading', {
        name: new RegExp(`^Step ${escapeRegExp(String(step.number))}\\s*${escapeRegExp(step.meta.title)}$`),
      });
      await expect(heading.evaluate((node) => node === document.activeElement)).resolves.toBe(true);
      const box = (await heading.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      // With the steps that run alongside it, when it is one of several at the same time.
      expect(new URL(page.url()).searchParams.get('step')?.split(',')).toContain(step.path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // On a phone the diagram scrolls sideways in its frame; axe reads a box the frame's edge cuts through as showing
      // only part of its words (label-content-name-mismatch), though its name holds them all. Axe runs with the frame
      // back at its start, where no box straddles the edge.
      if (width === 375) await page.locator('.app-map-diagram__scroll').evaluate((frame) => frame.scrollTo(0, 0));
      if (width === 1280 || width === 375) expect(describeViolations(await axeViolations(page))).toBe('');
      await page.keyboard.press('Escape');
      await expect(page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.step)).resolves.toBe(
        step.path,
      );
      await page.context().close();
    },
  );

  it('keeps the step in view beside the diagram through a walk-through at 1280 × 720', async () => {
    const page = await open(`/process-maps/${id}/`, 1280, 720);
    await page.waitForSelector('[data-walkthrough][data-ready]');
    await page.getByRole('button', { name: 'Start walk-through' }).click();
    for (let move = 0; move < 4; move += 1) {
      const option = page.locator('.app-walkthrough__option').first();
      if (!(await option.count())) break;
      await option.click();
      const current = await page.evaluate(() => {
        const inView = (element: Element | null) => {
          const rect = element?.getBoundingClientRect();
          return !!rect && rect.top >= 0 && rect.bottom <= innerHeight && rect.left >= 0 && rect.right <= innerWidth;
        };
        const box = document.querySelector('[data-map-diagram] g[aria-current="step"]');
        return {
          box: inView(box),
          heading: inView(document.activeElement),
          isHeading: document.activeElement?.tagName,
        };
      });
      expect(current).toEqual({ box: true, heading: true, isHeading: 'H3' });
    }
    // Selecting a box during the walk goes to its step; Back returns to where the walk was.
    const walked = new URL(page.url()).searchParams.get('step')!;
    const elsewhere = inFlowOrder.find((candidate) => !walked.split(',').includes(candidate.path))!;
    await page.locator(`[data-map-diagram] g[data-step="${elsewhere.path}"]`).click();
    expect(new URL(page.url()).searchParams.get('step')?.split(',')).toContain(elsewhere.path);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    expect(new URL(page.url()).searchParams.get('step')).toBe(walked);
    await page.context().close();
  });

  it('fits the whole diagram on screen, and zooming keeps the current step in view', async () => {
    const page = await open(`/process-maps/${id}/`, 1366, 768);
    await page.waitForSelector('[data-walkthrough][data-ready]');
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    const fitted = (await page.locator('[data-diagram-scroll] > svg').boundingBox())!;
    expect(fitted.y).toBeGreaterThanOrEqual(0);
    expect(fitted.y + fitted.height).toBeLessThanOrEqual(768);
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await page.locator(`[data-map-diagram] g[data-step="${step.path}"]`).click();
    for (const zoom of ['Zoom in', 'Zoom in', 'Zoom out']) {
      await page.getByRole('button', { name: zoom }).click();
      const inView = await page.locator(`[data-map-diagram] g[data-step="${step.path}"]`).evaluate((box) => {
        const rect = box.getBoundingClientRect();
        const pane = box.closest('[data-diagram-scroll]')!.getBoundingClientRect();
        return (
          rect.top >= Math.max(0, pane.top) &&
          rect.bottom <= Math.min(innerHeight, pane.bottom) &&
          rect.left >= pane.left &&
          rect.right <= pane.right
        );
      });
      expect(inView, zoom).toBe(true);
    }
    await page.context().close();
  });

  it('loads within the map page’s 25 KB budget of gzipped JavaScript', async () => {
    const context = await site.browser.newContext();
    const { page } = await watchedPage(context);
    const sizes: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        sizes.push(response.body().then((body) => gzipSync(body).length));
    });
    await page.goto(`${site.url}/process-maps/${id}/`, { waitUntil: 'networkidle' });
    const total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    expect(total).toBeGreaterThan(10 * 1024);
    expect(total).toBeLessThanOrEqual(25 * 1024);
    await context.close();
  });
});

describe.each(maps)('presenting the "%s" map to a room', (id) => {
  const model = describeMachine(processById(id)!.machine);

  it.each([
    [1280, 720, 18],
    [1920, 1080, 24],
  ])(
    'at %i × %i draws the diagram’s labels at %i px or more, the current step in view',
    async (width, height, least) => {
      const page = await open(`/process-maps/${id}/present/`, width, height);
      await page.waitForSelector('[data-presenter][data-ready]');
      expect(await labelPixels(page, '.app-presenter__map svg[role]')).toBeGreaterThanOrEqual(least);
      const current = await page.evaluate(() => {
        const pane = document.querySelector('.app-presenter__map')!.getBoundingClientRect();
        const pinned = document.querySelector('.app-presenter__lanes svg')!.getBoundingClientRect();
        return [...document.querySelectorAll('.app-presenter__map g[aria-current="step"]')].map((box) => {
          const rect = box.getBoundingClientRect();
          return (
            rect.top >= pinned.bottom &&
            rect.bottom <= pane.bottom &&
            rect.left >= pane.left &&
            rect.right <= pane.right
          );
        });
      });
      expect(current.length).toBe(model.initialPaths.length);
      expect(current.some(Boolean)).toBe(true);
      // The step's own text is at least as large as the diagram's.
      const summary = await page
        .locator('.app-slide--current .app-slide__summary')
        .first()
        .evaluate((node) => Number.parseFloat(getComputedStyle(node).fontSize));
      expect(summary).toBeGreaterThanOrEqual(least);
      await page.context().close();
    },
  );

  it('moves on at a clicker’s Page Down, back at Page Up', async () => {
    const single = model.steps.find(
      (candidate) => candidate.outcomes.length === 1 && !candidate.outcomes[0]!.isAutomatic && !candidate.parallelGroup,
    )!;
    const page = await open(`/process-maps/${id}/present/?step=${single.path}`, 1280, 720);
    await page.waitForSelector('[data-presenter][data-ready]');
    const current = () => new URL(page.url()).searchParams.get('step');
    const onward = expect.arrayContaining(single.outcomes[0]!.targets);
    await page.keyboard.press('PageDown');
    expect(current()?.split(',')).toEqual(onward);
    await page.keyboard.press('PageUp');
    expect(current()).toBe(single.path);
    // Enter and Backspace do the same, as slide software does.
    await page.keyboard.press('Enter');
    expect(current()?.split(',')).toEqual(onward);
    await page.keyboard.press('Backspace');
    expect(current()).toBe(single.path);
    await page.context().close();
  });

  it('shows whose lane the steps are in after twelve steps, the lane headings pinned over the zoomed map', async () => {
    const page = await open(`/process-maps/${id}/present/`, 1280, 720);
    await page.waitForSelector('[data-presenter][data-ready]');
    const visited = new Set<string>();
    for (let move = 0; move < 12; move += 1) {
      const paths = new URL(page.url()).searchParams.get('step')!.split(',');
      paths.forEach((path) => visited.add(path));
      const choices = (await page.locator('.app-slide--current .app-slide__choice').allTextContents()).map((text) =>
        text.replace(/^\d+\. /, ''),
      );
      if (!choices.length) break;
      // The longest way on: an option into steps not seen yet, rather than to the end.
      const outcomes = paths.flatMap(
        (path) => model.steps.find((candidate) => candidate.path === path)?.outcomes ?? [],
      );
      const onward = choices.findIndex((label) =>
        outcomes.some(
          (outcome) =>
            outcome.label === label &&
            outcome.targets.every(
              (target) => !visited.has(target) && !model.steps.find((s) => s.path === target)?.isFinal,
            ),
        ),
      );
      await page.keyboard.press(choices.length === 1 ? 'PageDown' : String(Math.max(0, onward) + 1));
    }
    const lanes = await page.evaluate(() => {
      const pane = document.querySelector('.app-presenter__map')!.getBoundingClientRect();
      return [...document.querySelectorAll('.app-presenter__lanes .app-diagram__lane-label')]
        .filter((label) => {
          const rect = label.getBoundingClientRect();
          return (
            rect.top >= pane.top && rect.bottom <= pane.bottom && rect.left >= pane.left && rect.right <= pane.right
          );
        })
        .map((label) => label.textContent);
    });
    expect(lanes.length).toBeGreaterThan(0);
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.context().close();
  });

  it('shows the whole map at O and blanks the screen at B until any key, with no accessibility violations', async () => {
    const page = await open(`/process-maps/${id}/present/`, 1280, 720);
    await page.waitForSelector('[data-presenter][data-ready]');
    await page.keyboard.press('o');
    await expect(page.getByRole('button', { name: 'Whole map' }).getAttribute('aria-pressed')).resolves.toBe('true');
    const whole = await page.evaluate(() => {
      const pane = document.querySelector('.app-presenter__map')!.getBoundingClientRect();
      const svg = document.querySelector('.app-presenter__map svg[role]')!.getBoundingClientRect();
      return (
        svg.top >= pane.top && svg.bottom <= pane.bottom + 1 && svg.left >= pane.left && svg.right <= pane.right + 1
      );
    });
    expect(whole).toBe(true);
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.keyboard.press('o');
    expect(await labelPixels(page, '.app-presenter__map svg[role]')).toBeGreaterThanOrEqual(18);

    await page.keyboard.press('b');
    const blank = page.locator('[data-presenter-blank]');
    await expect(blank.isVisible()).resolves.toBe(true);
    await expect(blank.evaluate((node) => getComputedStyle(node).backgroundColor)).resolves.toBe('rgb(0, 0, 0)');
    expect(describeViolations(await axeViolations(page))).toBe('');
    const step = new URL(page.url()).searchParams.get('step');
    await page.keyboard.press('ArrowRight');
    await expect(blank.isVisible()).resolves.toBe(false);
    // The key that brings the screen back does nothing else.
    expect(new URL(page.url()).searchParams.get('step')).toBe(step);
    await page.context().close();
  });
});

describe.each(maps)('the "%s" map downloaded', (id) => {
  const model = describeMachine(processById(id)!.machine);
  const process = processById(id)!;

  it('as map.svg, looks like the map on its own: mostly light, with its title, source line and every step', async () => {
    const page = await open(`/process-maps/${id}/map.svg`, 1280, 800);
    // Opened from the site, the file is a document under the site's Content-Security-Policy, which refuses its
    // <style>: what it draws must not depend on it.
    const opened = `data:image/png;base64,${(await page.screenshot()).toString('base64')}`;
    await page.goto(`${site.url}/about/`);
    const shares = (url: string) =>
      page.evaluate(async (url) => {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
        let dark = 0;
        let marked = 0;
        for (let index = 0; index < pixels.length; index += 4) {
          const alpha = pixels[index + 3]! / 255;
          const light =
            (0.2126 * pixels[index]! + 0.7152 * pixels[index + 1]! + 0.0722 * pixels[index + 2]!) * alpha +
            255 * (1 - alpha);
          if (light < 80) dark += 1;
          if (light < 250) marked += 1;
        }
        const count = pixels.length / 4;
        return { dark: dark / count, marked: marked / count, width: image.naturalWidth };
      }, url);
    const inBrowser = await shares(opened);
    expect(inBrowser.dark).toBeLessThan(0.15);
    expect(inBrowser.marked).toBeGreaterThan(0.05);
    const file = {
      ...(await shares(`/process-maps/${id}/map.svg`)),
      lines: await page.evaluate(async (url) => {
        const text = await (await fetch(url)).text();
        const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
        // One text per line: a step's number is a tspan inside its first line's.
        return [...svg.querySelectorAll('text')].map((node) =>
          [...node.querySelectorAll(':scope > tspan')].map((span) => span.textContent).join(' '),
        );
      }, `/process-maps/${id}/map.svg`),
    };
    expect(file.dark).toBeLessThan(0.15);
    expect(file.marked).toBeGreaterThan(0.05);
    const words = file.lines.join(' ').replace(/\s+/g, ' ');
    expect(words).toContain(process.title);
    expect(words).toContain(`${process.id}/`);
    for (const step of model.steps) expect(words, step.path).toContain(step.meta.title.replace(/\s+/g, ' '));

    const picture = await page.evaluate(async (url) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      return image.naturalWidth;
    }, `/process-maps/${id}/map.png`);
    expect(picture).toBe(file.width * 2);
    await page.context().close();
  });
});
