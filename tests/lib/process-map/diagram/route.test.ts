// The route phase, seen in the laid-out diagram: straight lines where a step is under the one before, a branch to
// another column leaving from the side, ports spread along a box's bottom, tracks apart, loops drawn outside.
import { describe, expect, it } from 'vitest';
import { diagramQuality, layoutDiagram, type DiagramLayout } from '../../../../src/lib/process-map/diagram';
import { end, model, step } from './machines';

const connector = (layout: DiagramLayout, from: string, to: string) =>
  layout.connectors.find((candidate) => candidate.from === from && candidate.to === to)!;
const box = (layout: DiagramLayout, path: string) => layout.boxes.find((candidate) => candidate.path === path)!.rect;

describe('routes', () => {
  const decision = layoutDiagram(
    model('route', {
      start: step('Start the case', 'com', 'start', { STARTED: 'decide' }),
      decide: step('Decide what happens next', 'com', 'decision', { KEEP: 'keep', PASS: 'pass' }),
      keep: end('Keep the case', 'com'),
      pass: end('Pass the case on', 'spo'),
    }),
  );

  it('runs straight down, with no bend, to the step right under the one before', () => {
    const points = connector(decision, 'start', 'decide').points;
    expect(points).toHaveLength(2);
    expect(points[0]!.x).toBe(points[1]!.x);
  });

  it('takes a branch to a step in another lane out of the decision’s side, with one bend, into the step’s top', () => {
    const points = connector(decision, 'decide', 'pass').points;
    const [from, to] = [box(decision, 'decide'), box(decision, 'pass')];
    expect(points).toHaveLength(3);
    expect(points[0]).toEqual({ x: from.x + from.width, y: from.y + from.height / 2 });
    expect(points.at(-1)!.y).toBe(to.y);
  });

  it('brings a loop out of one step’s side and into the other’s, running up outside the boxes between', () => {
    const layout = layoutDiagram(
      model('loop', {
        prepare: step('Prepare the report', 'com', 'start', { READY: 'check' }),
        check: step('Check the report', 'com', 'activity', { CHECKED: 'decide' }),
        decide: step('Is the report good enough?', 'com', 'decision', { GOOD: 'send', REDO: 'prepare' }),
        send: end('Send the report', 'com'),
      }),
    );
    const loop = layout.connectors.find((candidate) => candidate.isLoop)!;
    const [from, to] = [box(layout, 'decide'), box(layout, 'prepare')];
    const sideOf = (rect: typeof from, x: number) => x === rect.x || x === rect.x + rect.width;
    expect(sideOf(from, loop.points[0]!.x)).toBe(true);
    expect(sideOf(to, loop.points.at(-1)!.x)).toBe(true);
    expect(loop.points.at(-1)!.y).toBe(to.y + to.height / 2);
    const checkBox = box(layout, 'check');
    const upright = loop.points.slice(1).filter((point, index) => point.x === loop.points[index]!.x);
    for (const point of upright) expect(point.x < checkBox.x || point.x > checkBox.x + checkBox.width).toBe(true);
  });

  it('spreads the branches leaving one box’s bottom along it, apart, and keeps parallel lines a track apart', () => {
    const layout = layoutDiagram(
      model('spread', {
        decide: step('Decide how to go on', 'com', 'decision', { ONE: 'one', TWO: 'two', THREE: 'three' }),
        one: end('First way', 'spo'),
        two: end('Second way', 'com'),
        three: end('Third way', 'pom'),
      }),
    );
    const starts = layout.connectors.map((candidate) => candidate.points[0]!.x).sort((a, b) => a - b);
    for (let index = 1; index < starts.length; index += 1)
      expect(starts[index]! - starts[index - 1]!).toBeGreaterThan(12);
    const quality = diagramQuality(layout);
    expect(quality.crowdedPx + quality.closePx + quality.overlapPx).toBe(0);
  });
});
