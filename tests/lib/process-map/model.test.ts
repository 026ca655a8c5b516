// Reading a machine into the process model: steps in written order, lanes, labelled outcomes, and errors that name the field.
import { timescaleById } from '../../../src/lib/timescales/registry';
import { setup, transition, type AnyStateMachine, type AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  describeMachine,
  entryLeaves,
  ProcessMapError,
  stepAnchor,
  stepByPath,
} from '../../../src/lib/process-map/model';
import { leafPaths, stateValueFromPaths, type StateValue } from '../../../src/lib/process-map/walk';
import { enforcement } from '../../../src/machines/enforcement';

const source = [{ framework: 'faith-and-probation' as const, section: '4.1' }];
const stepMeta = (title: string, lane: string, kind: string) => ({ title, lane, kind, summary: `${title}.`, source });
const groupMeta = (title: string) => ({ title, summary: `${title}.`, source });

/** Where the machine itself goes from a step on an event: the atomic steps of the next state. */
function machineTargets(machine: AnyStateMachine, paths: string[], event: string): string[] {
  const [next] = transition(machine, machine.resolveState({ value: stateValueFromPaths(paths), context: undefined }), {
    type: event,
  });
  return leafPaths(next.value as StateValue);
}

// Reception, then chaplaincy visits and sentence planning at the same time, then release.
const custody = setup({ guards: { isLifer: () => true } }).createMachine({
  id: 'custody',
  initial: 'reception',
  states: {
    reception: {
      meta: stepMeta('Reception', 'prison-staff', 'start'),
      on: {
        SEEN: { target: 'duringCustody', description: 'Prisoner seen by the chaplain' },
        LIFER: { target: 'duringCustody', guard: 'isLifer', description: 'Serving a life sentence' },
      },
    },
    duringCustody: {
      type: 'parallel',
      meta: groupMeta('During custody'),
      onDone: { target: 'release', description: 'Both reach the pre-release phase' },
      states: {
        visits: {
          initial: 'visit',
          meta: groupMeta('Chaplaincy visits'),
          states: {
            visit: {
              meta: stepMeta('Carry out statutory visits', 'chaplain', 'activity'),
              on: { RELEASE_APPROACHING: { target: 'visitsContinue', description: 'Release is approaching' } },
            },
            visitsContinue: { type: 'final', meta: stepMeta('Visits continue', 'chaplain', 'wait') },
          },
        },
        planning: {
          initial: 'induction',
          meta: groupMeta('Sentence management'),
          states: {
            induction: {
              meta: stepMeta('Involve the chaplain at induction', 'pom', 'activity'),
              on: { PLANNED: { target: 'planned', guard: { type: 'isLifer' }, description: 'Plan agreed' } },
            },
            planned: { type: 'final', meta: stepMeta('Ready for release planning', 'pom', 'wait') },
          },
        },
      },
    },
    release: {
      initial: 'handover',
      meta: groupMeta('Release'),
      onDone: { target: 'released' },
      states: {
        handover: {
          meta: stepMeta('Hand over to the COM', 'pom', 'activity'),
          on: { HANDED_OVER: { target: 'handedOver', description: 'Handover done' } },
        },
        handedOver: { type: 'final', meta: stepMeta('Handed over', 'com', 'wait') },
      },
    },
    released: { type: 'final', meta: stepMeta('Released', 'com', 'end') },
  },
});

