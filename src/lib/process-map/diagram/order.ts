// Order phase: the left-to-right order in every row, to cut crossings. A connector longer than one row gets a point in
// each row it passes (a dummy), so it takes part in the ordering; a loop gets a point beside the step it leaves and
// the step it returns to, and runs up between them. A step only moves within its lane; the lanes' own order (the lane
// of steps whose actor the source does not name always last) is chosen from every permutation, or by swapping
// neighbours when there are too many, for the fewest crossings and the shortest connectors. Within an order, sweeps
// down and up sort each row by the barycentre of its neighbours, and a transpose pass swaps neighbours while that
// removes crossings (dagre's order/ and ELK's layered crossing minimisation work the same way).
import type { RoleId } from '../../roles';
import type { LayoutGraph, Leg } from './graph';
import type { Layering } from './layer';

/** The lane of steps whose actor the source does not name: drawn last, so it never reads as a role among the others. */
export const notStatedLane: RoleId = 'not-stated';
/** Lane orders tried in full up to this many lanes (5! = 120); beyond it, neighbouring lanes are swapped. */
const maxPermutedLanes = 5;
const sweeps = 8;
/** A quick ordering (to compare lane orders) sweeps this often, with at most this many rounds of swaps each time. */
const [quickSweeps, quickRounds] = [3, 3];
/** How many of the best lane orders, by a quick ordering, are ordered thoroughly. */
const finalists = 3;
/** What a column of length across is worth against one crossing. */
const lengthWeight = 0.3;

export interface OrderItem {
  id: string;
  kind: 'step' | 'bar' | 'dummy';
  /** The step's lane, or undefined for bars and dummies. */
  lane?: RoleId;
  /** The column within the lane a step takes. */
  column: number;
  /** For a dummy: the leg it belongs to. */
  leg?: string;
  /** For a loop's point beside the step it leaves or returns to: that step, and on which side. */
  attachedTo?: string;
  side?: 'left' | 'right';
}

export interface Chain {
  leg: Leg;
  /** The items the leg passes, top row first: its ends (or, for a loop, the points beside them) and its dummies. */
  items: string[];
}

export interface Ordering {
  lanes: RoleId[];
  columns: Map<RoleId, number>;
  /** Ranks with something in them, top to bottom: every even rank, and the odd ranks holding a bar. */
  ranks: number[];
  /** Each row's items, left to right. */
  rows: OrderItem[][];
  chains: Chain[];
  crossings: number;
}

interface Item extends OrderItem {
  row: number;
  /** Position on the slot scale: each lane column is 1 wide. */
  coord: number;
  /** Written order, for ties. */
  index: number;
  laneIndex: number;
  attached: number[];
}

/** Every permutation of the items, in lexicographic order of their positions. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

/** The order of every row, lanes included. `lanes` come in the order roles first act: that breaks ties. */
export function orderLayers(graph: LayoutGraph, layering: Layering, lanes: readonly RoleId[]): Ordering {
  const base = new Ordered(graph, layering);
  const free = lanes.filter((lane) => lane !== notStatedLane);
  const last = lanes.filter((lane) => lane === notStatedLane);
  /** Lane orders compared by a quick ordering each; the few best are then ordered thoroughly. */
  const tried: { lanes: RoleId[]; cost: number }[] = [];
  const consider = (order: RoleId[]) => {
    const crossings = base.finish(base.sweep([...order, ...last], false));
    const cost = crossings + lengthWeight * 0.5 * base.length;
    tried.push({ lanes: order, cost });
    return cost;
  };
  if (free.length <= maxPermutedLanes) for (const order of permutations(free)) consider(order);
  else {
    // Too many lanes to try every order: swap neighbours while that helps.
    let current = [...free];
    let cost = consider(current);
    for (let improved = true; improved;) {
      improved = false;
      for (let index = 0; index + 1 < current.length; index += 1) {
        const swapped = [...current];
        [swapped[index], swapped[index + 1]] = [swapped[index + 1]!, swapped[index]!];
        const swappedCost = consider(swapped);
        if (swappedCost < cost - 1e-9) {
          current = swapped;
          cost = swappedCost;
          improved = true;
        }
      }
    }
  }
  let best: { cost: number; pass: Pass } | undefined;
  for (const { lanes: order } of [...tried].sort((a, b) => a.cost - b.cost).slice(0, finalists)) {
    const pass = base.sweep([...order, ...last], true);
    const cost = base.finish(pass) + lengthWeight * 0.5 * base.length;
    if (!best || cost < best.cost - 1e-9) best = { cost, pass };
  }
  // The chosen order's rows, with options' lines kept off the outer edges (too slow to do for every finalist).
  return base.result(best!.pass.lanes, base.finish(best!.pass, true));
}

