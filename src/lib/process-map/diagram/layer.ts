// Layer phase: which row each step sits in. Loops are found (depth first from the start, in the order the machine is
// written) and turned round; network simplex gives the ranks that keep connectors shortest, so few run past rows
// (those are the ones that bunch up beside boxes); steps take even ranks (rows) and fork and join bars the odd ranks
// between them. A lane never holds more steps side by side than it has columns: where it would, the step whose move
// down adds least connector length moves a row down, and a fork's bar then sits right above its first strand.
import { isRoleStated, type RoleId } from '../../roles';
import { adjacency, type LayoutGraph } from './graph';

/** No lane gets more than this many columns, however many steps it has side by side. */
const maxLaneColumns = 3;

export interface RankEdge {
  from: string;
  to: string;
  minlen: number;
  weight: number;
}

/** Marks every leg that goes back to a step still open on the depth-first walk from the start: the loops. */
export function breakCycles(graph: LayoutGraph): void {
  const { outgoing } = adjacency(graph.legs);
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
  for (const id of [...graph.starts, ...graph.nodes.map((node) => node.id)]) if (!state.has(id)) visit(id);
}

/** Topological order of an acyclic edge list, ties broken by the order of `ids`. */
function topologicalOrder(ids: readonly string[], edges: readonly RankEdge[]): string[] {
  const position = new Map(ids.map((id, index) => [id, index]));
  const indegree = new Map(ids.map((id) => [id, 0]));
  for (const edge of edges) indegree.set(edge.to, indegree.get(edge.to)! + 1);
  const ready = ids.filter((id) => indegree.get(id) === 0);
  const order: string[] = [];
  while (ready.length) {
    ready.sort((a, b) => position.get(a)! - position.get(b)!);
    const id = ready.shift()!;
    order.push(id);
    for (const edge of edges)
      if (edge.from === id) {
        indegree.set(edge.to, indegree.get(edge.to)! - 1);
        if (indegree.get(edge.to) === 0) ready.push(edge.to);
      }
  }
  return order;
}

/**
 * Ranks minimising the total weighted edge length, each edge at least `minlen` long (Gansner et al., "A technique for
 * drawing directed graphs", 1993): start from a feasible tight spanning tree, and while a tree edge has a negative cut
 * value, swap it for the slackest non-tree edge across the cut. Each connected part starts at rank 0.
 */
export function networkSimplex(ids: readonly string[], edges: readonly RankEdge[]): Map<string, number> {
  const rank = new Map<string, number>();
  for (const id of topologicalOrder(ids, edges)) {
    let value = 0;
    for (const edge of edges) if (edge.to === id) value = Math.max(value, rank.get(edge.from)! + edge.minlen);
    rank.set(id, value);
  }
  const slack = (edge: RankEdge) => rank.get(edge.to)! - rank.get(edge.from)! - edge.minlen;
  const done = new Set<string>();
  for (const root of ids) {
    if (done.has(root)) continue;
    // The connected part holding `root`.
    const part = new Set([root]);
    for (let grown = true; grown;) {
      grown = false;
      for (const edge of edges)
        if (part.has(edge.from) !== part.has(edge.to)) {
          part.add(edge.from).add(edge.to);
          grown = true;
        }
    }
    part.forEach((id) => done.add(id));
    const partEdges = edges.filter((edge) => part.has(edge.from));
    const tree = feasibleTree(root, part, partEdges, rank, slack);
    for (let iteration = 0; iteration < 1000; iteration += 1) {
      const leaving = tree.find((edge) => cutValue(edge, tree, partEdges).value < 0);
      if (!leaving) break;
      const { tail } = cutValue(leaving, tree, partEdges);
      let entering: RankEdge | undefined;
      for (const edge of partEdges)
        if (!tree.includes(edge) && !tail.has(edge.from) && tail.has(edge.to))
          if (!entering || slack(edge) < slack(entering)) entering = edge;
      if (!entering) break;
      tree.splice(tree.indexOf(leaving), 1, entering);
      rankFromTree(root, tree, rank);
    }
    const least = Math.min(...[...part].map((id) => rank.get(id)!));
    for (const id of part) rank.set(id, rank.get(id)! - least);
  }
  return rank;
}

