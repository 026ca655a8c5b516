// Route phase: orthogonal connectors. Each leg leaves its step from the bottom (ports spread along it) or, when it
// heads for another column, from the side facing it; passes each row on its dummy's line; jogs across in the channel
// between two rows on a track of its own, the tracks ordered so jogs cross as little as possible and kept a track
// apart; and enters its step from the top (every leg into a step meets at one point) or from the side. Loops run up
// beside the steps, out of one's side and into the other's.
import type { StepKind } from '../schema';
import { decisionIndent } from './box';
import type { Leg } from './graph';
import type { Ordering, OrderItem } from './order';
import { clearance, trackGap, type Placement, type VerticalPlacement } from './place';
import type { Point } from './types';

export type Side = 'left' | 'right';

export interface LegRoute {
  leg: Leg;
  /** The items the leg passes, top to bottom, and their rows. */
  items: string[];
  rows: number[];
  /** How a forward leg leaves its source, or which side of its source a loop leaves. */
  exit: 'bottom' | Side;
  /** How a forward leg enters its target, or which side of its target a loop enters. */
  entry: 'top' | Side;
  /** The line the leg takes at each item (a port, a dummy's line). */
  lines: number[];
  /** The track of each channel it jogs in, by channel (the gap below row `rows[k]`). */
  tracks: Map<number, number>;
  /** The option in words is written beside the leg's first segment. */
  isLabelled: boolean;
}

export interface RoutePlan {
  legs: LegRoute[];
  /** Per channel (the gap below row g): how many tracks its jogs take. */
  tracks: number[];
}

interface Row {
  items: OrderItem[];
  /** Horizontal runs at the row's middle: [from, to]. */
  runs: [number, number][];
  /** Vertical lines in the upper or lower half of the row (above or below the middle), or across all of it. */
  lines: { x: number; half: 'upper' | 'lower' | 'both' }[];
}

const portMargin = 12;
/** A side run shorter than this holds no words: they go beside the line it turns into (as the label phase does). */
const shortRun = 30;
/** Room a label needs beyond its own width: the gap to its line's start and to anything beside it. */
const labelRoom = 16;
/** Ports of labelled branches leaving one bottom edge keep at least this far apart, so labels fit beside them. */
const labelledPortGap = 40;