/** Every item's place on the scale, column and side, to go back to. */
interface Snapshot {
  coords: Float64Array;
  columns: Int32Array;
  left: Uint8Array;
}

/** What ordering the rows for one lane order found, before options' lines are kept off the outer edges. */
interface Pass {
  lanes: RoleId[];
  /** The rows with the fewest crossings the sweeps found, and every item's place then. */
  best: { rows: number[][]; crossings: number; state: Snapshot };
  /** For a thorough ordering: the rows after its last pass, and every item's place then. */
  last?: { rows: number[][]; state: Snapshot };
}

/** The rows and chains of one layered graph, ordered again for each lane order tried. */
class Ordered {
  private items: Item[] = [];
  private rows: number[][] = [];
  private ranks: number[];
  private chains: { leg: Leg; items: number[] }[] = [];
  /** Per gap between row g and g + 1: the segments [top item, bottom item]. */
  private segments: [number, number][][] = [];
  private up: number[][] = [];
  private down: number[][] = [];
  private columns: Map<RoleId, number>;
  /** The first point below the step of each leg with words (an option's), which keeps off the diagram's outer edges. */
  private worded = new Set<number>();
  /** For each dummy, the first and last items of its chain. */
  private chainEnd: [number, number][] = [];
  /** Each item's place in its row, written by `number`. */
  private position = new Int32Array(0);
  /** Scratch for `spread`: the next step's place to the right of each index. */
  private right = new Float64Array(0);
  /** Scratch for `sortRow`, by item. */
  private scratch = new Float64Array(0);
  /** For a point beside a step: that step's item. */
  private attachedItem: number[] = [];
  /** Each item with the points beside it: what moves when it moves. */
  private groups: number[][] = [];
  length = 0;
  /** The rows as the last ordering left them. */
  private ordered: number[][] = [];

  constructor(graph: LayoutGraph, layering: Layering) {
    const wordedLegs = new Set(
      graph.transitions.flatMap((transition) => (transition.label ? [transition.legs[0]!.key] : [])),
    );
    const { ranks } = layering;
    this.columns = layering.columns;
    this.ranks = [...new Set(ranks.values())].sort((a, b) => a - b);
    const rowOf = new Map(this.ranks.map((rank, row) => [rank, row]));
    this.rows = this.ranks.map(() => []);
    const byId = new Map<string, number>();
    const add = (item: Omit<Item, 'attached' | 'coord' | 'laneIndex'>) => {
      const id = this.items.length;
      // Every item has the same fields in the same order, so the ordering's loops see one shape of object.
      const { kind, lane, column, leg, attachedTo, side, row, index } = item;
      this.items.push({
        id: item.id,
        kind,
        lane,
        column,
        leg,
        attachedTo,
        side,
        row,
        index,
        attached: [],
        coord: 0,
        laneIndex: -1,
      });
      this.rows[item.row]!.push(id);
      byId.set(item.id, id);
      return id;
    };
    for (const node of graph.nodes)
      add({
        id: node.id,
        kind: node.gateway ? 'bar' : 'step',
        lane: node.lane,
        column: 0,
        row: rowOf.get(ranks.get(node.id)!)!,
        index: node.index,
      });
    for (const leg of graph.legs) {
      const [upper, lower] = leg.isBack ? [leg.to, leg.from] : [leg.from, leg.to];
      const [top, bottom] = [rowOf.get(ranks.get(upper)!)!, rowOf.get(ranks.get(lower)!)!];
      const index = graph.nodes.find((node) => node.id === leg.from)!.index;
      const chain: number[] = [];
      const point = (row: number, attachedTo?: string) =>
        add({
          id: `${attachedTo ? 'beside' : 'dummy'}:${leg.key}:${row}`,
          kind: 'dummy',
          column: 0,
          leg: leg.key,
          attachedTo,
          side: attachedTo ? 'right' : undefined,
          row,
          index,
        });
      chain.push(leg.isBack ? point(top, upper) : byId.get(upper)!);
      for (let row = top + 1; row < bottom; row += 1) chain.push(point(row));
      chain.push(leg.isBack ? point(bottom, lower) : byId.get(lower)!);
      if (!leg.isBack && chain.length > 2 && wordedLegs.has(leg.key)) this.worded.add(chain[1]!);
      this.chains.push({ leg, items: chain });
    }
    this.items.forEach((item, index) => {
      if (item.attachedTo === undefined) return;
      this.attachedItem[index] = byId.get(item.attachedTo)!;
      this.items[byId.get(item.attachedTo)!]!.attached.push(index);
    });
    this.groups = this.items.map((item, index) => [index, ...item.attached]);
    for (const { items } of this.chains)
      for (const id of items.slice(1, -1)) this.chainEnd[id] = [items[0]!, items.at(-1)!];
    this.position = new Int32Array(this.items.length);
    this.scratch = new Float64Array(this.items.length);
    this.segments = this.rows.slice(1).map(() => []);
    this.up = this.items.map(() => []);
    this.down = this.items.map(() => []);
    for (const { items } of this.chains)
      for (let index = 1; index < items.length; index += 1) {
        const [a, b] = [items[index - 1]!, items[index]!];
        this.segments[this.items[a]!.row]!.push([a, b]);
        this.down[a]!.push(b);
        this.up[b]!.push(a);
      }
  }

