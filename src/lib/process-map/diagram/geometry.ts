// The geometric checks every diagram must pass, over plain rectangles and polylines: run on the layout in unit tests
// and on rectangles measured in Chromium in the browser tests.
import type { ProcessModel } from '../model';
import type { DiagramGeometry, DiagramLayout, Point, Rect } from './types';

/** How far apart two edges may be and still count as touching: rounding in the browser's measurements. */
const tolerance = 1.5;

/** Every transition of the machine, once: from a step, on an event, to a step. */
export function modelTransitions(model: ProcessModel): { from: string; to: string; event: string }[] {
  const seen = new Set<string>();
  const transitions: { from: string; to: string; event: string }[] = [];
  for (const step of model.steps)
    for (const outcome of step.outcomes)
      for (const to of outcome.targets) {
        const key = `${step.path}\u0000${outcome.event}\u0000${to}`;
        if (seen.has(key)) continue;
        seen.add(key);
        transitions.push({ from: step.path, to, event: outcome.event });
      }
  return transitions;
}

/** The layout as the checks see it. */
export function layoutGeometry(model: ProcessModel, layout: DiagramLayout): DiagramGeometry {
  return {
    area: { x: 0, y: 0, width: layout.width, height: layout.height },
    lanes: layout.lanes.map((lane) => ({ role: lane.role, band: lane.band })),
    boxes: layout.boxes.map((box) => ({
      path: box.path,
      lane: box.drawnLane,
      rect: box.rect,
      textRects: [box.labelRect, ...(box.badge ? [box.badge.rect] : [])],
    })),
    connectors: layout.connectors.map(({ from, to, event, points, labelRect }) => ({
      from,
      to,
      event,
      points,
      labelRect,
    })),
    transitions: modelTransitions(model),
  };
}

const describe = (rect: Rect) =>
  `(${rect.x.toFixed(1)}, ${rect.y.toFixed(1)}, ${rect.width.toFixed(1)} × ${rect.height.toFixed(1)})`;

/** The rectangles share more than a touching edge. */
export function overlaps(a: Rect, b: Rect, slack = tolerance): boolean {
  return (
    a.x + slack < b.x + b.width &&
    b.x + slack < a.x + a.width &&
    a.y + slack < b.y + b.height &&
    b.y + slack < a.y + a.height
  );
}

export function contains(outer: Rect, inner: Rect, slack = tolerance): boolean {
  return (
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.x + inner.width <= outer.x + outer.width + slack &&
    inner.y + inner.height <= outer.y + outer.height + slack
  );
}

function containsPoint(rect: Rect, point: Point, slack = tolerance): boolean {
  return (
    point.x >= rect.x - slack &&
    point.x <= rect.x + rect.width + slack &&
    point.y >= rect.y - slack &&
    point.y <= rect.y + rect.height + slack
  );
}

/** The point lies on the rectangle's outline. */
function touches(rect: Rect, point: Point): boolean {
  if (!containsPoint(rect, point)) return false;
  const inside = {
    x: rect.x + tolerance,
    y: rect.y + tolerance,
    width: rect.width - 2 * tolerance,
    height: rect.height - 2 * tolerance,
  };
  return !containsPoint(inside, point, 0);
}

/** An axis-aligned segment enters the rectangle's interior (running along its edge does not count). */
export function segmentCrosses(a: Point, b: Point, rect: Rect): boolean {
  const segment = {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(a.x - b.x),
    height: Math.abs(a.y - b.y),
  };
  return (
    segment.x < rect.x + rect.width - tolerance &&
    segment.x + segment.width > rect.x + tolerance &&
    segment.y < rect.y + rect.height - tolerance &&
    segment.y + segment.height > rect.y + tolerance
  );
}

/** Everything wrong with the picture, in words; empty when the diagram passes every check. */
export function diagramGeometryProblems(geometry: DiagramGeometry): string[] {
  const problems: string[] = [];
  const { area, boxes, connectors } = geometry;
  const boxByPath = new Map(boxes.map((box) => [box.path, box]));
  const laneByRole = new Map(geometry.lanes.map((lane) => [lane.role, lane]));

  for (const [index, box] of boxes.entries()) {
    for (const other of boxes.slice(index + 1))
      if (overlaps(box.rect, other.rect)) problems.push(`boxes "${box.path}" and "${other.path}" overlap`);
    const lane = laneByRole.get(box.lane);
    if (!lane) problems.push(`box "${box.path}" is in lane "${box.lane}", which is not drawn`);
    else if (!contains(lane.band, box.rect))
      problems.push(`box "${box.path}" ${describe(box.rect)} is outside its lane "${box.lane}" ${describe(lane.band)}`);
    for (const text of box.textRects)
      if (!contains(box.rect, text))
        problems.push(`text ${describe(text)} of box "${box.path}" spills out of the box ${describe(box.rect)}`);
    if (!contains(area, box.rect)) problems.push(`box "${box.path}" lies outside the diagram`);
  }

  const labelled = connectors.filter((connector) => connector.labelRect);
  for (const [index, connector] of labelled.entries()) {
    const label = connector.labelRect!;
    const name = `the label of "${connector.from}" → "${connector.to}" (${connector.event})`;
    if (!contains(area, label)) problems.push(`${name} lies outside the diagram`);
    for (const box of boxes) if (overlaps(label, box.rect)) problems.push(`${name} overlaps box "${box.path}"`);
    for (const other of labelled.slice(index + 1))
      if (overlaps(label, other.labelRect!))
        problems.push(`${name} overlaps the label of "${other.from}" → "${other.to}" (${other.event})`);
  }

  for (const connector of connectors) {
    const name = `connector "${connector.from}" → "${connector.to}" (${connector.event})`;
    const { points } = connector;
    if (points.some((point) => !containsPoint(area, point))) problems.push(`${name} leaves the diagram`);
    for (let index = 1; index < points.length; index += 1) {
      const [a, b] = [points[index - 1]!, points[index]!];
      if (Math.abs(a.x - b.x) > tolerance && Math.abs(a.y - b.y) > tolerance)
        problems.push(`${name} has a slanting segment`);
      for (const box of boxes)
        if (segmentCrosses(a, b, box.rect)) problems.push(`${name} passes through box "${box.path}"`);
    }
  }

  for (const transition of geometry.transitions) {
    const name = `transition "${transition.from}" → "${transition.to}" (${transition.event})`;
    const matching = connectors.filter(
      (connector) =>
        connector.from === transition.from && connector.to === transition.to && connector.event === transition.event,
    );
    if (matching.length !== 1) {
      problems.push(`${name} has ${matching.length} connectors, not one`);
      continue;
    }
    const { points } = matching[0]!;
    const source = boxByPath.get(transition.from);
    const target = boxByPath.get(transition.to);
    if (!source || !target) {
      problems.push(`${name} joins a step that has no box`);
      continue;
    }
    if (points.length < 2 || !touches(source.rect, points[0]!))
      problems.push(`${name} does not start on the edge of its source box`);
    if (points.length < 2 || !touches(target.rect, points.at(-1)!))
      problems.push(`${name} does not end on the edge of its target box`);
  }
  const expected = new Set(geometry.transitions.map((t) => `${t.from}\u0000${t.to}\u0000${t.event}`));
  for (const connector of connectors)
    if (!expected.has(`${connector.from}\u0000${connector.to}\u0000${connector.event}`))
      problems.push(`connector "${connector.from}" → "${connector.to}" (${connector.event}) is not a transition`);
  return problems;
}
