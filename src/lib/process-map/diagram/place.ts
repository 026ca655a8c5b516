// Place phase, across: lane and column widths, each step's box in its column, each bar across the strands it splits or
// joins, and the line each dummy (a connector passing a row) takes through the gaps between boxes, kept straight
// where it can be and at least a track apart from every other line.
import type { RoleId } from '../../roles';
import type { Step } from '../model';
import { boxShape, type BoxShape } from './box';
import { labelOffset } from './label';
import type { Chain, Ordering, OrderItem } from './order';
import { notStatedLane } from './order';

/** The diagram area at 1280 px wide; lanes share it, so the width depends on the lanes, not the steps. */
export const targetWidth = 960;
const maxColumnWidth = 300;
/** The not-stated lane is at least this much narrower than any role's column. */
const notStatedMargin = 16;
/** Space each side of a box inside its column: two tracks between neighbouring boxes. */
export const gutter = 18;
/** Connectors keep this far from the boxes they pass. */
export const clearance = 12;
/** Parallel connectors keep this far apart. */
export const trackGap = 14;
/** A line along the diagram's edge keeps this far from it. */
const edgeMargin = 10;
/** How far a bar reaches past the outermost strand it splits or joins. */
const barOverhang = 16;

export interface LanePlacement {
  role: RoleId;
  x: number;
  width: number;
  columns: number;
  columnWidth: number;
}

export interface Placement {
  width: number;
  lanes: LanePlacement[];
  /** Each item's line: the centre of a step's box or a bar, the line a dummy takes. */
  x: Map<string, number>;
  /** Each step's box: its width and words. */
  boxes: Map<string, { width: number; shape: BoxShape }>;
  /** Each bar's left and right ends. */
  bars: Map<string, { left: number; right: number }>;
}

/** A lane's box widths: the least that breaks no word, and the comfortable one. */
export interface BoxWidths {
  least: number;
  comfortable: number;
}

/** A lane's columns at a box width, with a gutter each side of each box. */
const baseWidth = (columns: number, box: number) => columns * (box + 2 * gutter);

/** How far below its comfortable width a box may shrink so a busy lane gets another column. */
const squeeze = 0.8;

/** The lanes fit the diagram's width with every box at least a little under its comfortable width. */
export function lanesFit(columns: ReadonlyMap<RoleId, number>, widths: ReadonlyMap<RoleId, BoxWidths>): boolean {
  let total = 0;
  for (const [lane, count] of columns) {
    const { least, comfortable } = widths.get(lane)!;
    total += baseWidth(count, Math.max(least, squeeze * comfortable));
  }
  return total <= targetWidth;
}

/**
 * Each lane's width: its columns at their comfortable width, and what is left of the diagram's width shared among the
 * roles' lanes (columns up to 300 px), never the not-stated lane, so it stays the narrowest; scaled down if they do not
 * fit at all.
 */