/** Decides how every leg runs: its ports, sides, lines and tracks. */
export function planRoutes(
  legs: readonly Leg[],
  /** The width of each labelled leg's label. */
  labelled: ReadonlyMap<string, number>,
  ordering: Ordering,
  placement: Placement,
  kinds: ReadonlyMap<string, StepKind>,
  /** Labelled legs whose words found no place beside a line from the bottom: they leave from the side if they can. */
  sideways: ReadonlySet<string> = new Set(),
): RoutePlan {
  const { x, boxes, bars } = placement;
  const chains = new Map(ordering.chains.map((chain) => [chain.leg.key, chain.items]));
  const rowOf = new Map<string, number>();
  ordering.rows.forEach((row, index) => row.forEach((item) => rowOf.set(item.id, index)));
  const rows: Row[] = ordering.rows.map((items) => ({
    items,
    runs: [],
    lines: items
      .filter((item) => item.kind === 'dummy' && item.attachedTo === undefined)
      .map((item) => ({ x: x.get(item.id)!, half: 'both' as const })),
  }));
  const left = (id: string) => x.get(id)! - boxes.get(id)!.width / 2;
  const right = (id: string) => x.get(id)! + boxes.get(id)!.width / 2;
  const takenSides = new Map<string, Set<Side>>();
  const take = (id: string, side: Side) => takenSides.set(id, (takenSides.get(id) ?? new Set()).add(side));
  const isFree = (id: string, side: Side) => !takenSides.get(id)?.has(side);

  const routes: LegRoute[] = legs.map((leg) => {
    const items = chains.get(leg.key)!;
    return {
      leg,
      items,
      rows: items.map((item) => rowOf.get(item)!),
      exit: 'bottom',
      entry: 'top',
      lines: items.map((item) => x.get(item) ?? 0),
      tracks: new Map(),
      isLabelled: labelled.has(leg.key),
    };
  });

  // Loops first: their points sit beside the steps, on the sides the ordering chose.
  for (const route of routes.filter((candidate) => candidate.leg.isBack)) {
    const [top, bottom] = [route.items[0]!, route.items.at(-1)!];
    const [upper, lower] = [itemOf(ordering, top), itemOf(ordering, bottom)];
    route.entry = upper.side!;
    route.exit = lower.side!;
    take(route.leg.to, route.entry);
    take(route.leg.from, route.exit);
    const [entryRow, exitRow] = [rows[route.rows[0]!]!, rows[route.rows.at(-1)!]!];
    const edge = (id: string, side: Side) => (side === 'left' ? left(id) : right(id));
    entryRow.runs.push(span(edge(route.leg.to, route.entry), x.get(top)!));
    entryRow.lines.push({ x: x.get(top)!, half: 'lower' });
    exitRow.runs.push(span(edge(route.leg.from, route.exit), x.get(bottom)!));
    exitRow.lines.push({ x: x.get(bottom)!, half: 'upper' });
    for (const row of route.rows.slice(1, -1))
      rows[row]!.lines.push({ x: x.get(route.items[route.rows.indexOf(row)]!)!, half: 'both' });
  }

  /** A box or bar of the row, other than `own`, reaches into the span from `low` to `high`. */
  const boxIn = (row: Row, own: string, low: number, high: number) =>
    row.items.some((item) => {
      if (item.id === own) return false;
      const box = boxes.get(item.id);
      const bar = bars.get(item.id);
      const extent = box
        ? [x.get(item.id)! - box.width / 2, x.get(item.id)! + box.width / 2]
        : bar
          ? [bar.left, bar.right]
          : undefined;
      return extent !== undefined && extent[0]! < high && extent[1]! > low;
    });

  /** A horizontal run at the middle of a row from a box's side to a line, clear of everything else in the row. */
  const runIsClear = (row: Row, own: string, from: number, to: number, half: 'upper' | 'lower') => {
    const [low, high] = [Math.min(from, to) - clearance, Math.max(from, to) + clearance];
    if (boxIn(row, own, low, high)) return false;
    if (row.runs.some(([a, b]) => a < high + trackGap && b > low - trackGap)) return false;
    // Lines in the row: none may cross the run, nor run beside the run's own vertical.
    return !row.lines.some(
      (line) =>
        (line.x > low && line.x < high) ||
        (Math.abs(line.x - to) < trackGap && (line.half === 'both' || line.half === half)),
    );
  };

  /** Nothing in the upper (or lower) half of the row within `width` of a box's side. */
  const roomBeside = (row: Row, own: string, edge: number, side: Side, width: number, half: 'upper' | 'lower') => {
    const [low, high] = side === 'left' ? [edge - width, edge] : [edge, edge + width];
    if (boxIn(row, own, low, high)) return false;
    if (low < 0 || high > placement.width) return false;
    return !row.lines.some(
      (line) => line.x > low && line.x < high && line.half !== (half === 'upper' ? 'lower' : 'upper'),
    );
  };

  // Forward legs: from the side when they head for another column and the row lets them, otherwise from the bottom.
  const bySource = new Map<string, LegRoute[]>();
  for (const route of routes)
    if (!route.leg.isBack) bySource.set(route.leg.from, [...(bySource.get(route.leg.from) ?? []), route]);
  for (const [source, outgoing] of bySource) {
    if (!boxes.has(source)) continue;
    const row = rows[rowOf.get(source)!]!;
    const next = (route: LegRoute) => route.lines[1]!;
    const sorted = [...outgoing].sort((a, b) => next(a) - next(b));
    const candidates: [LegRoute | undefined, Side][] = [
      [sorted[0], 'left'],
      [sorted.at(-1), 'right'],
    ];
    for (const [route, side] of candidates) {
      if (!route || route.exit !== 'bottom' || !isFree(source, side)) continue;
      // A bar takes the leg from the bottom; so does a leg whose line is under the box.
      if (bars.has(route.items[1]!)) continue;
      const target = next(route);
      const edge = side === 'left' ? left(source) : right(source);
      if (side === 'left' ? target > edge - clearance : target < edge + clearance) continue;
      if (!runIsClear(row, source, edge, target, 'lower')) continue;
      // A labelled branch leaves from the side only if its words fit above or below the run, clear of the row's other
      // things.
      // (A short run lends its words to the line that then turns down, so it needs no room.)
      const label = labelled.get(route.leg.key);
      if (
        label !== undefined &&
        !sideways.has(route.leg.key) &&
        Math.abs(target - edge) >= shortRun &&
        !roomBeside(row, source, edge, side, label + labelRoom, 'upper') &&
        !roomBeside(row, source, edge, side, label + labelRoom, 'lower')
      )
        continue;
      route.exit = side;
      take(source, side);
      row.runs.push(span(edge, target));
      row.lines.push({ x: target, half: 'lower' });
    }
  }

  // Bottom ports: spread along the bottom edge, in the order of the lines they head for.
  for (const [source, outgoing] of bySource) {
    const box = boxes.get(source);
    const down = outgoing.filter((route) => route.exit === 'bottom').sort((a, b) => a.lines[1]! - b.lines[1]!);
    if (!down.length) continue;
    if (!box) {
      // A bar: each strand leaves straight down from the bar at its own line.
      const bar = bars.get(source)!;
      for (const route of down) route.lines[0] = clamp(route.lines[1]!, bar.left + 4, bar.right - 4);
      continue;
    }
    const inset = (kinds.get(source) === 'decision' ? decisionIndent : 0) + portMargin;
    const [low, high] = [left(source) + inset, right(source) - inset];
    // Each port under the line it heads for where it can be (a straight line), a bar's under the box's middle; but
    // labelled branches spread to the ends of the edge, so each label sits outside, beside its own line alone.
    const wanted = down.map((route) => clamp(bars.has(route.items[1]!) ? x.get(source)! : route.lines[1]!, low, high));
    if (down.length > 1 && down.some((route) => route.isLabelled))
      down.forEach((_, index) => (wanted[index] = low + ((high - low) * index) / (down.length - 1)));
    // Labelled branches keep further apart, so each label has room beside its line.
    const gap = down.some((route) => route.isLabelled)
      ? Math.min(labelledPortGap, (high - low) / Math.max(1, down.length - 1))
      : trackGap;
    for (let index = 1; index < wanted.length; index += 1)
      wanted[index] = Math.max(wanted[index]!, wanted[index - 1]! + gap);
    wanted[wanted.length - 1] = Math.min(wanted.at(-1)!, high);
    for (let index = wanted.length - 2; index >= 0; index -= 1)
      wanted[index] = Math.min(wanted[index]!, wanted[index + 1]! - gap);
    if (wanted[0]! < low) wanted.forEach((_, index) => (wanted[index] = low + index * gap));
    down.forEach((route, index) => (route.lines[0] = wanted[index]!));
  }
  // Into a step: from the side when a leg arrives beside it in another column and would otherwise jog, unless a leg
  // meeting the others at the step's top comes from further out on that side (its jog would cross this one). A leg
  // leaving its source from the side already turned once; it goes into the target's top.
  const byTarget = new Map<string, LegRoute[]>();
  for (const route of routes)
    if (!route.leg.isBack) byTarget.set(route.leg.to, [...(byTarget.get(route.leg.to) ?? []), route]);
  for (const route of routes) {
    const target = route.leg.to;
    if (route.leg.isBack || !boxes.has(target) || (route.items.length < 3 && route.exit !== 'bottom')) continue;
    const arriving = route.lines.at(-2)!;
    const side: Side = arriving < x.get(target)! ? 'left' : 'right';
    const edge = side === 'left' ? left(target) : right(target);
    if (side === 'left' ? arriving > edge - clearance + 1 : arriving < edge + clearance - 1) continue;
    if (!isFree(target, side)) continue;
    const outside = (other: LegRoute) =>
      other !== route &&
      other.entry === 'top' &&
      (side === 'left' ? other.lines.at(-2)! < arriving : other.lines.at(-2)! > arriving);
    if (byTarget.get(target)!.some(outside)) continue;
    const row = rows[rowOf.get(target)!]!;
    if (!runIsClear(row, target, edge, arriving, 'upper')) continue;
    route.entry = side;
    take(target, side);
    row.runs.push(span(edge, arriving));
    row.lines.push({ x: arriving, half: 'upper' });
  }

  // Side exits run to the next line; a leg into a bar meets it on its own line; a step's top port is its centre.
  for (const route of routes) {
    if (route.leg.isBack) continue;
    if (route.exit !== 'bottom') route.lines[0] = route.lines[1]!;
    const last = route.items.at(-1)!;
    const bar = bars.get(last);
    if (bar) route.lines[route.lines.length - 1] = clamp(route.lines.at(-2)!, bar.left + 4, bar.right - 4);
    else if (route.entry !== 'top') route.lines[route.lines.length - 1] = route.lines.at(-2)!;
    if (route.items.length === 2 && route.exit !== 'bottom' && !bar) route.lines[0] = route.lines[1]!;
  }

  // The legs into a step's top meet where one of them arrives over the top edge, nearest the middle (that one runs
  // straight in); otherwise at the middle.
  for (const [target, incoming] of byTarget) {
    const top = incoming.filter((route) => route.entry === 'top');
    if (!top.length || !boxes.has(target)) continue;
    const inset = (kinds.get(target) === 'decision' ? decisionIndent : 0) + portMargin;
    const over = top
      .filter((route) => route.items.length > 2 || route.exit === 'bottom')
      .map((route) => route.lines.at(-2)!)
      .filter((arriving) => arriving >= left(target) + inset && arriving <= right(target) - inset)
      .sort((a, b) => Math.abs(a - x.get(target)!) - Math.abs(b - x.get(target)!) || a - b)[0];
    if (over === undefined) continue;
    for (const route of top) {
      route.lines[route.lines.length - 1] = over;
      // A leg leaving its source's side runs down its line into the top: that line moves with the meeting point.
      if (route.items.length === 2 && route.exit !== 'bottom') route.lines[0] = over;
    }
  }

  const middleOf = (route: LegRoute) => x.get(route.leg.from) ?? 0;
  const tracks = ordering.rows.slice(1).map((_, channel) => assignTracks(channel, routes, middleOf));
  return { legs: routes, tracks };
}

