// Lays a process model out as a swimlane diagram: lanes are columns in the order roles first act, the flow runs top
// to bottom in ranks (cycles broken, loops routed back), steps share rows across lanes, parallel strands sit side by
// side between fork and join bars, and connectors are routed orthogonally around the final boxes.
import { roles } from '../../roles';
import type { ProcessModel, Step } from '../model';
import { overlaps } from './geometry';
import { Router, type Port, type Route } from './route';
import { linesWidth, wrapText } from './text';
import { stepTimescaleText } from './timescale-text';
import type { DiagramBox, DiagramConnector, DiagramGateway, DiagramLane, DiagramLayout, Point, Rect } from './types';

/** The diagram area at 1280 px wide; lanes share it, so the width depends on the lanes, not the steps. */
export const targetWidth = 960;
/** Spare columns stop at five in all, so boxes stay wide enough for words (a six-lane map still gets six). */
const maxColumns = 5;
const minColumnWidth = 150;
const maxColumnWidth = 300;
/** Space each side of a box inside its column: room for three connector tracks between neighbouring boxes. */
const channel = 14;
/** Connectors keep this far from boxes. */
const clearance = 8;
const padding = 8;
const decisionIndent = 12;
const pillInset = 8;
const waitInset = 4;
const baseGap = 40;
const barHeight = 8;
const headerPadding = 10;
const firstRowGap = 24;
const bottomMargin = 32;
/** How far along its connector a label may sit before the layout makes more room below the decision. */
const maxLabelDistance = 90;

/** Every text at least 16 px when the diagram is drawn at its own width (960 px at most), on a laptop or a projector. */
export const fontSizes = { label: 16, edgeLabel: 16, badge: 16, lane: 16 };
export const lineHeights = { label: 20, edgeLabel: 19, badge: 19, lane: 20 };

/** Where a line's baseline sits so its glyphs' box (ascent 0.95 em, descent 0.29 em) is centred in its line height. */
export function baselineOffset(size: number, lineHeight: number): number {
  return (lineHeight - 1.24 * size) / 2 + 0.95 * size;
}

export class DiagramLayoutError extends Error {}

interface Node {
  id: string;
  order: number;
  step?: Step;
  gateway?: { kind: 'fork' | 'join'; group: string };
}

interface Leg {
  key: string;
  from: string;
  to: string;
  isBack: boolean;
}

interface Transition {
  from: string;
  to: string;
  event: string;
  label?: string;
  legs: Leg[];
  gateway?: { kind: 'fork' | 'join'; group: string };
}

/** The deepest parallel group holding every one of the paths. */
function parallelGroupOf(model: ProcessModel, paths: string[]): string | undefined {
  return model.groups
    .filter((group) => group.isParallel && paths.every((path) => path.startsWith(`${group.path}.`)))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}