describe('describeMachine with the enforcement map', () => {
  const model = describeMachine(enforcement);
  const states = Object.values(enforcement.root.states) as AnyStateNode[];

  it('is named after the machine', () => {
    expect(model.id).toBe(enforcement.id);
  });

  it('lists the steps in the order the machine writes them, each with its own number from 1 to the last', () => {
    expect(model.steps.map((step) => step.path)).toEqual(states.map((state) => state.key));
    expect(model.steps.map((step) => step.number).sort((a, b) => a - b)).toEqual(states.map((_, index) => index + 1));
  });

  it('starts at the machine’s initial step', () => {
    expect(model.initialPaths).toEqual([enforcement.config.initial]);
    expect(model.steps[0]!.path).toBe(enforcement.config.initial);
  });

  it('lists each lane once, in the order its role first acts', () => {
    const firstActs = model.lanes.map((lane) => model.steps.findIndex((step) => step.meta.lane === lane));
    expect(firstActs).toEqual([...firstActs].sort((a, b) => a - b));
    expect(new Set(model.lanes)).toEqual(new Set(model.steps.map((step) => step.meta.lane)));
    expect(model.lanes).toHaveLength(new Set(model.lanes).size);
    expect(model.lanes[0]).toBe(model.steps[0]!.meta.lane);
  });

  it('labels every outcome with the transition’s description', () => {
    for (const step of model.steps) {
      const on = (enforcement.root.states[step.key]!.config.on ?? {}) as Record<
        string,
        { target: string; description: string }
      >;
      expect(
        step.outcomes.map(({ event, label, targets }) => ({ event, label, targets })),
        step.path,
      ).toEqual(
        Object.entries(on).map(([event, { target, description }]) => ({
          event,
          label: description,
          targets: [target],
        })),
      );
    }
  });

  it('offers "Send a letter" when there are no public protection concerns', () => {
    const check = stepByPath(model, 'checkPublicProtection')!;
    const outcome = check.outcomes.find((candidate) => candidate.label === 'No public protection concerns')!;
    expect(outcome.targets.map((target) => stepByPath(model, target)!.meta.title)).toEqual(['Send a letter']);
  });

  it('leads each outcome where the machine itself goes', () => {
    for (const step of model.steps) {
      for (const outcome of step.outcomes) {
        expect(outcome.targets, `${step.path} ${outcome.event}`).toEqual(
          machineTargets(enforcement, [step.path], outcome.event),
        );
      }
    }
  });

  it('makes the final states the ends of the process, with kind "end" and no way out', () => {
    const finals = states.filter((state) => state.type === 'final').map((state) => state.key);
    expect(finals.length).toBeGreaterThan(0);
    expect(model.steps.filter((step) => step.isFinal).map((step) => step.path)).toEqual(finals);
    for (const step of model.steps) {
      expect(step.meta.kind === 'end', step.path).toBe(step.isFinal);
      if (step.isFinal) expect(step.outcomes, step.path).toEqual([]);
    }
  });

  it('reads each step’s meta from the machine, with defaults filled in', () => {
    for (const step of model.steps) {
      const meta = enforcement.root.states[step.key]!.meta as {
        title: string;
        lane: string;
        timescale?: string;
      };
      expect(step.meta.title).toBe(meta.title);
      expect(step.meta.lane).toBe(meta.lane);
      if (meta.timescale) expect(step.meta.timescale).toEqual(timescaleById(meta.timescale));
      if (step.isFinal) expect(step.meta.kind).toBe('end');
    }
  });

  it('has no groups and no parallel work, as every step is at the top level', () => {
    expect(model.groups).toEqual([]);
    for (const step of model.steps) {
      expect(step.groups).toEqual([]);
      expect(step.parallelGroup).toBeUndefined();
    }
  });
});

