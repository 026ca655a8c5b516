// The order phase: steps keep to their lanes, the not-stated lane comes last, the lanes' own order is chosen to cut
// crossings, long connectors take part as dummies, and loops run beside the steps they join.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../../src/lib/process-map/diagram/graph';
import { assignLayers, breakCycles } from '../../../../src/lib/process-map/diagram/layer';
import { orderLayers } from '../../../../src/lib/process-map/diagram/order';
import type { ProcessModel } from '../../../../src/lib/process-map/model';
import type { RoleId } from '../../../../src/lib/roles';
import { end, model, step } from './machines';

function ordered(process: ProcessModel, lanes: RoleId[]) {
  const graph = buildGraph(process);
  breakCycles(graph);
  return orderLayers(
    graph,
    assignLayers(graph, lanes, () => true),
    lanes,
  );
}

describe('orderLayers', () => {
  it('puts the lane of steps whose actor the source does not name last, even when it acts first', () => {
    const process = model('unnamed-first', {
      notice: step('Notice', 'not-stated', 'start', { NOTICED: 'act' }),
      act: step('Act', 'com', 'activity', { DONE: 'finish' }),
      finish: end('Finish', 'spo'),
    });
    expect(ordered(process, ['not-stated', 'com', 'spo']).lanes.at(-1)).toBe('not-stated');
  });

  it('chooses the order of the lanes that needs no crossing where the order roles first act would need one', () => {
    // In first-act order (com, spo, pom) both branches cross the lane between; swapping spo and pom untangles them.
    const process = model('lanes', {
      start: step('Start', 'com', 'start', { A: 'pomFirst', B: 'spoFirst' }),
      spoFirst: step('SPO first', 'spo', 'activity', { DONE: 'spoEnd' }),
      pomFirst: step('POM first', 'pom', 'activity', { DONE: 'comEnd' }),
      spoEnd: end('SPO end', 'spo'),
      comEnd: end('COM end', 'com'),
    });
    const order = ordered(process, ['com', 'spo', 'pom']);
    expect(order.crossings).toBe(0);
    expect(order.lanes).toEqual(['spo', 'com', 'pom']);
  });

  it('keeps every step in its own lane, and gives a connector past a row a dummy in that row', () => {
    const process = model('long', {
      start: step('Start', 'com', 'start', { SHORT: 'middle', LONG: 'finish' }),
      middle: step('Middle', 'com', 'activity', { DONE: 'later' }),
      later: step('Later', 'com', 'activity', { DONE: 'finish' }),
      finish: end('Finish', 'com'),
    });
    const order = ordered(process, ['com']);
    for (const row of order.rows) for (const item of row) if (item.kind === 'step') expect(item.lane).toBe('com');
    const long = order.chains.find((chain) => chain.leg.from === 'start' && chain.leg.to === 'finish')!;
    expect(long.items).toHaveLength(4);
    expect(long.items.slice(1, -1).every((id) => id.startsWith('dummy:'))).toBe(true);
  });

  it('runs a loop from a point beside the step it leaves to a point beside the step it returns to', () => {
    const process = model('loop', {
      review: step('Review', 'spo', 'start', { REVIEWED: 'decide' }),
      decide: step('Decide', 'spo', 'decision', { ACCEPTED: 'accepted', MORE_WORK: 'review' }),
      accepted: end('Accepted', 'com'),
    });
    const loop = ordered(process, ['spo', 'com']).chains.find((chain) => chain.leg.isBack)!;
    const items = ordered(process, ['spo', 'com']).rows.flat();
    const [top, bottom] = [loop.items[0]!, loop.items.at(-1)!].map((id) => items.find((item) => item.id === id)!);
    expect(top!.attachedTo).toBe('review');
    expect(bottom!.attachedTo).toBe('decide');
  });
});