/** Steps, fork and join bars, and the legs between them; each machine transition becomes one or two legs. */
export function buildGraph(model: ProcessModel): { nodes: Node[]; legs: Leg[]; transitions: Transition[] } {
  const nodes = new Map<string, Node>();
  model.steps.forEach((step, index) => nodes.set(step.path, { id: step.path, order: index, step }));
  const legs = new Map<string, Leg>();
  const leg = (from: string, to: string, key = `${from}\u0000${to}`) => {
    if (!legs.has(key)) legs.set(key, { key, from, to, isBack: false });
    return legs.get(key)!;
  };
  const transitions: Transition[] = [];
  const seen = new Set<string>();
  for (const [index, step] of model.steps.entries()) {
    const events = new Set(step.outcomes.map((outcome) => outcome.event));
    for (const outcome of step.outcomes) {
      const label = events.size > 1 ? outcome.label : undefined;
      const fork = outcome.targets.length > 1 ? parallelGroupOf(model, outcome.targets) : undefined;
      const done = outcome.event.match(/^xstate\.done\.state\.(.+)$/)?.[1];
      const completed = done?.startsWith(`${model.id}.`) ? done.slice(model.id.length + 1) : undefined;
      const join = model.groups.find((group) => group.isParallel && group.path === completed)?.path;
      for (const to of outcome.targets) {
        const key = `${step.path}\u0000${outcome.event}\u0000${to}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (fork !== undefined) {
          const id = `fork:${step.path}:${outcome.event}`;
          if (!nodes.has(id)) nodes.set(id, { id, order: index + 0.5, gateway: { kind: 'fork', group: fork } });
          transitions.push({
            from: step.path,
            to,
            event: outcome.event,
            label,
            legs: [leg(step.path, id), leg(id, to)],
            gateway: { kind: 'fork', group: fork },
          });
        } else if (join !== undefined) {
          const id = `join:${join}:${to}`;
          if (!nodes.has(id)) nodes.set(id, { id, order: index + 0.5, gateway: { kind: 'join', group: join } });
          transitions.push({
            from: step.path,
            to,
            event: outcome.event,
            label,
            legs: [leg(step.path, id), leg(id, to)],
            gateway: { kind: 'join', group: join },
          });
        } else
          transitions.push({
            from: step.path,
            to,
            event: outcome.event,
            label,
            legs: [leg(step.path, to, `${step.path}\u0000${outcome.event}\u0000${to}`)],
          });
      }
    }
  }
  return { nodes: [...nodes.values()].sort((a, b) => a.order - b.order), legs: [...legs.values()], transitions };
}

/** Depth-first from the start in the order steps and options are written; a leg back to a step still open is a loop. */
export function markLoops(nodes: Node[], legs: Leg[], starts: string[]): void {
  const outgoing = new Map<string, Leg[]>();
  for (const leg of legs) outgoing.set(leg.from, [...(outgoing.get(leg.from) ?? []), leg]);
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const leg of outgoing.get(id) ?? []) {
      const target = state.get(leg.to);
      if (target === 'open') leg.isBack = true;
      else if (!target) visit(leg.to);
    }
    state.set(id, 'done');
  };
  for (const id of [...starts, ...nodes.map((node) => node.id)]) if (!state.has(id)) visit(id);
}

/** Longest-path ranks over the legs that go forward: each step sits below every step that leads to it. */
export function assignRanks(nodes: Node[], legs: Leg[]): Map<string, number> {
  const incoming = new Map<string, Leg[]>();
  for (const leg of legs) if (!leg.isBack) incoming.set(leg.to, [...(incoming.get(leg.to) ?? []), leg]);
  const ranks = new Map<string, number>();
  const rankOf = (id: string): number => {
    const known = ranks.get(id);
    if (known !== undefined) return known;
    ranks.set(id, 0);
    const rank = Math.max(0, ...(incoming.get(id) ?? []).map((leg) => rankOf(leg.from) + 1));
    ranks.set(id, rank);
    return rank;
  };
  for (const node of nodes) rankOf(node.id);
  return ranks;
}

interface Cell {
  row: number;
  lane: number;
  column: number;
}

/** Columns per lane: one each, and spare columns (up to six in all) for the lanes with most steps side by side. */
function columnsPerLane(model: ProcessModel, nodes: Node[], ranks: Map<string, number>): number[] {
  const demand = model.lanes.map((lane) => {
    const perRank = new Map<number, number>();
    for (const node of nodes)
      if (node.step?.meta.lane === lane) perRank.set(ranks.get(node.id)!, (perRank.get(ranks.get(node.id)!) ?? 0) + 1);
    return Math.min(3, Math.max(1, ...perRank.values()));
  });
  const columns = model.lanes.map(() => 1);
  let spare = Math.max(0, maxColumns - model.lanes.length);
  while (spare > 0) {
    let chosen = -1;
    for (let lane = 0; lane < columns.length; lane += 1)
      if (
        demand[lane]! > columns[lane]! &&
        (chosen < 0 || demand[lane]! - columns[lane]! > demand[chosen]! - columns[chosen]!)
      )
        chosen = lane;
    if (chosen < 0) break;
    columns[chosen]! += 1;
    spare -= 1;
  }
  return columns;
}

/** Rows and columns: in rank order, each step takes the first free cell of its lane at or below the steps before it. */
function placeNodes(
  model: ProcessModel,
  nodes: Node[],
  legs: Leg[],
  ranks: Map<string, number>,
  columns: number[],
): { cells: Map<string, Cell>; barRows: Set<number>; rowCount: number } {
  const laneIndex = new Map(model.lanes.map((lane, index) => [lane, index]));
  const incoming = new Map<string, Leg[]>();
  for (const leg of legs) if (!leg.isBack) incoming.set(leg.to, [...(incoming.get(leg.to) ?? []), leg]);
  const cells = new Map<string, Cell>();
  const taken = new Set<string>();
  const boxRows = new Set<number>();
  const barRows = new Set<number>();
  const ordered = [...nodes].sort((a, b) => ranks.get(a.id)! - ranks.get(b.id)! || a.order - b.order);
  const outgoing = new Map<string, number>();
  for (const leg of legs) outgoing.set(leg.from, (outgoing.get(leg.from) ?? 0) + 1);
  const isStep = new Set(nodes.filter((node) => node.step).map((node) => node.id));
  const handedOver = new Set<string>();
  /**
   * A simple handover (one step leads only to one step in the next lane, which nothing else leads to) sits on the same
   * row, joined by a short level connector, as in an EQuiP map: long maps get half as tall. Not twice in a row, so the
   * flow still moves down the page.
   */
  const handoffCell = (node: Node, lane: number, count: number) => {
    const forward = incoming.get(node.id) ?? [];
    if (forward.length !== 1 || !node.step) return undefined;
    const from = forward[0]!.from;
    const source = cells.get(from);
    if (!source || !isStep.has(from) || handedOver.has(from) || outgoing.get(from) !== 1) return undefined;
    if (Math.abs(source.lane - lane) !== 1 || barRows.has(source.row)) return undefined;
    const isRightward = lane > source.lane;
    const column = isRightward ? 0 : count - 1;
    const sourceColumns = columns[source.lane]!;
    const crossed = Array.from({ length: sourceColumns }, (_, index) => index)
      .filter((index) => (isRightward ? index > source.column : index < source.column))
      .map((index) => `${source.row}:${source.lane}:${index}`);
    const target = `${source.row}:${lane}:${column}`;
    if (taken.has(target) || crossed.some((cell) => taken.has(cell))) return undefined;
    return { row: source.row, column, crossed };
  };
  for (const node of ordered) {
    const predecessors = (incoming.get(node.id) ?? []).map((leg) => cells.get(leg.from)!).filter(Boolean);
    let row = Math.max(0, ...predecessors.map((cell) => cell.row + 1));
    if (node.gateway) {
      while (boxRows.has(row) || barRows.has(row)) row += 1;
      barRows.add(row);
      cells.set(node.id, { row, lane: -1, column: -1 });
      continue;
    }
    const lane = laneIndex.get(node.step!.meta.lane)!;
    const count = columns[lane]!;
    const sameLane = predecessors.find((cell) => cell.lane === lane);
    const other = predecessors[0];
    const preferred = sameLane ? sameLane.column : other && other.lane > lane ? count - 1 : 0;
    const order = Array.from({ length: count }, (_, column) => column).sort(
      (a, b) => Math.abs(a - preferred) - Math.abs(b - preferred) || a - b,
    );
    const handoff = handoffCell(node, lane, count);
    if (handoff) {
      for (const cell of handoff.crossed) taken.add(cell);
      taken.add(`${handoff.row}:${lane}:${handoff.column}`);
      cells.set(node.id, { row: handoff.row, lane, column: handoff.column });
      handedOver.add(node.id);
      continue;
    }
    for (;;) {
      const column = barRows.has(row)
        ? undefined
        : order.find((candidate) => !taken.has(`${row}:${lane}:${candidate}`));
      if (column !== undefined) {
        taken.add(`${row}:${lane}:${column}`);
        boxRows.add(row);
        cells.set(node.id, { row, lane, column });
        break;
      }
      row += 1;
    }
  }
  const rowCount = Math.max(0, ...[...cells.values()].map((cell) => cell.row + 1));
  return { cells, barRows, rowCount };
}

function boxShape(
  step: Step,
  width: number,
): { lines: string[]; badgeLines: string[]; badge?: string; height: number; inset: number } {
  const kind = step.meta.kind;
  const inset =
    kind === 'decision'
      ? decisionIndent
      : kind === 'start' || kind === 'end'
        ? pillInset
        : kind === 'wait'
          ? waitInset
          : 0;
  const verticalInset = kind === 'wait' ? waitInset : kind === 'end' ? 2 : 0;
  const textWidth = width - 2 * (padding + inset);
  const lines = wrapText(step.meta.title, textWidth, fontSizes.label);
  const badge = stepTimescaleText(step);
  const badgeLines = badge ? wrapText(badge, textWidth - 8, fontSizes.badge) : [];
  const height =
    2 * (padding + verticalInset) +
    lines.length * lineHeights.label +
    (badge ? 6 + badgeLines.length * lineHeights.badge + 4 : 0);
  return { lines, badgeLines, badge, height: Math.max(44, height), inset: verticalInset };
}

const right = (rect: Rect) => rect.x + rect.width;
const bottom = (rect: Rect) => rect.y + rect.height;
const centreX = (rect: Rect) => rect.x + rect.width / 2;
const centreY = (rect: Rect) => rect.y + rect.height / 2;

function stepPorts(rect: Rect, role: 'source' | 'target'): Port[] {
  const [cx, cy] = [centreX(rect), centreY(rect)];
  const isSource = role === 'source';
  return [
    {
      name: 'bottom',
      point: { x: cx, y: bottom(rect) },
      outside: { x: cx, y: bottom(rect) + clearance },
      direction: isSource ? 'down' : 'up',
      cost: isSource ? 0 : 80,
    },
    {
      name: 'top',
      point: { x: cx, y: rect.y },
      outside: { x: cx, y: rect.y - clearance },
      direction: isSource ? 'up' : 'down',
      cost: isSource ? 80 : 0,
    },
    {
      name: 'left',
      point: { x: rect.x, y: cy },
      outside: { x: rect.x - clearance, y: cy },
      direction: isSource ? 'left' : 'right',
      cost: isSource ? 16 : 12,
    },
    {
      name: 'right',
      point: { x: right(rect), y: cy },
      outside: { x: right(rect) + clearance, y: cy },
      direction: isSource ? 'right' : 'left',
      cost: isSource ? 16 : 12,
    },
  ];
}

function barPort(bar: Rect, x: number, role: 'source' | 'target'): Port {
  const clamped = Math.min(right(bar) - 4, Math.max(bar.x + 4, x));
  return role === 'target'
    ? {
        name: 'top',
        point: { x: clamped, y: bar.y },
        outside: { x: clamped, y: bar.y - clearance },
        direction: 'down',
        cost: 0,
      }
    : {
        name: 'bottom',
        point: { x: clamped, y: bottom(bar) },
        outside: { x: clamped, y: bottom(bar) + clearance },
        direction: 'down',
        cost: 0,
      };
}

interface Attempt {
  boxes: DiagramBox[];
  gateways: Map<string, DiagramGateway>;
  routes: Map<string, Route>;
  labels: Map<Transition, { lines: string[]; rect: Rect }>;
  height: number;
  /** Rows whose gap below needs more room for a label, when a label found no place. */
  crowdedRows: number[];
}

/** Lays a process model out as a swimlane diagram. Pure and deterministic; throws if no clean layout is found. */
export function layoutDiagram(model: ProcessModel): DiagramLayout {
  const { nodes, legs, transitions } = buildGraph(model);
  markLoops(nodes, legs, model.initialPaths);
  const ranks = assignRanks(nodes, legs);
  const columns = columnsPerLane(model, nodes, ranks);
  const { cells, barRows, rowCount } = placeNodes(model, nodes, legs, ranks, columns);
  const columnCount = columns.reduce((sum, count) => sum + count, 0);
  const columnWidth = Math.min(maxColumnWidth, Math.max(minColumnWidth, Math.floor(targetWidth / columnCount)));
  const width = columnWidth * columnCount;

  const laneX: number[] = [];
  let x = 0;
  for (const count of columns) {
    laneX.push(x);
    x += count * columnWidth;
  }
  const laneLines = model.lanes.map((lane, index) =>
    wrapText(roles[lane], columns[index]! * columnWidth - 2 * headerPadding, fontSizes.lane, 'bold'),
  );
  const headerHeight = Math.max(...laneLines.map((lines) => lines.length)) * lineHeights.lane + 2 * headerPadding;

  const boxWidth = columnWidth - 2 * channel;
  const shapes = new Map(model.steps.map((step) => [step.path, boxShape(step, boxWidth)] as const));
  const rowHeights = Array.from({ length: rowCount }, (_, row) =>
    barRows.has(row)
      ? barHeight
      : Math.max(
          0,
          ...model.steps
            .filter((step) => cells.get(step.path)!.row === row)
            .map((step) => shapes.get(step.path)!.height),
        ),
  );
  // A branch into parallel work is one option however many strands it starts: it is labelled once, on its way to the fork.
  const labelled = transitions.filter(
    (transition, index) =>
      transition.label && transitions.findIndex((other) => other.legs[0]!.key === transition.legs[0]!.key) === index,
  );
  const labelLines = new Map(
    labelled.map((transition) => [
      transition,
      wrapText(transition.label!, Math.min(columnWidth, 200) - 16, fontSizes.edgeLabel),
    ]),
  );
  // Narrower, taller wrappings of each label, for when the widest one would sit across another connector.
  const narrowLabelLines = new Map(
    labelled.map((transition) => [
      transition,
      [0.65, 0.45].map((share) => wrapText(transition.label!, Math.min(columnWidth, 200) * share, fontSizes.edgeLabel)),
    ]),
  );
  const linesHeight = (lines: string[]) => lines.length * lineHeights.edgeLabel + 4;
  const labelHeight = (transition: Transition) => linesHeight(labelLines.get(transition)!);
  const extraGap = rowHeights.map(() => 0);
  for (const transition of labelled) {
    const row = cells.get(transition.from)!.row;
    extraGap[row] = Math.max(extraGap[row]!, labelHeight(transition) + 4);
  }

  // First try to keep every label near its source by making room below crowded rows; if that does not settle, start
  // again from the first spacing and ask only that every label and connector finds a place.
  const firstGaps = [...extraGap];
  /** Branches whose label found no place beside a level connector: they leave their decision downwards instead. */
  const goDown = new Set<string>();
  /** Labels that found no place: next time they choose before the others. */
  const placeFirst = new Set<Transition>();
  for (const [isFussy, attempts] of [
    [true, 2],
    [false, 8],
  ] as const) {
    extraGap.splice(0, extraGap.length, ...firstGaps);
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      const result = tryLayout(isFussy);
      if (result.crowdedRows.length === 0) return finish(result);
      for (const row of result.crowdedRows) extraGap[row]! += 24;
    }
  }
  throw new DiagramLayoutError(`Diagram "${model.id}": no layout leaves room for every connector and label`);

  /** One layout with the current gaps; with `isFussy`, a label far from its source also asks for more room. */
  function tryLayout(isFussy: boolean): Attempt {
    const rowTop: number[] = [];
    let y = headerHeight + firstRowGap;
    for (let row = 0; row < rowCount; row += 1) {
      rowTop.push(y);
      y += rowHeights[row]! + baseGap + extraGap[row]!;
    }
    const height = y - baseGap - (extraGap.at(-1) ?? 0) + bottomMargin;
    const boxes: DiagramBox[] = model.steps.map((step) => {
      const cell = cells.get(step.path)!;
      const shape = shapes.get(step.path)!;
      const rect = {
        x: laneX[cell.lane]! + cell.column * columnWidth + channel,
        y: rowTop[cell.row]! + (rowHeights[cell.row]! - shape.height) / 2,
        width: boxWidth,
        height: shape.height,
      };
      const textWidth = linesWidth(shape.lines, fontSizes.label);
      const textTop = rect.y + padding + shape.inset;
      const box: DiagramBox = {
        path: step.path,
        number: step.number,
        kind: step.meta.kind,
        lane: step.meta.lane,
        title: step.meta.title,
        rect,
        lines: shape.lines,
        labelRect: {
          x: centreX(rect) - textWidth / 2,
          y: textTop,
          width: textWidth,
          height: shape.lines.length * lineHeights.label,
        },
      };
      if (shape.badge) {
        const badgeWidth = linesWidth(shape.badgeLines, fontSizes.badge) + 8;
        box.badge = {
          text: shape.badge,
          lines: shape.badgeLines,
          rect: {
            x: centreX(rect) - badgeWidth / 2,
            y: textTop + shape.lines.length * lineHeights.label + 6,
            width: badgeWidth,
            height: shape.badgeLines.length * lineHeights.badge + 4,
          },
        };
      }
      return box;
    });
    const boxByPath = new Map(boxes.map((box) => [box.path, box]));

    const gateways = new Map<string, DiagramGateway>();
    for (const node of nodes) {
      if (!node.gateway) continue;
      const xs = legs
        .filter((leg) => leg.from === node.id || leg.to === node.id)
        .map((leg) => centreX(boxByPath.get(leg.from === node.id ? leg.to : leg.from)!.rect));
      const row = cells.get(node.id)!.row;
      gateways.set(node.id, {
        kind: node.gateway.kind,
        group: node.gateway.group,
        rect: {
          x: Math.min(...xs) - 16,
          y: rowTop[row]!,
          width: Math.max(...xs) - Math.min(...xs) + 32,
          height: barHeight,
        },
      });
    }

    const obstacles = [
      { x: 0, y: 0, width, height: headerHeight },
      ...boxes.map((box) => box.rect),
      ...[...gateways.values()].map((gateway) => gateway.rect),
    ].map((rect, index) =>
      index === 0
        ? rect
        : {
            x: rect.x - clearance,
            y: rect.y - clearance,
            width: rect.width + 2 * clearance,
            height: rect.height + 2 * clearance,
          },
    );

    const portsOf = (leg: Leg, role: 'source' | 'target'): Port[] => {
      const id = role === 'source' ? leg.from : leg.to;
      const gateway = gateways.get(id);
      if (!gateway) return stepPorts(boxByPath.get(id)!.rect, role);
      const other = boxByPath.get(role === 'source' ? leg.to : leg.from)!;
      return [barPort(gateway.rect, centreX(other.rect), role)];
    };
    const legPorts = new Map(
      legs.map((leg) => [leg, { sources: portsOf(leg, 'source'), targets: portsOf(leg, 'target') }]),
    );

    const xs = [4, width - 4];
    for (let column = 0; column <= columnCount; column += 1) xs.push(column * columnWidth);
    for (const box of boxes) xs.push(box.rect.x - clearance, right(box.rect) + clearance, centreX(box.rect));
    const ys = [height - 4, headerHeight + 4];
    for (let row = 0; row < rowCount; row += 1) {
      const gapTop = rowTop[row]! + rowHeights[row]! + clearance;
      const gapBottom = (rowTop[row + 1] ?? height - 4) - clearance;
      const tracks = Math.min(6, Math.floor((gapBottom - gapTop) / 8));
      for (let track = 0; track <= tracks; track += 1)
        ys.push(gapTop + ((gapBottom - gapTop) * track) / Math.max(tracks, 1));
      ys.push(gapBottom);
    }
    for (const box of boxes) ys.push(box.rect.y - clearance, bottom(box.rect) + clearance, centreY(box.rect));
    for (const { sources, targets } of legPorts.values())
      for (const port of [...sources, ...targets]) {
        xs.push(port.outside.x);
        ys.push(port.outside.y);
      }
    const router = new Router(obstacles, xs, ys);

    const rowOf = (id: string) => cells.get(id)!.row;
    // Short connectors first, so neighbouring steps get straight lines and long ones go round them.
    const span = (leg: Leg) => Math.abs(rowOf(leg.to) - rowOf(leg.from));
    const orderedLegs = [...legs].sort(
      (a, b) =>
        Number(a.isBack) - Number(b.isBack) ||
        span(a) - span(b) ||
        rowOf(a.from) - rowOf(b.from) ||
        legs.indexOf(a) - legs.indexOf(b),
    );
    const usedPorts = new Map<string, Set<string>>();
    const routes = new Map<string, Route>();
    const crowdedRows = new Set<number>();
    for (const leg of orderedLegs) {
      const ports = legPorts.get(leg)!;
      const used = usedPorts.get(leg.from) ?? new Set<string>();
      const sources = ports.sources.map((port) => ({
        ...port,
        cost: port.cost + (used.has(port.name) ? 60 : 0) + (goDown.has(leg.key) && port.name !== 'bottom' ? 400 : 0),
      }));
      const route = router.route({ source: leg.from, target: leg.to, sources, targets: ports.targets });
      if (!route) {
        crowdedRows.add(rowOf(leg.from));
        continue;
      }
      used.add(route.sourcePort.name);
      usedPorts.set(leg.from, used);
      routes.set(leg.key, route);
    }

    const labels = new Map<Transition, { lines: string[]; rect: Rect }>();
    if (crowdedRows.size === 0) {
      const placed: Rect[] = [];
      const blockers = [...boxes.map((box) => box.rect), ...[...gateways.values()].map((gateway) => gateway.rect)];
      const segments = [...routes.entries()].flatMap(([key, route]) =>
        route.points.slice(1).map((point, index) => ({ key, a: route.points[index]!, b: point })),
      );
      const area = { x: 0, y: headerHeight, width, height: height - headerHeight };
      const byPriority = [...labelled].sort((a, b) => Number(placeFirst.has(b)) - Number(placeFirst.has(a)));
      for (const transition of byPriority) {
        const leg = transition.legs[0]!;
        const own = routes.get(leg.key)!.points;
        const others = segments.filter(({ key }) => key !== leg.key);
        // The label as wrapped for the column, or narrower and taller when that keeps it off another connector.
        const placements = [labelLines.get(transition)!, ...narrowLabelLines.get(transition)!].map((lines, index) => {
          const size = { width: linesWidth(lines, fontSizes.edgeLabel) + 8, height: linesHeight(lines) };
          const found = placeLabel(
            own,
            size,
            (candidate) =>
              contains(area, candidate) &&
              !blockers.some((blocker) => overlaps(candidate, blocker, 0) || touchesWithin(candidate, blocker, 3)) &&
              !placed.some((other) => overlaps(candidate, other, 0) || touchesWithin(candidate, other, 2)),
            (candidate, a, at) =>
              others.filter(({ a: p, b: q }) => segmentHits(p, q, candidate)).length * 1000 +
              (others.some(({ a: p, b: q }) => runsThrough(p, q, a, at)) ? 200 : 0),
          );
          return found && { ...found, cost: found.cost + index * 20, lines };
        });
        const placement = placements.filter((candidate) => candidate !== undefined).sort((a, b) => a.cost - b.cost)[0];
        const lines = placement?.lines ?? [];
        const rect = placement?.rect;
        if (!rect || (isFussy && placement.cost > maxLabelDistance)) {
          crowdedRows.add(rowOf(transition.from));
          if (!rect) {
            goDown.add(leg.key);
            placeFirst.add(transition);
          }
          continue;
        }
        placed.push(rect);
        labels.set(transition, { lines, rect });
      }
    }
    return { boxes, gateways, routes, labels, height, crowdedRows: [...crowdedRows] };
  }

  function finish(result: Attempt): DiagramLayout {
    const lanes: DiagramLane[] = model.lanes.map((role, index) => ({
      role,
      label: roles[role],
      labelLines: laneLines[index]!,
      band: { x: laneX[index]!, y: 0, width: columns[index]! * columnWidth, height: result.height },
      header: { x: laneX[index]!, y: 0, width: columns[index]! * columnWidth, height: headerHeight },
    }));
    const connectors: DiagramConnector[] = transitions.map((transition) => {
      const routes = transition.legs.map((leg) => result.routes.get(leg.key)!);
      let points = routes[0]!.points;
      if (routes[1]) {
        const bar = result.gateways.get(transition.legs[0]!.to)!.rect;
        const [end, start] = [points.at(-1)!, routes[1].points[0]!];
        const middle = centreY(bar);
        points = [...points, { x: end.x, y: middle }, { x: start.x, y: middle }, ...routes[1].points];
      }
      const label = result.labels.get(transition);
      return {
        from: transition.from,
        to: transition.to,
        event: transition.event,
        label: transition.label,
        labelLines: label?.lines ?? [],
        labelRect: label?.rect,
        points: dedupe(points),
        isLoop: transition.legs.some((leg) => leg.isBack),
        gateway: transition.gateway,
        legs: routes.map((route) => route.points),
      };
    });
    return {
      id: model.id,
      width,
      height: result.height,
      headerHeight,
      fontSizes,
      lanes,
      boxes: result.boxes,
      gateways: [...result.gateways.values()],
      connectors,
    };
  }
}

function dedupe(points: Point[]): Point[] {
  return points.filter(
    (point, index) => index === 0 || point.x !== points[index - 1]!.x || point.y !== points[index - 1]!.y,
  );
}

function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && right(inner) <= right(outer) && bottom(inner) <= bottom(outer);
}

/** The rectangles are closer than `gap` without overlapping. */
function touchesWithin(a: Rect, b: Rect, gap: number): boolean {
  return overlaps({ x: a.x - gap, y: a.y - gap, width: a.width + 2 * gap, height: a.height + 2 * gap }, b, 0);
}

/** Another connector runs along the same line through the point: a label there could belong to either. */
function runsThrough(p: Point, q: Point, a: Point, at: Point): boolean {
  if (p.x === q.x && a.x === at.x && Math.abs(p.x - at.x) < 1)
    return at.y >= Math.min(p.y, q.y) && at.y <= Math.max(p.y, q.y);
  if (p.y === q.y && a.y === at.y && Math.abs(p.y - at.y) < 1)
    return at.x >= Math.min(p.x, q.x) && at.x <= Math.max(p.x, q.x);
  return false;
}

function segmentHits(a: Point, b: Point, rect: Rect): boolean {
  return (
    Math.min(a.x, b.x) <= right(rect) &&
    Math.max(a.x, b.x) >= rect.x &&
    Math.min(a.y, b.y) <= bottom(rect) &&
    Math.max(a.y, b.y) >= rect.y
  );
}

/**
 * The best place for a label beside its connector: as near the source as it can be, clear of boxes and other labels,
 * and preferably not across other connectors or beside a stretch another connector shares. Undefined when none fits.
 */
export function placeLabel(
  points: Point[],
  size: { width: number; height: number },
  fits: (rect: Rect) => boolean,
  penalty: (rect: Rect, a: Point, at: Point) => number,
): { rect: Rect; cost: number } | undefined {
  let best: { rect: Rect; cost: number } | undefined;
  let travelled = 0;
  for (let index = 1; index < points.length; index += 1) {
    const [a, b] = [points[index - 1]!, points[index]!];
    const length = Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
    const isVertical = a.x === b.x;
    for (let along = 2; along <= Math.max(2, length - 2); along += 6) {
      const cost = travelled + along;
      if (best && cost >= best.cost) break;
      const t = along / Math.max(length, 1);
      const at = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
      const candidates: Rect[] = isVertical
        ? [
            { x: at.x + 4, y: b.y > a.y ? at.y : at.y - size.height, ...size },
            { x: at.x - 4 - size.width, y: b.y > a.y ? at.y : at.y - size.height, ...size },
          ]
        : [
            { x: b.x > a.x ? at.x : at.x - size.width, y: at.y - 4 - size.height, ...size },
            { x: b.x > a.x ? at.x : at.x - size.width, y: at.y + 4, ...size },
          ];
      for (const [side, rect] of candidates.entries()) {
        if (!fits(rect)) continue;
        const total = cost + side * 4 + penalty(rect, a, at);
        if (!best || total < best.cost) best = { rect, cost: total };
      }
    }
    travelled += length;
  }
  return best;
}