/** A spanning tree of tight edges, shifting the tree's ranks to make the slackest edge into it tight when it stalls. */
function feasibleTree(
  root: string,
  part: Set<string>,
  edges: readonly RankEdge[],
  rank: Map<string, number>,
  slack: (edge: RankEdge) => number,
): RankEdge[] {
  const inTree = new Set([root]);
  const tree: RankEdge[] = [];
  while (inTree.size < part.size) {
    for (let grown = true; grown;) {
      grown = false;
      for (const edge of edges)
        if (inTree.has(edge.from) !== inTree.has(edge.to) && slack(edge) === 0) {
          inTree.add(edge.from).add(edge.to);
          tree.push(edge);
          grown = true;
        }
    }
    if (inTree.size === part.size) break;
    let closest: RankEdge | undefined;
    for (const edge of edges)
      if (inTree.has(edge.from) !== inTree.has(edge.to) && (!closest || slack(edge) < slack(closest))) closest = edge;
    const delta = inTree.has(closest!.from) ? slack(closest!) : -slack(closest!);
    for (const id of inTree) rank.set(id, rank.get(id)! + delta);
  }
  return tree;
}

/** The cut value of a tree edge: weight across the cut its removal makes, tail side to head side, minus the reverse. */
function cutValue(
  edge: RankEdge,
  tree: readonly RankEdge[],
  edges: readonly RankEdge[],
): { value: number; tail: Set<string> } {
  const tail = new Set([edge.from]);
  for (let grown = true; grown;) {
    grown = false;
    for (const other of tree)
      if (other !== edge && tail.has(other.from) !== tail.has(other.to)) {
        tail.add(other.from).add(other.to);
        grown = true;
      }
  }
  let value = 0;
  for (const other of edges) {
    if (tail.has(other.from) && !tail.has(other.to)) value += other.weight;
    else if (!tail.has(other.from) && tail.has(other.to)) value -= other.weight;
  }
  return { value, tail };
}

function rankFromTree(root: string, tree: readonly RankEdge[], rank: Map<string, number>): void {
  const known = new Set([root]);
  for (let grown = true; grown;) {
    grown = false;
    for (const edge of tree) {
      if (known.has(edge.from) && !known.has(edge.to)) rank.set(edge.to, rank.get(edge.from)! + edge.minlen);
      else if (known.has(edge.to) && !known.has(edge.from)) rank.set(edge.from, rank.get(edge.to)! - edge.minlen);
      else continue;
      known.add(edge.from).add(edge.to);
      grown = true;
    }
  }
}

export interface Layering {
  /** Each node's rank: steps on even ranks (rows), bars on the odd ranks between. */
  ranks: Map<string, number>;
  /** How many columns each lane has: the most steps it holds side by side in one row. */
  columns: Map<RoleId, number>;
}

/** The edges ranking works on: legs forward, loops turned round; two ranks between steps, one to or from a bar. */
export function rankEdges(graph: LayoutGraph): RankEdge[] {
  const isBar = new Set(graph.nodes.filter((node) => node.gateway).map((node) => node.id));
  return graph.legs.map((leg) => ({
    from: leg.isBack ? leg.to : leg.from,
    to: leg.isBack ? leg.from : leg.to,
    minlen: isBar.has(leg.from) || isBar.has(leg.to) ? 1 : 2,
    weight: 1,
  }));
}

/**
 * Rows for every step and bar (call `breakCycles` first), and the columns each lane gets: one each, and more for the
 * lanes with most steps side by side while `fits` says the lanes still fit the diagram's width.
 */