describe('describeMachine with groups and parallel work', () => {
  const model = describeMachine(custody);

  it('lists nested steps by their dotted path, in written order', () => {
    expect(model.steps.map((step) => step.path)).toEqual([
      'reception',
      'duringCustody.visits.visit',
      'duringCustody.visits.visitsContinue',
      'duringCustody.planning.induction',
      'duringCustody.planning.planned',
      'release.handover',
      'release.handedOver',
      'released',
    ]);
    expect(model.steps.map((step) => step.key)).toContain('visitsContinue');
  });

  it('enters a parallel state at the first step of every strand', () => {
    const seen = stepByPath(model, 'reception')!.outcomes.find((outcome) => outcome.event === 'SEEN')!;
    expect(seen.targets).toEqual(['duringCustody.visits.visit', 'duringCustody.planning.induction']);
    expect(seen.targets).toEqual(machineTargets(custody, ['reception'], 'SEEN'));
  });

  it('marks steps that run at the same time with the parallel group’s title', () => {
    for (const step of model.steps) {
      expect(step.parallelGroup, step.path).toBe(step.path.startsWith('duringCustody.') ? 'During custody' : undefined);
    }
  });

  it('gives each step the titles of the groups it sits in, outermost first', () => {
    expect(stepByPath(model, 'duringCustody.planning.induction')!.groups).toEqual([
      'During custody',
      'Sentence management',
    ]);
    expect(stepByPath(model, 'release.handover')!.groups).toEqual(['Release']);
    expect(stepByPath(model, 'reception')!.groups).toEqual([]);
  });

  it('lists the groups, saying which are parallel and what they contain', () => {
    expect(
      model.groups.map(({ path, isParallel, children, meta }) => ({ path, isParallel, children, title: meta.title })),
    ).toEqual([
      {
        path: 'duringCustody',
        isParallel: true,
        children: ['duringCustody.visits', 'duringCustody.planning'],
        title: 'During custody',
      },
      {
        path: 'duringCustody.visits',
        isParallel: false,
        children: ['duringCustody.visits.visit', 'duringCustody.visits.visitsContinue'],
        title: 'Chaplaincy visits',
      },
      {
        path: 'duringCustody.planning',
        isParallel: false,
        children: ['duringCustody.planning.induction', 'duringCustody.planning.planned'],
        title: 'Sentence management',
      },
      { path: 'release', isParallel: false, children: ['release.handover', 'release.handedOver'], title: 'Release' },
    ]);
  });

  it('moves on from the end of a strand automatically, by the parallel state’s own description', () => {
    expect(stepByPath(model, 'duringCustody.visits.visitsContinue')!.outcomes).toEqual([
      {
        event: 'xstate.done.state.custody.duringCustody',
        label: 'Both reach the pre-release phase',
        targets: ['release.handover'],
        isAutomatic: true,
      },
    ]);
  });

  it('words an undescribed group completion as "When this work is complete"', () => {
    expect(stepByPath(model, 'release.handedOver')!.outcomes).toEqual([
      {
        event: 'xstate.done.state.custody.release',
        label: 'When this work is complete',
        targets: ['released'],
        isAutomatic: true,
      },
    ]);
  });

  it('treats only a top-level final state as an end of the process', () => {
    expect(model.steps.filter((step) => step.isFinal).map((step) => step.path)).toEqual(['released']);
  });

  it('names the guard on a guarded outcome, whether written as a name or an object', () => {
    expect(stepByPath(model, 'reception')!.outcomes.map((outcome) => outcome.guard)).toEqual([undefined, 'isLifer']);
    expect(stepByPath(model, 'duringCustody.planning.induction')!.outcomes[0]!.guard).toBe('isLifer');
  });

  it('lists lanes in the order their roles first act', () => {
    expect(model.lanes).toEqual(['prison-staff', 'chaplain', 'pom', 'com']);
  });

  it('starts at every strand when the machine starts in a parallel state', () => {
    const parallelStart = setup({}).createMachine({
      id: 'both',
      type: 'parallel',
      states: {
        left: {
          initial: 'a',
          meta: groupMeta('Left'),
          states: { a: { type: 'final', meta: stepMeta('A', 'pom', 'wait') } },
        },
        right: {
          initial: 'b',
          meta: groupMeta('Right'),
          states: { b: { type: 'final', meta: stepMeta('B', 'com', 'wait') } },
        },
      },
    });
    const started = describeMachine(parallelStart);
    expect(started.initialPaths).toEqual(['left.a', 'right.b']);
    expect(started.steps.map((step) => step.outcomes)).toEqual([[], []]);
  });
});

