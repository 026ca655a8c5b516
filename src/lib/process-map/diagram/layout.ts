// Lays a process model out as a swimlane diagram by running the phases in turn: graph, layer (rows), order (left to
// right, lanes included), place (across, then down), route (connectors and their tracks), label (options' words).
// Pure and deterministic, run at build time.
import { roles, type RoleId } from '../../roles';
import type { ProcessModel } from '../model';
import { boxText, comfortableWidth, fontSizes, lineHeights } from './box';
import { buildGraph, drawUnnamedInLanes, type FlowModel, type LayoutGraph, type Transition } from './graph';
import { labelSize, placeLabels, type LabelRequest, type LabelShortfall } from './label';
import { assignLayers, breakCycles, type Layering } from './layer';
import { notStatedLane, orderLayers, type Ordering } from './order';
import { lanesFit, placeAcross, placeDown, type BoxWidths, type Placement, type VerticalPlacement } from './place';
import { drawRoutes, planRoutes, simplify, type RoutePlan } from './route';
import { wrapText } from './text';
import type { DiagramBox, DiagramConnector, DiagramGateway, DiagramLane, DiagramLayout, Rect } from './types';

export { fontSizes, lineHeights, baselineOffset } from './box';
export { targetWidth } from './place';

/** The lane of steps whose actor the source does not name says so in its header, in words that name no role. */
export const notStatedLaneTitle = 'Role not named in the source';
const headerPadding = 10;
const labelAttempts = 8;
/** Room is granted to a label this many times at most while what it needs stays the same. */
const grantsWithoutChange = 4;

export interface Arrangement {
  graph: LayoutGraph;
  layering: Layering;
  ordering: Ordering;
  /** Each lane's box widths: the least that breaks no word, and the comfortable. */
  boxWidths: Map<RoleId, BoxWidths>;
  /** The lane each step is drawn in: its own, or for a step whose actor the source does not name, a neighbour's. */
  drawnLane: Map<string, RoleId>;
}

const arrangements = new WeakMap<FlowModel['steps'], Arrangement>();

/**
 * The rows and left-to-right order of a model's steps: the layout's first phases, which the step numbers follow too
 * (so they read top to bottom, left to right on the diagram). Worked out once per model.
 */
export function arrange(model: FlowModel): Arrangement {
  const known = arrangements.get(model.steps);
  if (known) return known;
  const graph = buildGraph(model);
  breakCycles(graph);
  drawUnnamedInLanes(graph, notStatedLane);
  const drawnLane = new Map(graph.nodes.flatMap((node) => (node.lane ? [[node.id, node.lane] as const] : [])));
  const stepsIn = (lane: RoleId) => model.steps.filter((step) => drawnLane.get(step.path) === lane);
  // Lanes in the order roles first act (the not-stated lane, left only on a map that names no actor, last): the order
  // the lane ordering starts from.
  const lanes = [...new Set(model.steps.map((step) => drawnLane.get(step.path)!))].sort(
    (a, b) => Number(a === notStatedLane) - Number(b === notStatedLane),
  );
  // Each lane's boxes: the narrowest that breaks no word, and the narrowest that reads comfortably (three lines; five in
  // the not-stated lane, which is the narrowest lane, so it never reads as a role).
  const numberText = `${model.steps.length}.`;
  const boxWidths = new Map(
    lanes.map((lane) => {
      const least = comfortableWidth(stepsIn(lane), numberText, 6);
      return [
        lane,
        { least, comfortable: comfortableWidth(stepsIn(lane), numberText, lane === notStatedLane ? 5 : 3, least) },
      ];
    }),
  );
  const layering = assignLayers(graph, lanes, (columns) => lanesFit(columns, boxWidths));
  const ordering = orderLayers(graph, layering, lanes);
  const arrangement = { graph, layering, ordering, boxWidths, drawnLane };
  arrangements.set(model.steps, arrangement);
  return arrangement;
}

const transitionKey = (transition: Transition) => `${transition.from}\u0000${transition.event}\u0000${transition.to}`;

/** The header words of a lane. */
export function laneTitle(role: RoleId): string {
  return role === notStatedLane ? notStatedLaneTitle : roles[role];
}

