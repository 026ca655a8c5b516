// "Download as BPMN 2.0" opens in the bpmn.io modeller (bpmn-js, the editor behind bpmn.io and Camunda Modeler's canvas):
// the downloaded file imports with no warnings and draws every step, named as on the site, in its lane, with no two
// shapes on top of each other.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeMachine } from '../../src/lib/process-map/model';
import { laneTitle } from '../../src/lib/process-map/diagram/layout';
import { processes } from '../../src/machines';
import { openSite, watchedPage, type Site } from './harness';

const require = createRequire(import.meta.url);
const modeller = require.resolve('bpmn-js/dist/bpmn-modeler.production.min.js');

interface DrawnShape {
  id: string;
  type: string;
  name: string;
  parent: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

describe.each(processes)('the BPMN download of "$id"', ({ id, title, machine }) => {
  it('opens in the bpmn.io modeller with no warnings, every step drawn in its actor’s lane (or, not named, in a neighbour’s) and nothing overlapping', async () => {
    const model = describeMachine(machine);
    const response = await fetch(`${site.url}/process-maps/${id}/map.bpmn`);
    expect(response.status).toBe(200);
    const xml = await response.text();

    const { page, problems } = await watchedPage(site.browser);
    await page.setViewportSize({ width: 1600, height: 1200 });
    await page.setContent('<div id="canvas" style="width: 1600px; height: 1200px"></div>');
    await page.addScriptTag({ path: modeller });
    const { warnings, shapes } = await page.evaluate(async (text) => {
      interface Shape {
        id: string;
        type: string;
        parent?: { id: string };
        businessObject: { name?: string };
        x: number;
        y: number;
        width: number;
        height: number;
        waypoints?: unknown;
      }
      const Modeler = (window as unknown as { BpmnJS: new (options: { container: string }) => unknown }).BpmnJS;
      const editor = new Modeler({ container: '#canvas' }) as {
        importXML(xml: string): Promise<{ warnings: { message: string }[] }>;
        get(name: 'elementRegistry'): { getAll(): Shape[] };
        get(name: 'canvas'): { zoom(to: string): number };
      };
      const result = await editor.importXML(text);
      editor.get('canvas').zoom('fit-viewport');
      return {
        warnings: result.warnings.map((warning) => warning.message),
        shapes: editor
          .get('elementRegistry')
          .getAll()
          .filter((element) => !element.waypoints && element.type !== 'label' && element.parent)
          .map((element) => ({
            id: element.id,
            type: element.type,
            name: element.businessObject.name ?? '',
            parent: element.parent!.id,
            x: element.x,
            y: element.y,
            width: element.width,
            height: element.height,
          })),
      };
    }, xml);
    expect(warnings).toEqual([]);

    const participant = shapes.find((shape) => shape.type === 'bpmn:Participant');
    expect(participant?.name).toBe(title);
    const lanes = new Map(shapes.filter((shape) => shape.type === 'bpmn:Lane').map((lane) => [lane.name, lane]));
    // A step whose actor the source does not name has no lane of its own: it is drawn in a neighbour's.
    const named = model.lanes.filter((lane) => lane !== 'not-stated');
    expect([...lanes.keys()].sort()).toEqual(named.map(laneTitle).sort());

    const nodes = shapes.filter((shape) => !['bpmn:Participant', 'bpmn:Lane'].includes(shape.type));
    const inside = (inner: DrawnShape, outer: DrawnShape) =>
      inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width + 0.5;
    for (const step of model.steps) {
      const shape = nodes.find((node) => node.id === `Step_${step.path.replace(/[^A-Za-z0-9_.-]/g, '_')}`);
      expect(shape?.name, step.path).toBe(step.meta.title);
      if (step.meta.lane === 'not-stated')
        expect(
          [...lanes.values()].some((lane) => inside(shape!, lane)),
          `${step.path} in a lane`,
        ).toBe(true);
      else {
        const lane = laneTitle(step.meta.lane);
        expect(inside(shape!, lanes.get(lane)!), `${step.path} in the lane "${lane}"`).toBe(true);
      }
    }
    const overlapping = nodes.flatMap((a, index) =>
      nodes
        .slice(index + 1)
        .filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        .map((b) => `${a.id} and ${b.id}`),
    );
    expect(overlapping).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.externalRequests).toEqual([]);
    await page.close();
  });
});