function itemOf(ordering: Ordering, id: string): OrderItem {
  for (const row of ordering.rows) for (const item of row) if (item.id === id) return item;
  throw new Error(`no item "${id}"`);
}

const span = (a: number, b: number): [number, number] => [Math.min(a, b), Math.max(a, b)];
const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

interface Net {
  key: string;
  members: { route: LegRoute; top: number; bottom: number }[];
  low: number;
  high: number;
  jogs: boolean;
}

/**
 * The tracks of one channel. Legs into the same step's top share a track (they meet there); each other jog has its
 * own. Of two jogs whose spans overlap, the one above is the one that makes fewer crossings, and no line runs beside
 * another closer than a track; jogs are then stacked in that order, a jog sharing a track with any it does not
 * overlap.
 */
function assignTracks(channel: number, routes: readonly LegRoute[], middleOf: (route: LegRoute) => number): number {
  const nets = new Map<string, Net>();
  for (const route of routes) {
    const index = route.rows.indexOf(channel);
    if (index < 0 || route.rows[index + 1] !== channel + 1) continue;
    const [top, bottom] = [route.lines[index]!, route.lines[index + 1]!];
    const entersTop = index + 1 === route.items.length - 1 && !route.leg.isBack && route.entry === 'top';
    const key = entersTop ? `into:${route.leg.to}` : `leg:${route.leg.key}`;
    const net = nets.get(key) ?? { key, members: [], low: Infinity, high: -Infinity, jogs: false };
    net.members.push({ route, top, bottom });
    net.low = Math.min(net.low, top, bottom);
    net.high = Math.max(net.high, top, bottom);
    net.jogs ||= Math.abs(top - bottom) > 0.5;
    nets.set(key, net);
  }
  const jogging = [...nets.values()].filter((net) => net.jogs);
  if (!jogging.length) return 0;
  const inside = (value: number, net: Net) => value > net.low + 0.5 && value < net.high - 0.5;
  /** What it costs to put `a`'s track above `b`'s: crossings, and (heavier) lines running side by side. */
  const cost = (a: Net, b: Net) => {
    let total = 0;
    // Of two labelled branches leaving one box's bottom, the inner turns lower, so its label fits under the outer.
    for (const first of a.members)
      for (const second of b.members)
        if (
          first.route.isLabelled &&
          second.route.isLabelled &&
          first.route.leg.from === second.route.leg.from &&
          first.route.rows[0] === channel &&
          second.route.rows[0] === channel &&
          Math.abs(first.top - middleOf(first.route)) < Math.abs(second.top - middleOf(second.route))
        )
          total += 0.3;
    for (const bottom of new Set(a.members.map((member) => member.bottom))) if (inside(bottom, b)) total += 1;
    for (const { top } of b.members) if (inside(top, a)) total += 1;
    for (const bottom of new Set(a.members.map((member) => member.bottom)))
      for (const { top } of b.members) if (Math.abs(bottom - top) < trackGap - 1) total += 5;
    return total;
  };
  const overlap = (a: Net, b: Net) => a.low < b.high + trackGap && b.low < a.high + trackGap;
  // Which of each overlapping pair goes above, then a sequence that agrees with as many of those choices as it can.
  const above = new Map(jogging.map((net) => [net, new Map<Net, number>()]));
  for (const [index, a] of jogging.entries())
    for (const b of jogging.slice(index + 1)) {
      if (!overlap(a, b)) continue;
      const [ab, ba] = [cost(a, b), cost(b, a)];
      if (ab <= ba) above.get(a)!.set(b, ba - ab + 0.001);
      else above.get(b)!.set(a, ab - ba);
    }
  const sequence = greedySequence(jogging, above);
  const track = new Map<Net, number>();
  for (const [index, net] of sequence.entries()) {
    let value = 0;
    for (const earlier of sequence.slice(0, index))
      if (overlap(earlier, net)) value = Math.max(value, track.get(earlier)! + 1);
    track.set(net, value);
  }
  for (const net of jogging) for (const { route } of net.members) route.tracks.set(channel, track.get(net)!);
  return Math.max(...track.values()) + 1;
}