describe('describeMachine errors', () => {
  const problemsOf = (machine: AnyStateMachine): string => {
    try {
      describeMachine(machine);
    } catch (error) {
      expect(error).toBeInstanceOf(ProcessMapError);
      return (error as Error).message;
    }
    throw new Error('expected describeMachine to throw');
  };

  it('names the machine, state and field of a missing meta field', () => {
    const machine = setup({}).createMachine({
      id: 'x',
      initial: 'y',
      states: {
        y: {
          meta: { lane: 'com', kind: 'activity', summary: 'Y.', source },
          on: { GO: { target: 'z', description: 'Go' } },
        },
        z: { type: 'final', meta: stepMeta('Z', 'com', 'end') },
      },
    });
    const message = problemsOf(machine);
    expect(message).toMatch(/^Process map "x" has problems:\n/);
    expect(message).toContain('machine "x", state "y", field "meta.title": ');
  });

  it('names the nested field of a bad source and an unknown lane', () => {
    const machine = setup({}).createMachine({
      id: 'x',
      initial: 'y',
      states: {
        y: {
          meta: {
            ...stepMeta('Y', 'prison-officer', 'activity'),
            source: [{ framework: 'prison-rules', section: '1' }],
          },
          on: { GO: { target: 'z', description: 'Go' } },
        },
        z: { type: 'final', meta: stepMeta('Z', 'com', 'end') },
      },
    });
    const message = problemsOf(machine);
    expect(message).toContain('machine "x", state "y", field "meta.lane": must be one of the roles');
    expect(message).toContain('machine "x", state "y", field "meta.source.0.framework": ');
  });

  it('names a group with missing meta by its path', () => {
    const machine = setup({}).createMachine({
      id: 'x',
      initial: 'group',
      states: {
        group: {
          initial: 'a',
          meta: { summary: 'G.', source },
          states: { a: { type: 'final', meta: stepMeta('A', 'com', 'wait') } },
        },
      },
    });
    expect(problemsOf(machine)).toContain('machine "x", state "group", field "meta.title": ');
  });

  it('reports a state with no meta at all', () => {
    const machine = setup({}).createMachine({ id: 'x', initial: 'y', states: { y: { type: 'final' } } });
    expect(problemsOf(machine)).toContain('machine "x", state "y", field "meta.title": ');
  });

  it('reports a transition with no description, naming the event', () => {
    const machine = setup({}).createMachine({
      id: 'x',
      initial: 'y',
      states: {
        y: { meta: stepMeta('Y', 'com', 'activity'), on: { GO: { target: 'z' } } },
        z: { type: 'final', meta: stepMeta('Z', 'com', 'end') },
      },
    });
    expect(problemsOf(machine)).toContain(
      'machine "x", state "y", event "GO": the transition needs a description (the option in words)',
    );
  });

  it('says a final state must be kind "end", and only a final state may be', () => {
    const machine = setup({}).createMachine({
      id: 'x',
      initial: 'y',
      states: {
        y: { meta: stepMeta('Y', 'com', 'end'), on: { GO: { target: 'z', description: 'Go' } } },
        z: { type: 'final', meta: stepMeta('Z', 'com', 'activity') },
      },
    });
    const message = problemsOf(machine);
    expect(message).toContain('machine "x", state "y", field "meta.kind": only a final state may be kind "end"');
    expect(message).toContain('machine "x", state "z", field "meta.kind": a final state must be kind "end"');
  });

  it('says a final state inside a group is kind "wait", not "end"', () => {
    const machine = setup({}).createMachine({
      id: 'x',
      initial: 'group',
      states: {
        group: {
          initial: 'a',
          meta: groupMeta('G'),
          onDone: { target: 'z', description: 'Done' },
          states: { a: { type: 'final', meta: stepMeta('A', 'com', 'end') } },
        },
        z: { type: 'final', meta: stepMeta('Z', 'com', 'end') },
      },
    });
    expect(problemsOf(machine)).toContain(
      'machine "x", state "group.a", field "meta.kind": a final state inside a group completes a strand of work: use kind "wait"',
    );
  });

  it('lists every problem in one error, one per line', () => {
    const machine = setup({}).createMachine({
      id: 'x',
      initial: 'a',
      states: {
        a: {
          meta: { ...stepMeta('A', 'com', 'activity'), summary: '' },
          on: { GO: { target: 'b', description: 'Go' } },
        },
        b: { meta: stepMeta('B', 'com', 'activity'), on: { GO: { target: 'c' } } },
        c: { type: 'final', meta: stepMeta('C', 'com', 'end') },
      },
    });
    expect(problemsOf(machine).split('\n').slice(1)).toEqual([
      expect.stringMatching(/^machine "x", state "a", field "meta.summary": /),
      'machine "x", state "b", event "GO": the transition needs a description (the option in words)',
    ]);
  });
});

describe('entryLeaves', () => {
  it('lands on the initial step of a group and on every strand of parallel work', () => {
    expect(entryLeaves(custody.root.states.release!).map((node) => node.path.join('.'))).toEqual(['release.handover']);
    expect(entryLeaves(custody.root.states.duringCustody!).map((node) => node.path.join('.'))).toEqual([
      'duringCustody.visits.visit',
      'duringCustody.planning.induction',
    ]);
    expect(entryLeaves(custody.root.states.reception!).map((node) => node.path.join('.'))).toEqual(['reception']);
  });

  it('names a group that has no initial step', () => {
    const group = { type: 'compound', path: ['group'], states: {}, initial: undefined } as unknown as AnyStateNode;
    expect(() => entryLeaves(group)).toThrow(ProcessMapError);
    expect(() => entryLeaves(group)).toThrow('state "group" has no initial step');
  });
});

describe('stepByPath and stepAnchor', () => {
  const model = describeMachine(enforcement);

  it('finds a step by its path, and nothing for a path that is not a step', () => {
    expect(stepByPath(model, 'sendWarningLetter')!.meta.title).toBe(
      (enforcement.root.states.sendWarningLetter!.meta as { title: string }).title,
    );
    expect(stepByPath(model, 'sendWarningLetters')).toBeUndefined();
  });

  it('makes an anchor from a step path, with hyphens for dots', () => {
    expect(stepAnchor('sendWarningLetter')).toBe('step-sendWarningLetter');
    expect(stepAnchor('recall.considerAlternatives')).toBe('step-recall-considerAlternatives');
  });
});
