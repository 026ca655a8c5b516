// The diagram's geometry as Chromium draws it (real font, real boxes), checked by the engine's own
// diagramGeometryProblems: the same rules the layout's unit test applies to the layout, here on measured rectangles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeMachine } from '../../src/lib/process-map/model';
import { processes } from '../../src/machines';
import { openSite, watchedPage, type Site } from './harness';
import { knownProblems } from '../support/diagram-known-problems';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

// Loaded by a path held in a variable, so this file still type-checks before the engine has landed.
const enginePath = '../../src/lib/process-map/diagram/index.ts';

describe.each(processes)('the drawn diagram of "$id"', ({ id, machine }) => {
  const model = describeMachine(machine);

  it.each([
    [1280, 900],
    [1920, 1080],
  ])('has no overlaps, strays or missing connectors at %i × %i', async (width, height) => {
    const { diagramGeometryProblems, modelTransitions } = await import(/* @vite-ignore */ enginePath);
    const context = await site.browser.newContext({ viewport: { width, height } });
    const { page } = await watchedPage(context);
    await page.goto(`${site.url}/process-maps/${id}/`);
    await page.waitForSelector('[data-walkthrough][data-ready]');
    // Everything in the SVG's own units (getBBox), so the check does not depend on the zoom.
    const measured = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('[data-map-diagram] svg')!;
      const rect = (element: SVGGraphicsElement) => {
        const box = element.getBBox();
        return { x: box.x, y: box.y, width: box.width, height: box.height };
      };
      const points = (d: string) => {
        const found: { x: number; y: number }[] = [];
        for (const [, command, args] of d.matchAll(/([MLHV])([^MLHVZ]*)/gi)) {
          const numbers = (args!.match(/-?[\d.]+(?:e-?\d+)?/gi) ?? []).map(Number);
          const last = found[found.length - 1] ?? { x: 0, y: 0 };
          if (command === 'H') numbers.forEach((x) => found.push({ x, y: last.y }));
          else if (command === 'V') numbers.forEach((y) => found.push({ x: last.x, y }));
          else for (let i = 0; i + 1 < numbers.length; i += 2) found.push({ x: numbers[i]!, y: numbers[i + 1]! });
        }
        return found;
      };
      return {
        area: { x: 0, y: 0, width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height },
        lanes: [...svg.querySelectorAll<SVGGElement>('g.app-diagram__lane')].map((lane) => ({
          role: lane.dataset.lane!,
          band: rect(lane.querySelector<SVGGraphicsElement>('.app-diagram__lane-band')!),
        })),
        boxes: [...svg.querySelectorAll<SVGGElement>('g[data-step]')].map((box) => ({
          path: box.dataset.step!,
          lane: box.dataset.lane!,
          rect: rect(box.querySelector<SVGGraphicsElement>('.app-diagram__shape')!),
          // The text as Chromium lays it out in the shipped font: the title and any timescale badge.
          textRects: [...box.querySelectorAll<SVGGraphicsElement>('.app-diagram__label, .app-diagram__badge text')].map(
            rect,
          ),
        })),
        connectors: [...svg.querySelectorAll<SVGGElement>('g[data-from][data-to]')].map((edge) => {
          const label = edge.querySelector<SVGGraphicsElement>('.app-diagram__edge-label');
          return {
            from: edge.dataset.from!,
            to: edge.dataset.to!,
            event: edge.dataset.event ?? '',
            points: points(edge.querySelector('.app-diagram__edge-line')!.getAttribute('d') ?? ''),
            labelRect: label ? rect(label) : undefined,
          };
        }),
      };
    });
    expect(measured.boxes.length).toBe(model.steps.length);
    expect(diagramGeometryProblems({ ...measured, transitions: modelTransitions(model) })).toEqual(
      knownProblems[model.id] ?? [],
    );
    await context.close();
  });
});