/** Lays a process model out as a swimlane diagram. */
export function layoutDiagram(model: ProcessModel): DiagramLayout {
  const { graph, ordering, boxWidths, drawnLane } = arrange(model);
  const kinds = new Map(model.steps.map((step) => [step.path, step.meta.kind]));

  // Each option's words, beside its first leg. A branch into parallel work is one option however many strands it
  // starts: it is labelled once. Options of one step that lead to the same step share one line, their words together.
  const labels = graph.transitions.flatMap((transition) => {
    const leg = transition.legs[0]!;
    const isFirst =
      graph.transitions.find((other) => other.legs[0] === leg && other.event === transition.event) === transition;
    return transition.label && isFirst
      ? [{ key: transitionKey(transition), leg: leg.key, text: transition.label }]
      : [];
  });
  const labelsOf = (leg: string) => labels.filter((label) => label.leg === leg);
  const labelWidths = new Map(
    graph.legs.flatMap((leg) => {
      const texts = labelsOf(leg.key);
      return texts.length ? [[leg.key, Math.max(...texts.map((label) => labelSize(label.text).width))] as const] : [];
    }),
  );
  const placement = placeAcross(model.steps, ordering, boxWidths, labelWidths);
  let plan = planRoutes(graph.legs, labelWidths, ordering, placement, kinds);

  const laneLines = placement.lanes.map((lane) =>
    wrapText(laneTitle(lane.role), lane.width - 2 * headerPadding, fontSizes.lane, 'bold'),
  );
  const headerHeight = Math.max(...laneLines.map((lines) => lines.length)) * lineHeights.lane + 2 * headerPadding;

  // Room for labels: below a row for those beside connectors leaving a box's bottom, above its middle for those
  // beside connectors leaving its side; more wherever a label then finds no place.
  const rowCore = ordering.rows.map((row) =>
    Math.max(0, ...row.map((item) => placement.boxes.get(item.id)?.shape.height ?? 0)),
  );
  /** Room below each row for the labels beside lines leaving its boxes' bottoms, and above for those at their sides. */
  const labelRoom = (routes: RoutePlan): [number[], number[]] => {
    const below = ordering.rows.map(() => 0);
    const beside = ordering.rows.map(() => 0);
    for (const route of routes.legs) {
      const texts = labelsOf(route.leg.key);
      if (!texts.length) continue;
      const height = texts.reduce((sum, label) => sum + labelSize(label.text).height + 4, -4);
      const row = route.rows[route.leg.isBack ? route.items.length - 1 : 0]!;
      const boxHeight = placement.boxes.get(route.leg.from)?.shape.height ?? 0;
      if (route.exit === 'bottom') below[row] = Math.max(below[row]!, height + 8 - (rowCore[row]! - boxHeight) / 2);
      else beside[row] = Math.max(beside[row]!, height + 8 - rowCore[row]! / 2);
    }
    return [below, beside];
  };
  // Room granted to labels that found no place: more before the track where a line from the bottom turns (or a loop's
  // run across), after a channel's last track, in the channel below a row, or above a row's middle. A label that still
  // finds none gives its room back at the end.
  const grants: { key: string; kind: 'track' | 'after' | 'band' | 'above'; at: string; amount: number }[] = [];
  const sideways = new Set<string>();
  /** Labels that room in the usual place did not help, and where they are given room instead. */
  const remedies = new Map<string, 'after' | 'run'>();
  const settle = (final: boolean) => {
    const [below, beside] = labelRoom(plan);
    const spacing = new Map<string, number>();
    for (const grant of grants)
      if (grant.kind === 'track') spacing.set(grant.at, (spacing.get(grant.at) ?? 0) + grant.amount);
      else if (grant.kind === 'after') {
        const at = `${grant.at}:${plan.tracks[Number(grant.at)] ?? 0}`;
        spacing.set(at, (spacing.get(at) ?? 0) + grant.amount);
      } else if (grant.kind === 'band') below[Number(grant.at)]! += grant.amount;
      else beside[Number(grant.at)]! += grant.amount;
    const vertical = placeDown(ordering, placement, plan.tracks, below, beside, spacing, headerHeight);
    const lines = drawRoutes(plan, vertical, placement);
    const boxes = diagramBoxes(model, placement, vertical, drawnLane);
    const gateways = diagramGateways(graph, placement, vertical);
    const requests: LabelRequest[] = labels.map((label) => {
      const leg = graph.legs.find((candidate) => candidate.key === label.leg)!;
      return {
        ...label,
        points: lines.get(label.leg)!,
        centre: placement.x.get(leg.from),
        runAcross: remedies.get(label.key) === 'run',
      };
    });
    const area = { x: 0, y: headerHeight, width: placement.width, height: vertical.height - headerHeight };
    const obstacles = [...boxes.map((box) => box.rect), ...gateways.map((gateway) => gateway.rect)];
    return { vertical, lines, boxes, gateways, ...placeLabels(requests, lines, obstacles, area, final) };
  };
  const unchanged = new Map<string, { needed: number; times: number }>();
  const routeOf = (key: string) => {
    const leg = labels.find((label) => label.key === key)!.leg;
    return plan.legs.find((candidate) => candidate.leg.key === leg)!;
  };
  /**
   * Where else room may help a label that room in the usual place did not: words beside a line going straight down
   * from the bottom, below the jogs of the lines beside it (after the channel's last track); a loop's words, above its
   * run across to the step it returns to (before that run's track).
   */
  const otherRemedy = (shortfall: LabelShortfall): 'after' | 'run' | undefined => {
    const route = routeOf(shortfall.key);
    if (route.leg.isBack) return runTrack(shortfall.key) === undefined ? undefined : 'run';
    const row = route.rows[0]!;
    return shortfall.along === 'vertical' && route.tracks.get(row) === undefined && plan.tracks[row]
      ? 'after'
      : undefined;
  };
  /** The channel and track of a loop's run across, after its step out and its upright (as `channel:track`). */
  const runTrack = (key: string) => {
    const points = result.lines.get(routeOf(key).leg.key)!;
    const [turn, across] = [points[2], points[3]];
    if (!turn || !across || Math.abs(turn.y - across.y) > 0.5) return undefined;
    for (const [channel, tracks] of result.vertical.tracks.entries()) {
      const track = tracks.findIndex((y) => Math.abs(y - turn.y) < 0.5);
      if (track >= 0) return `${channel}:${track}`;
    }
    return undefined;
  };
  let result = settle(false);
  let previous = JSON.stringify([result.vertical.height, result.shortfalls]);
  for (let attempt = 1; result.shortfalls.length && attempt < 2 * labelAttempts; attempt += 1) {
    // Words that found no place beside a line from the bottom, after the room it could make: those legs leave from the
    // side instead, if they can, and the labels try again.
    if (attempt === labelAttempts) {
      for (const shortfall of result.shortfalls) sideways.add(labels.find((label) => label.key === shortfall.key)!.leg);
      plan = planRoutes(graph.legs, labelWidths, ordering, placement, kinds, sideways);
    } else {
      // Room given again and again to a label whose need it does not change is wasted: that label is given up on.
      const open = result.shortfalls.filter((shortfall) => {
        const seen = unchanged.get(shortfall.key);
        const times = seen?.needed === shortfall.needed ? seen.times + 1 : 1;
        unchanged.set(shortfall.key, { needed: shortfall.needed, times });
        if (times <= grantsWithoutChange) return true;
        // Given up on where it was: room elsewhere, once, with the room given before taken back.
        const remedy = remedies.has(shortfall.key) ? undefined : otherRemedy(shortfall);
        if (!remedy) return false;
        remedies.set(shortfall.key, remedy);
        grants.splice(0, grants.length, ...grants.filter((grant) => grant.key !== shortfall.key));
        unchanged.set(shortfall.key, { needed: shortfall.needed, times: 1 });
        return true;
      });
      if (!open.length && attempt < labelAttempts) {
        attempt = labelAttempts - 1;
        continue;
      }
      if (!open.length) {
        result = settle(true);
        break;
      }
      for (const shortfall of open) {
        const route = routeOf(shortfall.key);
        const row = route.rows[route.leg.isBack ? route.rows.length - 1 : 0]!;
        const track = route.tracks.get(row);
        const amount = shortfall.needed;
        const remedy = remedies.get(shortfall.key);
        const run = remedy === 'run' ? runTrack(shortfall.key) : undefined;
        if (remedy === 'after') grants.push({ key: shortfall.key, kind: 'after', at: String(row), amount });
        // (What a loop's words ask for is measured along its step out, not the run: a little at a time.)
        else if (run) grants.push({ key: shortfall.key, kind: 'track', at: run, amount: Math.min(amount, 24) });
        // A line from the bottom needs to run further before it turns: more room before its track, or the channel's.
        else if (shortfall.along === 'vertical' && !route.leg.isBack && track !== undefined)
          grants.push({ key: shortfall.key, kind: 'track', at: `${row}:${track}`, amount });
        else if (shortfall.along === 'vertical' && !route.leg.isBack)
          grants.push({ key: shortfall.key, kind: 'band', at: String(row), amount });
        else grants.push({ key: shortfall.key, kind: 'above', at: String(row), amount: Math.min(amount, 24) });
      }
    }
    result = settle(attempt + 1 === 2 * labelAttempts);
    // The same shortfalls in a diagram of the same height: the room granted was not taken up, so go on to the next
    // remedy (leaving from the side), or from there to the last chance, instead of trying it over and over.
    const signature = JSON.stringify([result.vertical.height, result.shortfalls]);
    if (signature === previous)
      attempt = attempt < labelAttempts ? labelAttempts - 1 : Math.max(attempt, 2 * labelAttempts - 2);
    previous = signature;
  }
  if (result.shortfalls.length) {
    const failed = new Set(result.shortfalls.map((shortfall) => shortfall.key));
    grants.splice(0, grants.length, ...grants.filter((grant) => !failed.has(grant.key)));
    result = settle(true);
  }
  {
    const { vertical, lines, boxes, gateways, placed } = result;
    const lanes: DiagramLane[] = placement.lanes.map((lane, index) => ({
      role: lane.role,
      label: laneTitle(lane.role),
      labelLines: laneLines[index]!,
      band: { x: lane.x, y: 0, width: lane.width, height: vertical.height },
      header: { x: lane.x, y: 0, width: lane.width, height: headerHeight },
    }));
    const connectors: DiagramConnector[] = graph.transitions.map((transition) => {
      const legs = transition.legs.map((leg) => lines.get(leg.key)!);
      let points = legs[0]!;
      if (legs[1]) {
        const bar = gateways.find((gateway) => gateway.id === transition.legs[0]!.to)!.rect;
        const [end, start] = [points.at(-1)!, legs[1][0]!];
        const barMiddle = bar.y + bar.height / 2;
        points = [...points, { x: end.x, y: barMiddle }, { x: start.x, y: barMiddle }, ...legs[1]];
      }
      const label = placed.get(transitionKey(transition));
      return {
        from: transition.from,
        to: transition.to,
        event: transition.event,
        label: transition.label,
        labelLines: label?.lines ?? [],
        labelRect: label?.rect,
        points: simplify(points),
        isLoop: transition.legs.some((leg) => leg.isBack),
        gateway: transition.gateway,
        legs,
      };
    });
    return {
      id: model.id,
      width: placement.width,
      height: vertical.height,
      headerHeight,
      fontSizes,
      lanes,
      boxes,
      gateways: gateways.map(({ kind, group, rect }) => ({ kind, group, rect })),
      connectors,
    };
  }
}