export function laneWidths(
  lanes: readonly RoleId[],
  columns: ReadonlyMap<RoleId, number>,
  boxWidths: ReadonlyMap<RoleId, BoxWidths>,
  /** Room each lane needs beyond its gutters, for connectors passing between its boxes. */
  extra: ReadonlyMap<RoleId, number> = new Map(),
): Map<RoleId, number> {
  const widths = new Map(
    lanes.map((lane) => [
      lane,
      baseWidth(columns.get(lane)!, boxWidths.get(lane)!.comfortable) + (extra.get(lane) ?? 0),
    ]),
  );
  const roles = lanes.filter((lane) => lane !== notStatedLane);
  /** Narrows the not-stated lane below the narrowest role column (not below boxes that break no word); the width freed. */
  const narrowNotStated = () => {
    if (!widths.has(notStatedLane) || !roles.length) return 0;
    const roleColumn = Math.min(...roles.map((lane) => widths.get(lane)! / columns.get(lane)!));
    const least = baseWidth(1, boxWidths.get(notStatedLane)!.least) + (extra.get(notStatedLane) ?? 0);
    const narrowed = Math.max(least, Math.min(widths.get(notStatedLane)!, roleColumn - notStatedMargin));
    const freed = widths.get(notStatedLane)! - narrowed;
    widths.set(notStatedLane, narrowed);
    return freed;
  };
  const total = [...widths.values()].reduce((sum, width) => sum + width, 0);
  if (total > targetWidth) {
    // Squeeze the lanes with room to give, down to boxes that break no word, in proportion to that room.
    const floor = new Map(
      lanes.map((lane) => [lane, baseWidth(columns.get(lane)!, boxWidths.get(lane)!.least) + (extra.get(lane) ?? 0)]),
    );
    const room = lanes.reduce((sum, lane) => sum + widths.get(lane)! - floor.get(lane)!, 0);
    const cut = Math.min(total - targetWidth, room);
    for (const lane of lanes)
      widths.set(lane, widths.get(lane)! - (room ? (cut * (widths.get(lane)! - floor.get(lane)!)) / room : 0));
    const squeezed = [...widths.values()].reduce((sum, width) => sum + width, 0);
    if (squeezed > targetWidth + 0.5)
      for (const lane of lanes) widths.set(lane, (widths.get(lane)! * targetWidth) / squeezed);
    let freed = narrowNotStated();
    // A role lane squeezed narrower than the not-stated lane is widened back, from the roles' lanes with room to give.
    if (widths.has(notStatedLane))
      for (const lane of roles) {
        const wanted = columns.get(lane)! * (widths.get(notStatedLane)! + notStatedMargin) - widths.get(lane)!;
        if (wanted <= 0) continue;
        const donors = roles.filter((other) => other !== lane);
        const room = donors.reduce((sum, other) => sum + widths.get(other)! - floor.get(other)!, 0);
        const taken = Math.min(wanted - Math.min(freed, wanted), room);
        for (const other of donors)
          widths.set(
            other,
            widths.get(other)! - (room ? (taken * (widths.get(other)! - floor.get(other)!)) / room : 0),
          );
        const given = Math.min(freed, wanted);
        freed -= given;
        widths.set(lane, widths.get(lane)! + given + taken);
      }
    const roleTotal = roles.reduce((sum, lane) => sum + widths.get(lane)!, 0);
    for (const lane of roles) widths.set(lane, widths.get(lane)! + (freed * widths.get(lane)!) / roleTotal);
    return widths;
  }
  let growing = roles.length ? [...roles] : [...lanes];
  let spare = targetWidth - total + narrowNotStated();
  // Role lanes narrower than the not-stated lane grow first.
  if (widths.has(notStatedLane))
    for (const lane of roles) {
      const given = Math.min(
        spare,
        Math.max(0, columns.get(lane)! * (widths.get(notStatedLane)! + notStatedMargin) - widths.get(lane)!),
      );
      widths.set(lane, widths.get(lane)! + given);
      spare -= given;
    }
  while (spare > 0.5 && growing.length) {
    const base = growing.reduce((sum, lane) => sum + widths.get(lane)!, 0);
    let used = 0;
    for (const lane of growing) {
      const cap = columns.get(lane)! * maxColumnWidth;
      const grown = Math.min(cap, widths.get(lane)! + (spare * widths.get(lane)!) / base);
      used += grown - widths.get(lane)!;
      widths.set(lane, grown);
    }
    spare -= used;
    growing = growing.filter((lane) => widths.get(lane)! < columns.get(lane)! * maxColumnWidth - 0.5);
    if (used < 0.5) break;
  }
  return widths;
}