  /** The rows as the last ordering left them, with `crossings`, for the layout. */
  result(lanes: RoleId[], crossings: number): Ordering {
    return {
      lanes,
      columns: this.columns,
      ranks: this.ranks,
      rows: this.ordered.map((row) =>
        this.expand(row).map((id) => {
          const { id: key, kind, lane, column, leg, attachedTo, side } = this.items[id]!;
          return { id: key, kind, lane, column, leg, attachedTo, side };
        }),
      ),
      chains: this.chains.map(({ leg, items }) => ({ leg, items: items.map((id) => this.items[id]!.id) })),
      crossings,
    };
  }

  /**
   * Orders the rows for one lane order: a few sweeps when `thorough` is false (to compare lane orders), more, and
   * sifting, when it is. `finish` then chooses between what it found.
   */
  sweep(lanes: RoleId[], thorough = true): Pass {
    const offsets = new Map<RoleId, number>();
    let offset = 0;
    for (const lane of lanes) {
      offsets.set(lane, offset);
      offset += this.columns.get(lane)!;
    }
    const laneIndex = new Map(lanes.map((lane, index) => [lane, index]));
    for (const item of this.items) {
      item.laneIndex = item.lane ? laneIndex.get(item.lane)! : -1;
      item.column = 0;
      if (item.attachedTo !== undefined) item.side = 'right';
    }
    // First order: steps in written order within their lanes; dummies and bars between their ends.
    const rows = this.rows.map((row) => [...row].sort((a, b) => this.items[a]!.index - this.items[b]!.index));
    for (const row of rows) this.placeSteps(row, offsets, (id) => this.items[id]!.index);
    for (const { items } of this.chains) {
      const [first, last] = [this.items[items[0]!]!, this.items[items.at(-1)!]!];
      items.slice(1, -1).forEach((id, index) => {
        const share = (index + 1) / (items.length - 1);
        this.items[id]!.coord = first.coord + (last.coord - first.coord) * share;
      });
    }
    for (let pass = 0; pass < 3; pass += 1)
      for (const row of rows)
        for (const id of row) if (this.items[id]!.kind !== 'step') this.items[id]!.coord = this.barycentre(id, 'both');
    rows.forEach((row, index) => (rows[index] = this.sortRow(row, offsets, 'both')));
    // A loop between two columns leaves and enters by the sides that face each other, so it runs up between them in
    // one line; within one column it runs up its right-hand side.
    for (const { leg, items } of this.chains) {
      if (!leg.isBack) continue;
      const [upper, lower] = [this.items[items[0]!]!, this.items[items.at(-1)!]!];
      const to = this.items[this.attachedItem[items[0]!]!];
      const from = this.items[this.attachedItem[items.at(-1)!]!];
      if (!to || !from || Math.abs(to.coord - from.coord) < 0.5) continue;
      upper.side = to.coord > from.coord ? 'left' : 'right';
      lower.side = to.coord > from.coord ? 'right' : 'left';
    }

    let best = { rows: rows.map((row) => [...row]), crossings: this.crossings(rows), state: this.snapshot() };
    for (let sweep = 0; sweep < (thorough ? sweeps : quickSweeps); sweep += 1) {
      const downward = sweep % 2 === 0;
      const sequence = rows.map((_, index) => index);
      if (!downward) sequence.reverse();
      for (const index of sequence.slice(1))
        rows[index] = this.sortRow(rows[index]!, offsets, downward ? 'up' : 'down');
      this.transpose(rows, offsets, thorough ? 8 : quickRounds);
      const crossings = this.crossings(rows);
      if (crossings < best.crossings) best = { rows: rows.map((row) => [...row]), crossings, state: this.snapshot() };
    }
    this.restore(best.state);
    if (!thorough) return { lanes, best };
    rows.forEach((_, index) => (rows[index] = [...best.rows[index]!]));
    this.moveChains(rows);
    this.sift(rows);
    this.transpose(rows, offsets);
    return { lanes, best, last: { rows, state: this.snapshot() } };
  }