function diagramBoxes(
  model: ProcessModel,
  placement: Placement,
  vertical: VerticalPlacement,
  drawnLane: ReadonlyMap<string, RoleId>,
): DiagramBox[] {
  return model.steps.map((step) => {
    const { width, shape } = placement.boxes.get(step.path)!;
    const { top, bottom } = vertical.boxes.get(step.path)!;
    const rect: Rect = { x: placement.x.get(step.path)! - width / 2, y: top, width, height: bottom - top };
    const text = boxText(shape, rect);
    return {
      path: step.path,
      number: step.number,
      kind: step.meta.kind,
      lane: step.meta.lane,
      drawnLane: drawnLane.get(step.path)!,
      title: step.meta.title,
      rect,
      lines: shape.lines,
      labelRect: text.label,
      ...(shape.badge && text.badge ? { badge: { text: shape.badge, lines: shape.badgeLines, rect: text.badge } } : {}),
    };
  });
}

function diagramGateways(
  graph: LayoutGraph,
  placement: Placement,
  vertical: VerticalPlacement,
): (DiagramGateway & { id: string })[] {
  return graph.nodes
    .filter((node) => node.gateway)
    .map((node) => {
      const { left, right } = placement.bars.get(node.id)!;
      const { top, bottom } = vertical.bars.get(node.id)!;
      return { id: node.id, ...node.gateway!, rect: { x: left, y: top, width: right - left, height: bottom - top } };
    });
}