export function assignLayers(
  graph: LayoutGraph,
  lanes: readonly RoleId[],
  fits: (columns: ReadonlyMap<RoleId, number>) => boolean,
): Layering {
  const ids = graph.nodes.map((node) => node.id);
  const edges = rankEdges(graph);
  const order = topologicalOrder(ids, edges);
  const isBar = new Set(graph.nodes.filter((node) => node.gateway).map((node) => node.id));
  const laneOf = new Map(graph.nodes.map((node) => [node.id, node.lane]));
  const incoming = new Map<string, RankEdge[]>();
  for (const edge of edges) incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), edge]);

  /** Ranks at least `wanted`, below every predecessor, steps on even ranks and bars on odd ones. */
  const settle = (wanted: Map<string, number>) => {
    const ranks = new Map<string, number>();
    for (const id of order) {
      let rank = wanted.get(id) ?? 0;
      for (const edge of incoming.get(id) ?? []) rank = Math.max(rank, ranks.get(edge.from)! + edge.minlen);
      if (rank % 2 !== (isBar.has(id) ? 1 : 0)) rank += 1;
      ranks.set(id, rank);
    }
    return ranks;
  };
  let ranks = settle(networkSimplex(ids, edges));
  const outgoing = new Map<string, string[]>();
  for (const edge of edges) outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge.to]);
  /** `id` is reached from `ancestor` by edges going down. */
  const descends = (id: string, ancestor: string) => {
    const seen = new Set<string>();
    const stack = [ancestor];
    while (stack.length) {
      const next = stack.pop()!;
      if (next === id) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(outgoing.get(next) ?? []));
    }
    return false;
  };

  const stepsByRow = () => {
    const rows = new Map<string, string[]>();
    for (const id of order)
      if (!isBar.has(id)) {
        const key = `${ranks.get(id)}\u0000${laneOf.get(id)}`;
        rows.set(key, [...(rows.get(key) ?? []), id]);
      }
    return rows;
  };
  const demand = new Map<RoleId, number>(lanes.map((lane) => [lane, 1]));
  for (const [key, members] of stepsByRow()) {
    const lane = key.split('\u0000')[1] as RoleId;
    // The not-stated lane keeps one narrow column: it is a margin note, not a role with work of its own.
    const most = isRoleStated(lane) ? maxLaneColumns : 1;
    demand.set(lane, Math.min(most, Math.max(demand.get(lane)!, members.length)));
  }
  const columns = new Map<RoleId, number>(lanes.map((lane) => [lane, 1]));
  for (;;) {
    // The lane short of the most columns.
    const chosen = [...lanes]
      .filter((lane) => demand.get(lane)! > columns.get(lane)!)
      .sort((a, b) => demand.get(b)! - columns.get(b)! - (demand.get(a)! - columns.get(a)!))
      .find((lane) => fits(new Map(columns).set(lane, columns.get(lane)! + 1)));
    if (!chosen) break;
    columns.set(chosen, columns.get(chosen)! + 1);
  }

  // A fork's strands have their row to themselves: a step that is not one of them (a branch beside the parallel work)
  // goes above the bar, so no connector has to find its way round the bar's ends.
  for (const node of graph.nodes) {
    if (node.gateway?.kind !== 'fork') continue;
    const strands = edges.filter((edge) => edge.from === node.id).map((edge) => edge.to);
    const strandSet = new Set(strands);
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const first = Math.min(...strands.map((id) => ranks.get(id)!));
      const intruders = order.filter(
        (id) => !isBar.has(id) && !strandSet.has(id) && ranks.get(id) === first && !descends(id, node.id),
      );
      if (!intruders.length) break;
      const wanted = new Map(ranks);
      for (const id of strands) wanted.set(id, first + 2);
      ranks = settle(wanted);
    }
  }
  // Where a lane has more steps in a row than columns, one of them moves a row down: the one after whose move the rows
  // settle (the rest moved the plain way) into the shortest connectors, long ones counting most, and fewest rows.
  const stepsByRowOf = (candidate: Map<string, number>) => {
    ranks = candidate;
    return stepsByRow();
  };
  const firstCrowded = (candidate: Map<string, number>) =>
    [...stepsByRowOf(candidate)]
      .map(([key, members]) => ({
        members,
        lane: key.split('\u0000')[1] as RoleId,
        rank: candidate.get(members[0]!)!,
      }))
      .filter(({ members, lane }) => members.length > columns.get(lane)!)
      .sort((a, b) => a.rank - b.rank)[0];
  const push = (candidate: Map<string, number>, member: string, rank: number) => {
    const wanted = new Map(candidate);
    wanted.set(member, rank + 2);
    return settle(wanted);
  };
  /** Moves the last-written step of each crowded row down until every row fits. */
  const plainly = (candidate: Map<string, number>) => {
    for (let attempt = 0; attempt < 400; attempt += 1) {
      const crowded = firstCrowded(candidate);
      if (!crowded) break;
      candidate = push(candidate, crowded.members.at(-1)!, crowded.rank);
    }
    return candidate;
  };
  const cost = (candidate: Map<string, number>) =>
    edges.reduce((sum, edge) => sum + (candidate.get(edge.to)! - candidate.get(edge.from)! - edge.minlen) ** 2, 0) +
    Math.max(...candidate.values());
  let settled = ranks;
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const crowded = firstCrowded(settled);
    if (!crowded) break;
    let best: { ranks: Map<string, number>; cost: number } | undefined;
    for (const member of [...crowded.members].reverse()) {
      const moved = push(settled, member, crowded.rank);
      const value = cost(plainly(moved));
      if (!best || value < best.cost) best = { ranks: moved, cost: value };
    }
    settled = best!.ranks;
  }
  ranks = settled;
  // A fork's bar sits right above the first of its strands.
  for (const node of graph.nodes)
    if (node.gateway?.kind === 'fork') {
      const first = Math.min(...edges.filter((edge) => edge.from === node.id).map((edge) => ranks.get(edge.to)!));
      if (first - 1 > ranks.get(node.id)!) ranks.set(node.id, first - 1);
    }
  return { ranks, columns };
}
