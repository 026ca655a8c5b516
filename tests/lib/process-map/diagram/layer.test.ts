// The layer phase: loops found and turned round, ranks that keep connectors short, steps on even ranks and bars between
// them, busy lanes pushed down a row rather than squeezed, and a fork's strands on a row of their own.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../../src/lib/process-map/diagram/graph';
import { assignLayers, breakCycles, networkSimplex, rankEdges } from '../../../../src/lib/process-map/diagram/layer';
import { describeMachine } from '../../../../src/lib/process-map/model';
import { processById } from '../../../../src/machines';
import { end, model, step } from './machines';

const loop = model('loop', {
  refer: step('Refer', 'com', 'start', { REFERRED: 'review' }),
  review: step('Review', 'spo', 'activity', { REVIEWED: 'decide' }),
  decide: step('Decide', 'spo', 'decision', { ACCEPTED: 'accepted', MORE_WORK: 'review' }),
  accepted: end('Accepted', 'com'),
});

describe('breakCycles', () => {
  it('marks the option back to an earlier step as the loop, and nothing else', () => {
    const graph = buildGraph(loop);
    breakCycles(graph);
    expect(graph.legs.filter((leg) => leg.isBack).map((leg) => `${leg.from}→${leg.to}`)).toEqual(['decide→review']);
  });
});

describe('networkSimplex', () => {
  it('keeps edges short where the longest path would not: a second source sits right above its step', () => {
    const ranks = networkSimplex(
      ['a', 'b', 'c', 'x'],
      [
        { from: 'a', to: 'b', minlen: 1, weight: 1 },
        { from: 'b', to: 'c', minlen: 1, weight: 1 },
        { from: 'x', to: 'c', minlen: 1, weight: 1 },
      ],
    );
    expect(Object.fromEntries(ranks)).toEqual({ a: 0, b: 1, c: 2, x: 1 });
  });

  it('never makes an edge shorter than its minimum length', () => {
    const graph = buildGraph(describeMachine(processById('enforcement')!.machine));
    breakCycles(graph);
    const edges = rankEdges(graph);
    const ranks = networkSimplex(
      graph.nodes.map((node) => node.id),
      edges,
    );
    for (const edge of edges) expect(ranks.get(edge.to)! - ranks.get(edge.from)!).toBeGreaterThanOrEqual(edge.minlen);
  });
});

describe('assignLayers', () => {
  const layered = (id: string) => {
    const graph = buildGraph(describeMachine(processById(id)!.machine));
    breakCycles(graph);
    const lanes = [...new Set(graph.nodes.flatMap((node) => (node.lane ? [node.lane] : [])))];
    return { graph, ...assignLayers(graph, lanes, () => true) };
  };

  it('puts steps on even ranks, bars on the odd ranks between, each below what leads to it', () => {
    const { graph, ranks } = layered('nsd-supervision');
    for (const node of graph.nodes) expect(ranks.get(node.id)! % 2, node.id).toBe(node.gateway ? 1 : 0);
    for (const leg of graph.legs.filter((candidate) => !candidate.isBack))
      expect(ranks.get(leg.to)!, `${leg.from}→${leg.to}`).toBeGreaterThan(ranks.get(leg.from)!);
  });

  it('never puts more steps of a lane in one row than the lane has columns', () => {
    for (const id of ['enforcement', 'nsd-supervision', 'information-sharing-agreement']) {
      const { graph, ranks, columns } = layered(id);
      const counts = new Map<string, number>();
      for (const node of graph.nodes.filter((candidate) => candidate.lane)) {
        const key = `${ranks.get(node.id)}:${node.lane}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        expect(counts.get(key)!, `${id} ${key}`).toBeLessThanOrEqual(columns.get(node.lane!)!);
      }
    }
  });

  it('keeps the not-stated lane to one column, however many of its steps run side by side', () => {
    expect(layered('nsd-supervision').columns.get('not-stated')).toBe(1);
  });

  it('gives a fork’s strands their row to themselves, with the bar right above the first of them', () => {
    const { graph, ranks } = layered('nsd-supervision');
    const fork = graph.nodes.find((node) => node.gateway?.kind === 'fork')!;
    const strands = graph.legs.filter((leg) => leg.from === fork.id).map((leg) => leg.to);
    const first = Math.min(...strands.map((id) => ranks.get(id)!));
    expect(ranks.get(fork.id)).toBe(first - 1);
    const others = graph.nodes.filter((node) => !node.gateway && !strands.includes(node.id));
    expect(others.filter((node) => ranks.get(node.id) === first).map((node) => node.id)).toEqual([]);
  });
});