  /**
   * The better of what a pass found, with options' lines first kept off the outer edges when `words` is set, left in
   * `ordered` (and every item's place set to match); returns its crossings.
   */
  finish(pass: Pass, words = false): number {
    let best = pass.best;
    if (pass.last) {
      const rows = pass.last.rows.map((row) => [...row]);
      this.restore(pass.last.state);
      if (words) this.keepWordsOffEdges(rows);
      const crossings = this.crossings(rows);
      if (crossings <= best.crossings) best = { rows, crossings, state: this.snapshot() };
    }
    this.restore(best.state);
    this.length = 0;
    for (const gap of this.segments)
      for (const [a, b] of gap) this.length += Math.abs(this.items[a]!.coord - this.items[b]!.coord);
    this.ordered = best.rows;
    return best.crossings;
  }

  private snapshot(): Snapshot {
    const count = this.items.length;
    const state = { coords: new Float64Array(count), columns: new Int32Array(count), left: new Uint8Array(count) };
    this.items.forEach((item, index) => {
      state.coords[index] = item.coord;
      state.columns[index] = item.column;
      state.left[index] = item.side === 'left' ? 1 : 0;
    });
    return state;
  }

  private restore(state: Snapshot) {
    this.items.forEach((item, index) => {
      item.coord = state.coords[index]!;
      item.column = state.columns[index]!;
      if (item.side !== undefined) item.side = state.left[index] ? 'left' : 'right';
    });
  }

  /** Mean position of an item's neighbours in the row above, below, or both. */
  private barycentre(id: number, from: 'up' | 'down' | 'both'): number {
    const item = this.items[id]!;
    if (item.attachedTo !== undefined) return this.items[this.attachedItem[id]!]!.coord;
    let sum = 0;
    let count = 0;
    if (from !== 'down')
      for (const other of this.up[id]!) {
        sum += this.items[other]!.coord;
        count += 1;
      }
    if (from !== 'up')
      for (const other of this.down[id]!) {
        sum += this.items[other]!.coord;
        count += 1;
      }
    return count ? sum / count : item.coord;
  }

  /** Gives each step in the row a column of its lane, in the given order, nearest the position it wants. */
  private placeSteps(row: number[], offsets: Map<RoleId, number>, wanted: (id: number) => number) {
    const byLane = new Map<RoleId, number[]>();
    for (const id of row) {
      const item = this.items[id]!;
      if (item.kind !== 'step') continue;
      const members = byLane.get(item.lane!);
      if (members) members.push(id);
      else byLane.set(item.lane!, [id]);
    }
    for (const [lane, members] of byLane) {
      const columns = this.columns.get(lane)!;
      const offset = offsets.get(lane)!;
      if (members.length === 1 && columns >= 1) {
        // One step: the column nearest where it wants to be (the leftmost of equals).
        const item = this.items[members[0]!]!;
        const want = wanted(members[0]!);
        let least = Infinity;
        for (let column = 0; column < columns; column += 1) {
          const cost = Math.abs(offset + column + 0.5 - want);
          if (cost < least - 1e-9) {
            least = cost;
            item.column = column;
          }
        }
        item.coord = offset + item.column + 0.5;
        continue;
      }
      const wants = members.map(wanted);
      // The columns for the members, in order, nearest what each wants (few enough columns to try every choice).
      const picked = new Array<number>(members.length);
      let chosen: number[] = [];
      let least = Infinity;
      const choose = (start: number, count: number, cost: number) => {
        if (count === members.length) {
          if (cost < least - 1e-9) [least, chosen] = [cost, picked.slice()];
          return;
        }
        for (let column = start; column <= columns - (members.length - count); column += 1) {
          picked[count] = column;
          choose(column + 1, count + 1, cost + Math.abs(offset + column + 0.5 - wants[count]!));
        }
      };
      choose(0, 0, 0);
      members.forEach((id, index) => {
        const item = this.items[id]!;
        item.column = chosen[index] ?? Math.min(index, columns - 1);
        item.coord = offset + item.column + 0.5;
      });
    }
  }