/** A sequence of the nets agreeing with as many weighted "goes above" choices as it can (Eades, Lin and Smyth). */
function greedySequence(nets: Net[], above: Map<Net, Map<Net, number>>): Net[] {
  const left = new Set(nets);
  const front: Net[] = [];
  const back: Net[] = [];
  const weight = (from: Net, to: Net) => (left.has(from) && left.has(to) ? (above.get(from)!.get(to) ?? 0) : 0);
  const outWeight = (net: Net) => [...left].reduce((sum, other) => sum + weight(net, other), 0);
  const inWeight = (net: Net) => [...left].reduce((sum, other) => sum + weight(other, net), 0);
  while (left.size) {
    let changed = true;
    while (changed) {
      changed = false;
      for (const net of [...left])
        if (outWeight(net) === 0 && left.size) {
          back.unshift(net);
          left.delete(net);
          changed = true;
        }
      for (const net of [...left])
        if (inWeight(net) === 0 && left.has(net)) {
          front.push(net);
          left.delete(net);
          changed = true;
        }
    }
    if (!left.size) break;
    const chosen = [...left].sort((a, b) => outWeight(b) - inWeight(b) - (outWeight(a) - inWeight(a)))[0]!;
    front.push(chosen);
    left.delete(chosen);
  }
  return [...front, ...back];
}

