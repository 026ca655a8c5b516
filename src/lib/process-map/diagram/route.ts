// Orthogonal connector routing between final boxes: shortest paths with few bends on a grid of channel lines that
// never enters a box, preferring fresh tracks to ones other connectors already use.
import type { Point, Rect } from './types';

export type Direction = 'right' | 'left' | 'down' | 'up';
const directions: Direction[] = ['right', 'left', 'down', 'up'];
const step: Record<Direction, [number, number]> = { right: [1, 0], left: [-1, 0], down: [0, 1], up: [0, -1] };

/** Where a connector may leave or enter a shape: the point on its edge, and the grid point just outside it. */
export interface Port {
  point: Point;
  outside: Point;
  /** Leaving: the way the connector heads from the edge. Entering: the way it moves into the shape. */
  direction: Direction;
  cost: number;
  name: string;
}

export interface RouteRequest {
  source: string;
  target: string;
  sources: Port[];
  targets: Port[];
  /** Obstacles (by index) this connector may touch: its own fork or join bar. */
  ignore?: number[];
}

export interface Route {
  points: Point[];
  sourcePort: Port;
  targetPort: Port;
}

const bendCost = 24;
const sharedTrackCost = 6;
const crossingCost = 40;

class MinHeap {
  private priorities: number[] = [];
  private values: number[] = [];
  get size() {
    return this.values.length;
  }
  push(priority: number, value: number) {
    const { priorities, values } = this;
    let index = values.length;
    priorities.push(priority);
    values.push(value);
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (priorities[parent]! <= priority) break;
      priorities[index] = priorities[parent]!;
      values[index] = values[parent]!;
      index = parent;
    }
    priorities[index] = priority;
    values[index] = value;
  }
  /** Removes the smallest; `lastPriority` holds its priority. */
  pop(): number {
    const { priorities, values } = this;
    const top = values[0]!;
    this.lastPriority = priorities[0]!;
    const priority = priorities.pop()!;
    const value = values.pop()!;
    const length = values.length;
    if (length) {
      let index = 0;
      for (;;) {
        const left = index * 2 + 1;
        if (left >= length) break;
        const right = left + 1;
        const child = right < length && priorities[right]! < priorities[left]! ? right : left;
        if (priorities[child]! >= priority) break;
        priorities[index] = priorities[child]!;
        values[index] = values[child]!;
        index = child;
      }
      priorities[index] = priority;
      values[index] = value;
    }
    return top;
  }
  lastPriority = 0;
}

const unique = (values: number[]) =>
  [...new Set(values.map((value) => Math.round(value * 2) / 2))].sort((a, b) => a - b);

export class Router {
  private xs: number[];
  private ys: number[];
  /** Which obstacle blocks each grid edge: -1 for none, -2 for more than one. */
  private blockedH: Int32Array;
  private blockedV: Int32Array;
  private insideNode: Int32Array;
  /** The targets of the connectors already running along each grid edge and through each grid point. */
  private usedH = new Map<number, number[]>();
  private usedV = new Map<number, number[]>();
  private usedNodes = new Map<number, number[]>();
  private targetIds = new Map<string, number>();

  constructor(obstacles: Rect[], xs: number[], ys: number[]) {
    this.xs = unique(xs);
    this.ys = unique(ys);
    const [columns, rows] = [this.xs.length, this.ys.length];
    this.blockedH = new Int32Array(columns * rows).fill(-1);
    this.blockedV = new Int32Array(columns * rows).fill(-1);
    this.insideNode = new Int32Array(columns * rows).fill(-1);
    const mark = (array: Int32Array, index: number, obstacle: number) => {
      array[index] = array[index] === -1 || array[index] === obstacle ? obstacle : -2;
    };
    obstacles.forEach((rect, obstacle) => {
      const [left, right, top, bottom] = [rect.x, rect.x + rect.width, rect.y, rect.y + rect.height];
      for (let j = 0; j < rows; j += 1) {
        const y = this.ys[j]!;
        for (let i = 0; i < columns; i += 1) {
          const x = this.xs[i]!;
          const index = j * columns + i;
          const strictlyInsideY = y > top && y < bottom;
          const strictlyInsideX = x > left && x < right;
          if (strictlyInsideX && strictlyInsideY) mark(this.insideNode, index, obstacle);
          if (i + 1 < columns && strictlyInsideY && this.xs[i + 1]! > left && x < right)
            mark(this.blockedH, index, obstacle);
          if (j + 1 < rows && strictlyInsideX && this.ys[j + 1]! > top && y < bottom)
            mark(this.blockedV, index, obstacle);
        }
      }
    });
  }

  private nodeOf(point: Point): number {
    const i = this.xs.indexOf(Math.round(point.x * 2) / 2);
    const j = this.ys.indexOf(Math.round(point.y * 2) / 2);
    if (i < 0 || j < 0) throw new Error(`routing: (${point.x}, ${point.y}) is not on the routing grid`);
    return j * this.xs.length + i;
  }

  private isFree(blocked: number, ignore: Set<number>): boolean {
    return blocked === -1 || (blocked >= 0 && ignore.has(blocked));
  }