  /** Sorts a row by barycentre: steps keep to their lanes, everything else goes where its neighbours pull it. */
  private sortRow(row: number[], offsets: Map<RoleId, number>, from: 'up' | 'down' | 'both'): number[] {
    const free = row.filter((id) => this.items[id]!.attachedTo === undefined);
    // Scratch, by item: where each wants to be, then the place it is sorted by.
    const wanted = this.scratch;
    for (const id of free) wanted[id] = this.barycentre(id, from);
    const steps = free
      .filter((id) => this.items[id]!.kind === 'step')
      .sort(
        (a, b) =>
          this.items[a]!.laneIndex - this.items[b]!.laneIndex ||
          wanted[a]! - wanted[b]! ||
          this.items[a]!.coord - this.items[b]!.coord ||
          this.items[a]!.index - this.items[b]!.index,
      );
    this.placeSteps(steps, offsets, (id) => wanted[id]!);
    for (const id of free) if (this.items[id]!.kind !== 'step') this.items[id]!.coord = wanted[id]!;
    // A point that wants a step's own place goes to the side where its chain ends.
    const key = wanted;
    for (const id of free) {
      const item = this.items[id]!;
      const end = this.chainEnd[id];
      const other = end === undefined ? item.coord : this.items[from === 'down' ? end[0] : end[1]]!.coord;
      key[id] =
        item.kind === 'step' ? item.coord : item.coord + (other > item.coord ? 0.01 : other < item.coord ? -0.01 : 0);
    }
    const sorted = [...free].sort(
      (a, b) =>
        key[a]! - key[b]! ||
        Number(this.items[a]!.kind === 'step') - Number(this.items[b]!.kind === 'step') ||
        this.items[a]!.index - this.items[b]!.index ||
        a - b,
    );
    this.spread(sorted);
    return sorted;
  }

  /**
   * Keeps dummies and bars between their neighbouring steps, so the next row's barycentres see the order. Given `from`
   * and `to`, only that stretch of the row, which must have a step (or the row's end) on either side of it.
   */
  private spread(row: number[], from = 0, to = row.length - 1) {
    // The next step's place to the right of each index.
    if (this.right.length < row.length + 1) this.right = new Float64Array(row.length + 1);
    const right = this.right;
    right[to + 1] = to + 1 < row.length ? this.items[row[to + 1]!]!.coord : Infinity;
    for (let index = to; index >= from; index -= 1) {
      const item = this.items[row[index]!]!;
      right[index] = item.kind === 'step' ? item.coord : right[index + 1]!;
    }
    let left = from > 0 ? this.items[row[from - 1]!]!.coord : -Infinity;
    for (let index = from; index <= to; index += 1) {
      const item = this.items[row[index]!]!;
      for (const point of item.attached) {
        const beside = this.items[point]!;
        beside.coord = item.coord + (beside.side === 'right' ? 0.3 : -0.3);
      }
      if (item.kind === 'step') {
        left = item.coord;
        continue;
      }
      const previous = index > 0 ? this.items[row[index - 1]!]!.coord + 0.001 : -Infinity;
      item.coord = Math.max(previous, Math.min(Math.max(item.coord, left + 0.05), right[index + 1]! - 0.05));
    }
  }

  /** The row with each step's side points beside it. */
  private expand(row: number[]): number[] {
    return row.flatMap((id) => {
      const attached = this.items[id]!.attached;
      return [
        ...attached.filter((other) => this.items[other]!.side === 'left'),
        id,
        ...attached.filter((other) => this.items[other]!.side === 'right'),
      ];
    });
  }

  /** Crossings between every pair of neighbouring rows. */
  private crossings(rows: number[][]): number {
    let total = 0;
    for (let gap = 0; gap + 1 < rows.length; gap += 1) total += this.gapCrossings(gap, rows);
    return total;
  }

  private gapCrossings(gap: number, rows: number[][]): number {
    this.number(rows[gap]!);
    this.number(rows[gap + 1]!);
    const segments = this.segments[gap]!;
    const position = this.position;
    let count = 0;
    for (let i = 0; i < segments.length; i += 1) {
      const [a, b] = segments[i]!;
      const aTop = position[a]!;
      const aBottom = position[b]!;
      for (let j = i + 1; j < segments.length; j += 1) {
        const [c, d] = segments[j]!;
        if ((aTop - position[c]!) * (aBottom - position[d]!) < 0) count += 1;
      }
    }
    return count;
  }

  /** Writes each item's place in the row (side points beside their steps) into `position`. */
  private number(row: number[]) {
    let place = 0;
    for (const id of row) {
      const attached = this.items[id]!.attached;
      for (const point of attached) if (this.items[point]!.side === 'left') this.position[point] = place++;
      this.position[id] = place++;
      for (const point of attached) if (this.items[point]!.side !== 'left') this.position[point] = place++;
    }
  }

