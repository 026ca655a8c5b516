// The graph phase: steps, fork and join bars, and the legs between them, from the machine's transitions.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../../src/lib/process-map/diagram/graph';
import { describeMachine } from '../../../../src/lib/process-map/model';
import { processById } from '../../../../src/machines';
import { end, model, step } from './machines';

describe('buildGraph', () => {
  const decision = model('graph', {
    ask: step('Ask', 'com', 'start', { ASKED: 'decide' }),
    decide: step('Decide', 'com', 'decision', { YES: 'done', ALSO_YES: 'done', NO: 'refused' }),
    done: end('Done', 'com'),
    refused: end('Refused', 'spo'),
  });
  const graph = buildGraph(decision);

  it('has a node per step and a transition per option', () => {
    expect(graph.nodes.map((node) => node.id)).toEqual(['ask', 'decide', 'done', 'refused']);
    expect(graph.transitions.map((transition) => `${transition.from}→${transition.to}`)).toEqual([
      'ask→decide',
      'decide→done',
      'decide→done',
      'decide→refused',
    ]);
  });

  it('labels the options of a step with more than one way on, and no other', () => {
    expect(graph.transitions.map((transition) => transition.label)).toEqual([undefined, 'yes', 'also yes', 'no']);
  });

  it('gives two options that lead to the same step one shared leg, so they are drawn as one line', () => {
    const [yes, alsoYes] = graph.transitions.filter((transition) => transition.to === 'done');
    expect(yes!.legs[0]).toBe(alsoYes!.legs[0]);
    expect(graph.legs).toHaveLength(3);
  });

  it('passes parallel work through a fork bar and a join bar', () => {
    const chaplaincy = buildGraph(describeMachine(processById('chaplaincy-in-prison')!.machine));
    const bars = chaplaincy.nodes.filter((node) => node.gateway);
    expect(bars.map((bar) => bar.gateway!.kind).sort()).toEqual(['fork', 'join']);
    const forked = chaplaincy.transitions.filter((transition) => transition.gateway?.kind === 'fork');
    expect(forked.length).toBeGreaterThan(1);
    // One option starts every strand: one leg into the bar, then one leg out to each strand.
    expect(new Set(forked.map((transition) => transition.legs[0]))).toHaveLength(1);
    expect(new Set(forked.map((transition) => transition.legs[1]))).toHaveLength(forked.length);
  });
});