/** The polyline of every leg, from its source to its target (a loop from the step it leaves up to the one it returns to). */
export function drawRoutes(plan: RoutePlan, vertical: VerticalPlacement, placement: Placement): Map<string, Point[]> {
  const { x, boxes, bars } = placement;
  const middle = (row: number) => vertical.middle[row]!;
  const sideX = (id: string, side: Side) => x.get(id)! + (boxes.get(id)!.width / 2) * (side === 'left' ? -1 : 1);
  const lines = new Map<string, Point[]>();
  for (const route of plan.legs) {
    const { items, rows, leg } = route;
    const points: Point[] = [];
    const first = items[0]!;
    if (leg.isBack) {
      points.push(
        { x: sideX(leg.to, route.entry as Side), y: middle(rows[0]!) },
        { x: route.lines[0]!, y: middle(rows[0]!) },
      );
    } else if (bars.has(first)) {
      points.push({ x: route.lines[0]!, y: vertical.bars.get(first)!.bottom });
    } else if (route.exit === 'bottom') {
      points.push({ x: route.lines[0]!, y: vertical.boxes.get(first)!.bottom });
    } else {
      points.push({ x: sideX(first, route.exit), y: middle(rows[0]!) }, { x: route.lines[0]!, y: middle(rows[0]!) });
    }
    for (let index = 0; index + 1 < items.length; index += 1) {
      const track = route.tracks.get(rows[index]!);
      const [top, bottom] = [route.lines[index]!, route.lines[index + 1]!];
      if (track !== undefined && Math.abs(top - bottom) > 0.5) {
        const y = vertical.tracks[rows[index]!]![track]!;
        points.push({ x: top, y }, { x: bottom, y });
      }
    }
    const last = items.at(-1)!;
    const lastRow = rows.at(-1)!;
    if (leg.isBack) {
      points.push(
        { x: route.lines.at(-1)!, y: middle(lastRow) },
        { x: sideX(leg.from, route.exit as Side), y: middle(lastRow) },
      );
      points.reverse();
    } else if (bars.has(last)) {
      points.push({ x: route.lines.at(-1)!, y: vertical.bars.get(last)!.top });
    } else if (route.entry === 'top') {
      points.push({ x: route.lines.at(-1)!, y: vertical.boxes.get(last)!.top });
    } else {
      points.push({ x: route.lines.at(-1)!, y: middle(lastRow) }, { x: sideX(last, route.entry), y: middle(lastRow) });
    }
    lines.set(leg.key, simplify(points));
  }
  return lines;
}

/** Drops repeated points and the middle of straight runs. */
export function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const point of points) {
    const last = out.at(-1);
    if (last && Math.abs(last.x - point.x) < 1e-6 && Math.abs(last.y - point.y) < 1e-6) continue;
    const beforeLast = out.at(-2);
    if (
      last &&
      beforeLast &&
      ((Math.abs(beforeLast.x - last.x) < 1e-6 && Math.abs(last.x - point.x) < 1e-6) ||
        (Math.abs(beforeLast.y - last.y) < 1e-6 && Math.abs(last.y - point.y) < 1e-6))
    )
      out[out.length - 1] = point;
    else out.push(point);
  }
  return out;
}