  /**
   * Moves a long connector as a whole: each chain of dummies tries running down every gap between columns (the same
   * place in each of its rows, among the steps there), and keeps the one with fewest crossings and least length. One
   * dummy at a time cannot find this: moving one alone first adds crossings that the move of the rest would remove.
   */
  private moveChains(rows: number[][]) {
    const cost = (touched: Set<number>) => {
      let total = 0;
      for (const row of touched) {
        this.spread(rows[row]!);
        for (const id of rows[row]!)
          for (const other of [...this.up[id]!, ...this.down[id]!])
            total += lengthWeight * 0.5 * Math.abs(this.items[id]!.coord - this.items[other]!.coord);
      }
      const gaps = new Set(
        [...touched].flatMap((row) => [row - 1, row]).filter((gap) => gap >= 0 && gap + 1 < rows.length),
      );
      for (const gap of gaps) total += this.gapCrossings(gap, rows);
      return total;
    };
    for (const { items } of this.chains) {
      const dummies = items.slice(1, -1).filter((id) => this.items[id]!.attachedTo === undefined);
      if (dummies.length < 2) continue;
      const touched = new Set(dummies.map((id) => this.items[id]!.row));
      const saved = [...touched].map((row) => ({
        row,
        order: [...rows[row]!],
        coords: rows[row]!.map((id) => this.items[id]!.coord),
      }));
      const restore = (state: typeof saved) => {
        for (const { row, order, coords } of state) {
          rows[row] = [...order];
          order.forEach((id, index) => (this.items[id]!.coord = coords[index]!));
        }
      };
      let best = { cost: cost(touched), state: saved };
      const steps = [
        ...new Set(
          rows
            .flat()
            .filter((id) => this.items[id]!.kind === 'step')
            .map((id) => this.items[id]!.coord),
        ),
      ];
      const lines = [Math.min(...steps) - 0.5, ...steps.map((coord) => coord + 0.5)];
      for (const line of lines) {
        restore(saved);
        for (const id of dummies) {
          const row = rows[this.items[id]!.row]!;
          row.splice(row.indexOf(id), 1);
          // Just after the last item left of the line.
          let at = 0;
          while (at < row.length && this.items[row[at]!]!.coord < line) at += 1;
          row.splice(at, 0, id);
          this.items[id]!.coord = line;
        }
        const value = cost(touched);
        if (value < best.cost - 1e-9)
          best = {
            cost: value,
            state: [...touched].map((row) => ({
              row,
              order: [...rows[row]!],
              coords: rows[row]!.map((other) => this.items[other]!.coord),
            })),
          };
      }
      restore(best.state);
    }
  }

  /**
   * Sifting: each dummy and bar in turn (but `pinned`; only in the rows next to `near` when given) tries every place in
   * its row and keeps the one with fewest crossings (and, lighter, least length across), which finds moves past several
   * neighbours that swapping neighbours cannot.
   */
  private sift(rows: number[][], pinned?: number, near?: number) {
    const cost = (rowIndex: number, row: number[]) => {
      this.spread(row);
      let length = 0;
      for (const id of row)
        for (const other of [...this.up[id]!, ...this.down[id]!])
          length += Math.abs(this.items[id]!.coord - this.items[other]!.coord);
      return (
        (rowIndex > 0 ? this.gapCrossings(rowIndex - 1, rows) : 0) +
        (rowIndex + 1 < rows.length ? this.gapCrossings(rowIndex, rows) : 0) +
        lengthWeight * length
      );
    };
    rows.forEach((row, rowIndex) => {
      if (near !== undefined && Math.abs(rowIndex - near) > 1) return;
      for (const id of [...row]) {
        if (this.items[id]!.kind === 'step' || id === pinned) continue;
        const from = row.indexOf(id);
        const coords = row.map((other) => this.items[other]!.coord);
        let best = { at: from, cost: cost(rowIndex, row) };
        row.splice(from, 1);
        for (let at = 0; at <= row.length; at += 1) {
          if (at === from) continue;
          row.splice(at, 0, id);
          // Its place on the scale: between its new neighbours.
          const [left, right] = [this.items[row[at - 1]!]?.coord, this.items[row[at + 1]!]?.coord];
          this.items[id]!.coord =
            left === undefined ? (right ?? 0) - 0.5 : right === undefined ? left + 0.5 : (left + right) / 2;
          const value = cost(rowIndex, row);
          if (value < best.cost - 1e-9) best = { at, cost: value };
          row.splice(at, 1);
        }
        row.splice(best.at, 0, id);
        if (best.at === from) row.forEach((other, index) => (this.items[other]!.coord = coords[index]!));
        else {
          const [left, right] = [this.items[row[best.at - 1]!]?.coord, this.items[row[best.at + 1]!]?.coord];
          this.items[id]!.coord =
            left === undefined ? (right ?? 0) - 0.5 : right === undefined ? left + 0.5 : (left + right) / 2;
        }
        this.spread(row);
      }
    });
  }