/** Widths and x positions for an ordering. */
export function placeAcross(
  steps: readonly Step[],
  ordering: Ordering,
  boxWidths: ReadonlyMap<RoleId, BoxWidths>,
  /** The width of each labelled leg's words (by the leg's key): a loop back beside them keeps clear of them. */
  labelWidths: ReadonlyMap<string, number> = new Map(),
): Placement {
  // Columns left to right across every lane, and the lines each gap between two columns' boxes must let through: the
  // most dummies any row has between steps in neighbouring columns (or between the outermost steps and the edge).
  const order = ordering.lanes.flatMap((role) =>
    Array.from({ length: ordering.columns.get(role)! }, (_, column) => ({ role, column })),
  );
  const firstColumn = new Map<RoleId, number>();
  ordering.lanes.reduce((start, role) => (firstColumn.set(role, start), start + ordering.columns.get(role)!), 0);
  const columnOf = (item: OrderItem) => firstColumn.get(item.lane!)! + item.column;
  const lines = order.map(() => 0).concat(0);
  for (const row of ordering.rows) {
    if (row.some((item) => item.kind === 'bar')) continue;
    let [previous, count] = [-1, 0];
    for (const item of row) {
      if (item.kind === 'dummy') {
        count += 1;
        continue;
      }
      const column = columnOf(item);
      if (column === previous + 1) lines[column] = Math.max(lines[column]!, count);
      [previous, count] = [column, 0];
    }
    if (previous === order.length - 1) lines[order.length] = Math.max(lines[order.length]!, count);
  }
  const gaps = lines.map((count, boundary) => {
    const isEdge = boundary === 0 || boundary === order.length;
    const room = count ? (isEdge ? edgeMargin : clearance) + clearance + count * trackGap : 0;
    return Math.max(isEdge ? gutter : 2 * gutter, room);
  });
  const share = (boundary: number) =>
    boundary === 0 || boundary === order.length ? gaps[boundary]! : gaps[boundary]! / 2;
  // A lane whose gaps are wider than its gutters is wider by that much, so its boxes keep their width.
  const extra = new Map<RoleId, number>();
  order.forEach(({ role }, index) =>
    extra.set(role, Math.max(extra.get(role) ?? 0, share(index) + share(index + 1) - 2 * gutter)),
  );
  for (const role of ordering.lanes) extra.set(role, extra.get(role)! * ordering.columns.get(role)!);
  const widthOf = laneWidths(ordering.lanes, ordering.columns, boxWidths, extra);
  const lanes: LanePlacement[] = [];
  let left = 0;
  let edge = 0;
  ordering.lanes.forEach((role) => {
    // Whole pixels, rounded where the lanes meet, so the total stays within the diagram's width.
    edge += widthOf.get(role)!;
    const width = Math.round(edge) - left;
    const columns = ordering.columns.get(role)!;
    lanes.push({ role, x: left, width, columns, columnWidth: width / columns });
    left += width;
  });
  const laneOf = new Map(lanes.map((lane) => [lane.role, lane]));
  const columns = order.map(({ role, column }) => {
    const lane = laneOf.get(role)!;
    return { lane, left: lane.x + column * lane.columnWidth, right: lane.x + (column + 1) * lane.columnWidth };
  });
  const available = columns.map((column, index) => ({
    left: column.left + share(index),
    right: column.right - share(index + 1),
  }));
  const boxWidth = new Map<RoleId, number>();
  columns.forEach((column, index) =>
    boxWidth.set(
      column.lane.role,
      Math.min(boxWidth.get(column.lane.role) ?? Infinity, available[index]!.right - available[index]!.left),
    ),
  );
  const stepByPath = new Map(steps.map((step) => [step.path, step]));
  const x = new Map<string, number>();
  const boxes = new Map<string, { width: number; shape: BoxShape }>();
  for (const row of ordering.rows)
    for (const item of row)
      if (item.kind === 'step') {
        const { left: from, right: to } = available[columnOf(item)]!;
        const width = boxWidth.get(item.lane!)!;
        x.set(item.id, (from + to) / 2);
        boxes.set(item.id, { width, shape: boxShape(stepByPath.get(item.id)!, width) });
      }

  const neighbours = chainNeighbours(ordering.chains);
  const bars = new Map<string, { left: number; right: number }>();
  const spanBar = (id: string, lineOf: (other: string) => number | undefined) => {
    const xs = (neighbours.get(id) ?? []).map(lineOf).filter((value) => value !== undefined);
    if (xs.length) bars.set(id, { left: Math.min(...xs) - barOverhang, right: Math.max(...xs) + barOverhang });
  };
  const chainEnd = new Map<string, string>();
  for (const chain of ordering.chains) for (const item of chain.items) chainEnd.set(item, chain.items.at(-1)!);
  // Bars first, from the steps they connect (a dummy counts where its chain ends), so dummies keep clear of them.
  for (const row of ordering.rows)
    for (const item of row)
      if (item.kind === 'bar') spanBar(item.id, (other) => x.get(other) ?? x.get(chainEnd.get(other)!));
  placeDummies(ordering, x, boxes, bars, left, labelWidths);
  for (const row of ordering.rows)
    for (const item of row) if (item.kind === 'bar') spanBar(item.id, (other) => x.get(other));
  for (const [id, bar] of bars) x.set(id, (bar.left + bar.right) / 2);
  return { width: left, lanes, x, boxes, bars };
}

/** The items next to each item in the chains it belongs to. */
function chainNeighbours(chains: readonly Chain[]): Map<string, string[]> {
  const neighbours = new Map<string, string[]>();
  for (const { items } of chains)
    items.forEach((item, index) => {
      const next = [items[index - 1], items[index + 1]].filter((other) => other !== undefined);
      neighbours.set(item, [...(neighbours.get(item) ?? []), ...next]);
    });
  return neighbours;
}