  /** The cheapest orthogonal path from one of the source ports to one of the target ports, or undefined if none. */
  route(request: RouteRequest): Route | undefined {
    const columns = this.xs.length;
    const size = columns * this.ys.length;
    const ignore = new Set(request.ignore ?? []);
    if (!this.targetIds.has(request.target)) this.targetIds.set(request.target, this.targetIds.size);
    const owner = this.targetIds.get(request.target)!;
    const best = new Float64Array(size * 4).fill(Infinity);
    const previous = new Int32Array(size * 4).fill(-1);
    const startPort = new Int32Array(size * 4).fill(-1);
    const heap = new MinHeap();
    const targets = request.targets.map((port) => ({ port, node: this.nodeOf(port.outside) }));
    const targetXs = targets.map(({ node }) => this.xs[node % columns]!);
    const targetYs = targets.map(({ node }) => this.ys[Math.floor(node / columns)]!);
    const heuristic = (node: number) => {
      const x = this.xs[node % columns]!;
      const y = this.ys[Math.floor(node / columns)]!;
      let least = Infinity;
      for (let t = 0; t < targets.length; t += 1)
        least = Math.min(least, Math.abs(x - targetXs[t]!) + Math.abs(y - targetYs[t]!));
      return least;
    };
    request.sources.forEach((port, index) => {
      const node = this.nodeOf(port.outside);
      if (this.insideNode[node] !== -1 && !ignore.has(this.insideNode[node]!)) return;
      const state = node * 4 + directions.indexOf(port.direction);
      if (port.cost < best[state]!) {
        best[state] = port.cost;
        startPort[state] = index;
        heap.push(port.cost + heuristic(node), state);
      }
    });
    // Branches of one decision keep apart so each label sits on its own line; connectors may merge into a target.
    const shares = (used: number[] | undefined) => used !== undefined && used.some((target) => target !== owner);

    let found: { state: number; target: (typeof targets)[number]; cost: number } | undefined;
    while (heap.size) {
      const state = heap.pop();
      const priority = heap.lastPriority;
      const node = state >> 2;
      const direction = directions[state & 3]!;
      const cost = best[state]!;
      if (priority - heuristic(node) > cost + 1e-9) continue;
      if (found && cost >= found.cost) break;
      for (const target of targets)
        if (target.node === node) {
          const total = cost + target.port.cost + (direction === target.port.direction ? 0 : bendCost);
          if (!found || total < found.cost) found = { state, target, cost: total };
        }
      const i = node % columns;
      const j = Math.floor(node / columns);
      for (const [d, next] of directions.entries()) {
        const [di, dj] = step[next];
        if ((direction === 'right' && next === 'left') || (direction === 'left' && next === 'right')) continue;
        if ((direction === 'down' && next === 'up') || (direction === 'up' && next === 'down')) continue;
        const ni = i + di;
        const nj = j + dj;
        if (ni < 0 || nj < 0 || ni >= columns || nj >= this.ys.length) continue;
        const neighbour = nj * columns + ni;
        const isHorizontal = dj === 0;
        const edge = isHorizontal ? j * columns + Math.min(i, ni) : Math.min(j, nj) * columns + i;
        if (!this.isFree((isHorizontal ? this.blockedH : this.blockedV)[edge]!, ignore)) continue;
        if (!this.isFree(this.insideNode[neighbour]!, ignore)) continue;
        const length = isHorizontal ? Math.abs(this.xs[ni]! - this.xs[i]!) : Math.abs(this.ys[nj]! - this.ys[j]!);
        let added = length + (next === direction ? 0 : bendCost);
        if (shares((isHorizontal ? this.usedH : this.usedV).get(edge))) added += length * sharedTrackCost;
        // Touching another connector at a point (crossing it, or turning where it turns) makes the two hard to tell apart.
        if (shares(this.usedNodes.get(neighbour))) added += crossingCost;
        const nextState = neighbour * 4 + d;
        if (cost + added < best[nextState]!) {
          best[nextState] = cost + added;
          previous[nextState] = state;
          startPort[nextState] = startPort[state]!;
          heap.push(cost + added + heuristic(neighbour), nextState);
        }
      }
    }
    if (!found) return undefined;

    const nodes: number[] = [];
    for (let state = found.state; state !== -1; state = previous[state]!) nodes.push(state >> 2);
    nodes.reverse();
    for (const node of nodes) this.usedNodes.set(node, [...(this.usedNodes.get(node) ?? []), owner]);
    for (let index = 1; index < nodes.length; index += 1) {
      const [a, b] = [nodes[index - 1]!, nodes[index]!];
      const isHorizontal = Math.floor(a / columns) === Math.floor(b / columns);
      const edge = isHorizontal ? Math.min(a, b) : Math.min(a, b);
      const used = isHorizontal ? this.usedH : this.usedV;
      used.set(edge, [...(used.get(edge) ?? []), owner]);
    }
    const sourcePort = request.sources[startPort[found.state]!]!;
    const points = [
      sourcePort.point,
      ...nodes.map((node) => ({ x: this.xs[node % columns]!, y: this.ys[Math.floor(node / columns)]! })),
      found.target.port.point,
    ];
    return { points: simplify(points), sourcePort, targetPort: found.target.port };
  }
}

/** Drops repeated points and the middle of straight runs. */
export function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const point of points) {
    const last = out.at(-1);
    if (last && last.x === point.x && last.y === point.y) continue;
    const beforeLast = out.at(-2);
    if (
      last &&
      beforeLast &&
      ((beforeLast.x === last.x && last.x === point.x) || (beforeLast.y === last.y && last.y === point.y))
    )
      out[out.length - 1] = point;
    else out.push(point);
  }
  return out;
}