  /**
   * An option's line that runs down the diagram's outer edge from its step has its words beside it there, where the
   * only room is outside the diagram or over the boxes: its first point moves in from the edge, to the place in its
   * row where, with the other points sifted again round it, there are no more crossings than before, if there is one.
   */
  private keepWordsOffEdges(rows: number[][]) {
    for (const id of this.worded) {
      const rowIndex = this.items[id]!.row;
      const row = rows[rowIndex]!;
      if (row.length < 3 || (row[0] !== id && row.at(-1) !== id)) continue;
      // Sifting round the move changes the rows next to it, so only the gaps beside those can change.
      const gaps = [rowIndex - 2, rowIndex - 1, rowIndex, rowIndex + 1].filter(
        (gap) => gap >= 0 && gap + 1 < rows.length,
      );
      const crossings = () => gaps.reduce((sum, gap) => sum + this.gapCrossings(gap, rows), 0);
      const length = () =>
        gaps.reduce(
          (sum, gap) =>
            sum +
            this.segments[gap]!.reduce(
              (total, [a, b]) => total + Math.abs(this.items[a]!.coord - this.items[b]!.coord),
              0,
            ),
          0,
        );
      const saved = { rows: rows.map((other) => [...other]), state: this.snapshot() };
      const before = crossings();
      let best: { rows: number[][]; state: Snapshot; length: number } | undefined;
      for (let at = 1; at + 1 < row.length; at += 1) {
        rows.forEach((_, index) => (rows[index] = [...saved.rows[index]!]));
        this.restore(saved.state);
        const moved = rows[rowIndex]!;
        moved.splice(moved.indexOf(id), 1);
        moved.splice(at, 0, id);
        const [left, right] = [this.items[moved[at - 1]!]!.coord, this.items[moved[at + 1]!]!.coord];
        this.items[id]!.coord = (left + right) / 2;
        this.spread(moved);
        this.sift(rows, id, rowIndex);
        if (moved[0] === id || moved.at(-1) === id || crossings() > before) continue;
        const candidate = length();
        if (!best || candidate < best.length - 1e-9)
          best = { rows: rows.map((other) => [...other]), state: this.snapshot(), length: candidate };
      }
      const kept = best ?? saved;
      rows.forEach((_, index) => (rows[index] = [...kept.rows[index]!]));
      this.restore(kept.state);
    }
  }