/**
 * A line for every dummy. Each chain first wants the one line that gives it fewest bends and least way across; each
 * row then spreads its dummies between its boxes in their order, as near those lines as the spacing lets them; and
 * a few rounds pull each chain's lines together, so long connectors run straight.
 */
function placeDummies(
  ordering: Ordering,
  x: Map<string, number>,
  boxes: Placement['boxes'],
  bars: Placement['bars'],
  width: number,
  labelWidths: ReadonlyMap<string, number>,
): void {
  const itemById = new Map(ordering.rows.flat().map((item) => [item.id, item]));
  const isFixed = (item: OrderItem) => boxes.has(item.id) || bars.has(item.id);
  const extent = (item: OrderItem): [number, number] => {
    const box = boxes.get(item.id);
    if (box) return [x.get(item.id)! - box.width / 2, x.get(item.id)! + box.width / 2];
    const bar = bars.get(item.id)!;
    return [bar.left, bar.right];
  };
  /** Each row's runs of dummies, with the room between the fixed things either side. */
  const runs = ordering.rows.flatMap((row) => {
    const found: { ids: string[]; low: number; high: number }[] = [];
    let current: string[] = [];
    let low = edgeMargin;
    for (const item of row) {
      if (!isFixed(item)) {
        current.push(item.id);
        continue;
      }
      const [left, right] = extent(item);
      if (current.length) found.push({ ids: current, low, high: left - clearance });
      [current, low] = [[], right + clearance];
    }
    if (current.length) found.push({ ids: current, low, high: width - edgeMargin });
    return found;
  });
  const runOf = new Map(runs.flatMap((run) => run.ids.map((id) => [id, run] as const)));
  const chains = ordering.chains
    .map((chain) => ({ chain, dummies: chain.items.filter((item) => !isFixed(itemById.get(item)!)) }))
    .filter(({ dummies }) => dummies.length);
  const wanted = new Map<string, number>();
  for (const { chain, dummies } of chains) {
    const [first, last] = [chain.items[0]!, chain.items.at(-1)!];
    // A loop's line hugs the side of the step its lower point sits beside.
    const lower = itemById.get(last)!;
    // Where the option it loops back from runs straight down beside it, it keeps clear of that option's words too,
    // which sit beside that line, on either side.
    const reverse = ordering.chains.find(
      (other) => !other.leg.isBack && other.leg.from === chain.leg.to && other.leg.to === chain.leg.from,
    );
    const words = reverse ? labelWidths.get(reverse.leg.key) : undefined;
    const hug =
      lower.attachedTo === undefined
        ? undefined
        : x.get(lower.attachedTo)! +
          Math.max(
            (boxes.get(lower.attachedTo)?.width ?? 0) / 2 + clearance,
            words === undefined ? 0 : labelOffset + words + clearance,
          ) *
            (lower.side === 'left' ? -1 : 1);
    /** Straight out of the first box (its bottom takes a port anywhere) and into the last (at its centre). */
    const bends = (line: number) => {
      let count = 0;
      const box = boxes.get(first);
      if (box && Math.abs(line - x.get(first)!) > box.width / 2 - clearance) count += 1;
      const bar = bars.get(first) ?? bars.get(last);
      if (bar && (line < bar.left || line > bar.right)) count += 1;
      if (boxes.has(last) && Math.abs(line - x.get(last)!) > 0.5) count += 1;
      return count;
    };
    const rooms = dummies.map((dummy) => runOf.get(dummy)!);
    const ends = [hug ?? x.get(first), x.get(last)].filter((end) => end !== undefined);
    const candidates = [...ends, ...rooms.flatMap((room) => [room.low, room.high, (room.low + room.high) / 2])].filter(
      (line) => rooms.every((room) => line >= room.low - 1e-6 && line <= room.high + 1e-6),
    );
    // Few bends, then a short way across: a line far off in an empty lane is no better than a jog near home.
    const score = (line: number) => bends(line) * 80 + ends.reduce((sum, end) => sum + Math.abs(line - end), 0) / 2;
    const line = candidates.sort((a, b) => score(a) - score(b) || a - b)[0] ?? ends[0] ?? rooms[0]!.low;
    for (const dummy of dummies) wanted.set(dummy, line);
  }
  solveLines(
    runs,
    chains.map(({ dummies }) => dummies),
    wanted,
  ).forEach((line, dummy) => x.set(dummy, line));
}

