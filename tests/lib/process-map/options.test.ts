// What the walk-through offers next and what the diagram marks, for both the walk-through and presenter mode.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { availableOptions, diagramHighlight, progressOnPath } from '../../../src/lib/process-map/options';
import { enforcement } from '../../../src/machines/enforcement';
import { describeMachine } from '../../../src/lib/process-map/model';

describe('availableOptions', () => {
  it('offers each option of the first enforcement step once, in words from the machine', () => {
    const actor = createActor(enforcement).start();
    const model = describeMachine(enforcement);
    const first = model.steps.find((step) => step.path === model.initialPaths[0])!;
    expect(availableOptions(actor.getSnapshot())).toEqual(
      [...new Map(first.outcomes.map((outcome) => [outcome.event, outcome.label]))].map(([event, label]) => ({
        event,
        label,
      })),
    );
  });
});

describe('diagramHighlight', () => {
  const edges = [
    { from: 'a', to: 'b', event: 'GO' },
    { from: 'b', to: 'c', event: 'YES' },
    { from: 'b', to: 'd', event: 'NO' },
    { from: 'c', to: 'a', event: 'AGAIN' },
  ];

  it('marks the current step, the steps and connectors on the path taken, and where the options lead', () => {
    const highlight = diagramHighlight(edges, [['a'], ['b']], [{ event: 'YES' }, { event: 'NO' }]);
    expect([...highlight.current]).toEqual(['b']);
    expect([...highlight.visited]).toEqual(['a']);
    expect([...highlight.takenEdges]).toEqual([0]);
    expect([...highlight.optionEdges]).toEqual([1, 2]);
    expect([...highlight.next].sort()).toEqual(['c', 'd']);
  });

  it('marks no option where the process has ended', () => {
    const highlight = diagramHighlight(edges, [['a'], ['b'], ['d']], []);
    expect([...highlight.current]).toEqual(['d']);
    expect([...highlight.next]).toEqual([]);
    expect([...highlight.takenEdges]).toEqual([0, 2]);
  });
});

describe('progressOnPath', () => {
  it('counts steps along the path taken, not the step’s place in the whole map', () => {
    expect(progressOnPath(3)).toBe('Path so far: 3 steps');
    expect(progressOnPath(0)).toBe('Path so far: 1 step');
  });
});
