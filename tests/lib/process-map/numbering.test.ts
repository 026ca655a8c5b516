// Numbering steps in the order the process flows, with branches lettered (issue 23).
import { describe, expect, it } from 'vitest';
import { describeMachine } from '../../../src/lib/process-map/model';
import { flowNumbers } from '../../../src/lib/process-map/numbering';
import { processes } from '../../../src/machines';

const step = (path: string, ...targets: string[][]) => ({ path, outcomes: targets.map((t) => ({ targets: t })) });

describe('flowNumbers', () => {
  it('numbers steps in flow order, not the order they are written', () => {
    const numbers = flowNumbers({
      initialPaths: ['start'],
      steps: [step('end'), step('middle', ['end']), step('start', ['middle'])],
    });
    expect(Object.fromEntries(numbers)).toEqual({ start: '1', middle: '2', end: '3' });
  });

  it('letters the options of a decision that lead to different steps (6a, 6b), and a merge point continues after them', () => {
    const numbers = flowNumbers({
      initialPaths: ['decide'],
      steps: [
        step('decide', ['accept'], ['refuse']),
        step('accept', ['close']),
        step('refuse', ['close']),
        step('close'),
      ],
    });
    expect(Object.fromEntries(numbers)).toEqual({ decide: '1', accept: '2a', refuse: '2b', close: '3' });
  });

  it('keeps a loop back to an earlier step from renumbering it', () => {
    const numbers = flowNumbers({
      initialPaths: ['a'],
      steps: [step('a', ['b']), step('b', ['a'], ['c']), step('c')],
    });
    expect(Object.fromEntries(numbers)).toEqual({ a: '1', b: '2', c: '3' });
  });

  it('still numbers a step that no option reaches, after the rest', () => {
    const numbers = flowNumbers({ initialPaths: ['a'], steps: [step('orphan'), step('a')] });
    expect(numbers.get('orphan')).toBe('2');
  });
});

describe.each(processes)('numbering of "$id"', ({ machine }) => {
  const model = describeMachine(machine);
  it('gives every step a different number, and the first step number 1', () => {
    const labels = model.steps.map((candidate) => candidate.label);
    expect(new Set(labels).size).toBe(model.steps.length);
    expect(model.steps.find((candidate) => candidate.path === model.initialPaths[0])!.label).toMatch(/^1a?$/);
  });
  it('numbers every option’s target no lower than its step, unless the option loops back', () => {
    const rank = (label: string) => Number.parseInt(label, 10);
    for (const candidate of model.steps)
      for (const outcome of candidate.outcomes)
        for (const target of outcome.targets) {
          const targetStep = model.steps.find((other) => other.path === target)!;
          expect(rank(targetStep.label) <= rank(candidate.label) + 1).toBe(true);
        }
  });
});

describe('compareFlowNumbers', () => {
  it('orders numbers as a reader expects, branches after their number', async () => {
    const { compareFlowNumbers } = await import('../../../src/lib/process-map/numbering');
    expect(['10', '3b', '2', '3a', '1'].sort(compareFlowNumbers)).toEqual(['1', '2', '3a', '3b', '10']);
  });
});