/**
 * One line per chain where its rows allow (a straight connector), else one per dummy: each as near the line it wants
 * as its neighbours in every row let it be, a track apart, clear of the boxes. Left-of constraints come from the rows'
 * runs; the lines are set in that order (pushed right past their left neighbours, then back left of their right ones),
 * then each is pulled towards what it wants between its neighbours. A chain whose constraints contradict each other
 * (it would have to be on both sides of another) is split into one line per row.
 */
export function solveLines(
  runs: readonly { ids: string[]; low: number; high: number }[],
  chains: readonly string[][],
  wanted: ReadonlyMap<string, number>,
): Map<string, number> {
  const split = new Set<number>();
  for (let attempt = 0; ; attempt += 1) {
    // Variables: a chain not split, or a single dummy.
    const variableOf = new Map<string, number>();
    const members: string[][] = [];
    chains.forEach((dummies, index) => {
      if (split.has(index)) for (const dummy of dummies) variableOf.set(dummy, members.push([dummy]) - 1);
      else {
        const variable = members.push(dummies) - 1;
        for (const dummy of dummies) variableOf.set(dummy, variable);
      }
    });
    for (const run of runs)
      for (const id of run.ids) if (!variableOf.has(id)) variableOf.set(id, members.push([id]) - 1);
    const count = members.length;
    const low = Array<number>(count).fill(-Infinity);
    const high = Array<number>(count).fill(Infinity);
    const after = members.map(() => new Set<number>());
    const before = members.map(() => new Set<number>());
    for (const run of runs) {
      const variables = run.ids.map((id) => variableOf.get(id)!);
      low[variables[0]!] = Math.max(low[variables[0]!]!, run.low);
      high[variables.at(-1)!] = Math.min(high[variables.at(-1)!]!, run.high);
      for (let index = 1; index < variables.length; index += 1) {
        after[variables[index - 1]!]!.add(variables[index]!);
        before[variables[index]!]!.add(variables[index - 1]!);
      }
    }
    const order = topological(after);
    if (!order) {
      // Some chain must be on both sides of another: give every chain in such a tangle one line per row.
      const tangled = members.flatMap((ids, variable) =>
        ids.length > 1 && after[variable]!.size + before[variable]!.size ? [variable] : [],
      );
      const chain = tangled.map((variable) => chains.findIndex((dummies) => dummies[0] === members[variable]![0]));
      if (!chain.length || attempt > chains.length) throw new Error('the lines between boxes contradict each other');
      chain.forEach((index) => split.add(index));
      continue;
    }
    const want = members.map((ids) => wanted.get(ids[0]!)!);
    const x = [...want];
    const lowest = (variable: number) =>
      Math.max(low[variable]!, ...[...before[variable]!].map((other) => x[other]! + trackGap));
    const highest = (variable: number) =>
      Math.min(high[variable]!, ...[...after[variable]!].map((other) => x[other]! - trackGap));
    for (const variable of order) x[variable] = Math.max(x[variable]!, lowest(variable));
    for (const variable of [...order].reverse()) x[variable] = Math.min(x[variable]!, highest(variable));
    for (const variable of order) x[variable] = Math.max(x[variable]!, lowest(variable));
    // A line out of its room: the chains that pushed it there (or the chain itself) get one line per row.
    const isOut = (variable: number) =>
      x[variable]! > highest(variable) + 1e-6 || x[variable]! < lowest(variable) - 1e-6;
    const broken = new Set<number>();
    for (const [variable] of members.entries()) {
      if (!isOut(variable)) continue;
      // Follow the lines packed tight against it, either way, to the chains holding them there.
      const packed = [variable];
      const seen = new Set(packed);
      while (packed.length) {
        const next = packed.pop()!;
        if (members[next]!.length > 1) broken.add(next);
        const neighbours = [
          ...[...before[next]!].filter((other) => Math.abs(x[other]! + trackGap - x[next]!) < 1e-6),
          ...[...after[next]!].filter((other) => Math.abs(x[next]! + trackGap - x[other]!) < 1e-6),
        ];
        for (const other of neighbours.filter((candidate) => !seen.has(candidate))) {
          packed.push(other);
          seen.add(other);
        }
      }
    }
    if (broken.size && attempt <= chains.length) {
      broken.forEach((variable) => split.add(chains.findIndex((dummies) => dummies[0] === members[variable]![0])));
      continue;
    }
    for (let round = 0; round < 12; round += 1)
      for (const variable of order) {
        const [from, to] = [lowest(variable), highest(variable)];
        if (from <= to) x[variable] = Math.min(Math.max(want[variable]!, from), to);
      }
    const lines = new Map<string, number>();
    members.forEach((ids, variable) => ids.forEach((id) => lines.set(id, x[variable]!)));
    return lines;
  }
}