  /** Swaps neighbours in a row, and moves loop points to a step's other side, while that removes crossings. */
  private transpose(rows: number[][], offsets: Map<RoleId, number>, rounds = 8) {
    /** The length across of the segments of the items moved. */
    const lengthOf = (only: readonly number[]) => {
      let length = 0;
      for (const id of only) {
        const coord = this.items[id]!.coord;
        for (const other of this.up[id]!) length += Math.abs(coord - this.items[other]!.coord);
        for (const other of this.down[id]!) length += Math.abs(coord - this.items[other]!.coord);
      }
      return length;
    };
    /**
     * Crossings beside the row involving the point moved, and (lighter) the length across of its segments. The rows
     * beside it are numbered, and so is the row itself as the point's side now makes it.
     */
    const around = (row: number, moved: number) => {
      let count = 0;
      for (const gap of [row - 1, row]) {
        const segments = this.segments[gap];
        if (!segments || gap + 1 >= rows.length) continue;
        count += this.crossingsOf(segments, moved);
      }
      return count + lengthWeight * lengthOf([moved]);
    };
    /**
     * Crossings between the segments of two groups of items in one row, above and below it: swapping two neighbours
     * changes only these (each keeps its side of everything else).
     */
    const between = (first: readonly number[], second: readonly number[]) => {
      const position = this.position;
      let count = 0;
      for (const x of first)
        for (const y of second) {
          const order = position[x]! - position[y]!;
          for (const p of this.up[x]!)
            for (const q of this.up[y]!) if ((position[p]! - position[q]!) * order < 0) count += 1;
          for (const p of this.down[x]!)
            for (const q of this.down[y]!) if ((position[p]! - position[q]!) * order < 0) count += 1;
        }
      return count;
    };
    /** Renumbers two neighbouring groups after the left one and the right one change places. */
    const shift = (left: readonly number[], right: readonly number[]) => {
      for (const id of left) this.position[id]! += right.length;
      for (const id of right) this.position[id]! -= left.length;
    };
    const saved = new Float64Array(this.items.length);
    for (let improved = true, round = 0; improved && round < rounds; round += 1) {
      improved = false;
      rows.forEach((row, rowIndex) => {
        for (let near = rowIndex - 1; near <= rowIndex + 1; near += 1) if (rows[near]) this.number(rows[near]!);
        for (let index = 0; index + 1 < row.length; index += 1) {
          const left = row[index]!;
          const right = row[index + 1]!;
          const a = this.items[left]!;
          const b = this.items[right]!;
          if (a.kind === 'step' && b.kind === 'step' && a.lane !== b.lane) continue;
          const first = this.groups[left]!;
          const second = this.groups[right]!;
          const aCoord = a.coord;
          const bCoord = b.coord;
          const aColumn = a.column;
          const bColumn = b.column;
          const before = between(first, second) + lengthWeight * (lengthOf(first) + lengthOf(second));
          // Two points (neither a step) only trade places on the scale, and a spread row stays spread. Otherwise
          // spreading the row after the swap moves only what lies between the steps either side of the pair (a step
          // ends the reach of what `spread` does). What may move is saved, to be put back if the swap does not help.
          const points = a.kind !== 'step' && b.kind !== 'step';
          let [from, to] = [index, index + 1];
          while (!points && from > 0 && this.items[row[from - 1]!]!.kind !== 'step') from -= 1;
          while (!points && to + 1 < row.length && this.items[row[to + 1]!]!.kind !== 'step') to += 1;
          let kept = 0;
          for (let at = from; at <= to; at += 1) {
            const item = this.items[row[at]!]!;
            saved[kept++] = item.coord;
            for (const point of item.attached) saved[kept++] = this.items[point]!.coord;
          }
          row[index] = right;
          row[index + 1] = left;
          if (a.kind === 'step' && b.kind === 'step') {
            const [low, high] = [Math.min(aCoord, bCoord), Math.max(aCoord, bCoord)];
            this.placeSteps([right, left], offsets, (id) => (id === right ? low : high));
          } else if (a.kind === 'step') b.coord = a.coord - 0.4;
          else if (b.kind === 'step') a.coord = b.coord + 0.4;
          else {
            a.coord = bCoord;
            b.coord = aCoord;
          }
          if (!points) this.spread(row, from, to);
          shift(first, second);
          if (between(first, second) + lengthWeight * (lengthOf(first) + lengthOf(second)) < before - 1e-9) {
            improved = true;
            this.spread(row);
          } else {
            row[index] = left;
            row[index + 1] = right;
            a.column = aColumn;
            b.column = bColumn;
            kept = 0;
            for (let at = from; at <= to; at += 1) {
              const item = this.items[row[at]!]!;
              item.coord = saved[kept++]!;
              for (const point of item.attached) this.items[point]!.coord = saved[kept++]!;
            }
            shift(second, first);
          }
        }
        for (const id of row)
          for (const point of this.items[id]!.attached) {
            const item = this.items[point]!;
            const before = around(rowIndex, point);
            const coord = item.coord;
            // The row is spread, and a point beside a step moves nothing else.
            item.side = item.side === 'left' ? 'right' : 'left';
            item.coord = this.items[id]!.coord + (item.side === 'right' ? 0.3 : -0.3);
            this.number(row);
            if (around(rowIndex, point) < before - 1e-9) improved = true;
            else {
              // Only the point moved: it goes back.
              item.side = item.side === 'left' ? 'right' : 'left';
              item.coord = coord;
              this.number(row);
            }
          }
      });
    }
  }

  /** Crossings, in one gap between rows as numbered, of the segments of one item with any other segment. */
  private crossingsOf(segments: readonly [number, number][], moved: number): number {
    const position = this.position;
    let count = 0;
    for (let i = 0; i < segments.length; i += 1) {
      const [a, b] = segments[i]!;
      if (a !== moved && b !== moved) continue;
      const [aTop, aBottom] = [position[a]!, position[b]!];
      for (let j = 0; j < segments.length; j += 1) {
        if (j === i) continue;
        const [c, d] = segments[j]!;
        // A pair of the moved item's own segments is counted once.
        if (j < i && (c === moved || d === moved)) continue;
        if ((aTop - position[c]!) * (aBottom - position[d]!) < 0) count += 1;
      }
    }
    return count;
  }
}