/** A topological order of a graph given as successor sets, or undefined if it has a cycle. */
function topological(after: readonly Set<number>[]): number[] | undefined {
  const indegree = after.map(() => 0);
  for (const successors of after) for (const next of successors) indegree[next]! += 1;
  const ready = indegree.flatMap((degree, index) => (degree === 0 ? [index] : []));
  const order: number[] = [];
  while (ready.length) {
    const next = ready.shift()!;
    order.push(next);
    for (const successor of after[next]!) if (--indegree[successor]! === 0) ready.push(successor);
  }
  return order.length === after.length ? order : undefined;
}

const firstRowGap = 20;
const bottomMargin = 24;
const barHeight = 8;
/** The first track of a channel runs this far below the channel's top; the last this far above the next row. */
const trackTop = 14;
const trackBottom = 16;
/** The least room between two rows, enough for an arrowhead and a clear gap. */
const minChannel = 32;
const minBarChannel = 18;

export interface VerticalPlacement {
  height: number;
  rowTop: number[];
  rowHeight: number[];
  /** The middle of each row: boxes are centred on it, and side connectors run along it. */
  middle: number[];
  /** Where each track of the channel below each row runs. */
  tracks: number[][];
  boxes: Map<string, { top: number; bottom: number }>;
  bars: Map<string, { top: number; bottom: number }>;
}

/**
 * Heights down the page: each row as tall as its tallest box (and `above` more where a label beside a side connector
 * needs it), each channel as tall as its tracks plus `band` for labels beside connectors leaving the bottom, and
 * `spacing` more before a track (`channel:track`) where a label beside a connector that jogs there needs a longer line,
 * or after the channel's last track (`channel:count`).
 */
export function placeDown(
  ordering: Ordering,
  placement: Placement,
  tracks: readonly number[],
  band: readonly number[],
  above: readonly number[],
  spacing: ReadonlyMap<string, number>,
  headerHeight: number,
): VerticalPlacement {
  const vertical: VerticalPlacement = {
    height: 0,
    rowTop: [],
    rowHeight: [],
    middle: [],
    tracks: [],
    boxes: new Map(),
    bars: new Map(),
  };
  let y = headerHeight + firstRowGap;
  ordering.rows.forEach((row, index) => {
    const isBarRow = row.some((item) => item.kind === 'bar');
    const core = isBarRow
      ? barHeight
      : Math.max(0, ...row.map((item) => placement.boxes.get(item.id)?.shape.height ?? 0));
    const top = y;
    const middle = top + (above[index] ?? 0) + core / 2;
    vertical.rowTop.push(top);
    vertical.rowHeight.push((above[index] ?? 0) + core);
    vertical.middle.push(middle);
    for (const item of row) {
      const box = placement.boxes.get(item.id);
      if (box)
        vertical.boxes.set(item.id, { top: middle - box.shape.height / 2, bottom: middle + box.shape.height / 2 });
      if (item.kind === 'bar')
        vertical.bars.set(item.id, { top: middle - barHeight / 2, bottom: middle + barHeight / 2 });
    }
    y = top + (above[index] ?? 0) + core;
    if (index + 1 === ordering.rows.length) return;
    const nextIsBar = ordering.rows[index + 1]!.some((item) => item.kind === 'bar');
    const least = isBarRow || nextIsBar ? minBarChannel : minChannel;
    const count = tracks[index] ?? 0;
    const room = band[index] ?? 0;
    const lines: number[] = [];
    let track = y + room + trackTop;
    for (let at = 0; at < count; at += 1) {
      track += spacing.get(`${index}:${at}`) ?? 0;
      lines.push(track);
      track += trackGap;
    }
    vertical.tracks.push(lines);
    // Room after the last track (`index:count`): for words beside a straight line, below the jogs beside it.
    const after = count ? (spacing.get(`${index}:${count}`) ?? 0) : 0;
    y += Math.max(least + room, count ? lines.at(-1)! - y + trackBottom + after : 0);
  });
  vertical.height = y + bottomMargin;
  return vertical;
}
