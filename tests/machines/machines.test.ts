// Model-based checks of every process map in the registry, using XState's own graph utilities.
import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { shortestUserPaths } from '../support/paths';
import { findTimeAmounts } from '../../src/lib/content/time-amounts';
import { describeMachine } from '../../src/lib/process-map/model';
import { leafPaths, stateValueFromPaths, type StateValue } from '../../src/lib/process-map/walk';
import { roles } from '../../src/lib/roles';
import { formatTimescale } from '../../src/lib/timescales/phrase';
import { answersItself, quizQuestions, repeatsTitle } from '../../src/lib/training/quiz';
import { processes } from '../../src/machines';
import { involvement } from '../../src/lib/role-view';

describe.each(processes)('process map "$id"', ({ id, machine }) => {
  const model = describeMachine(machine);
  const paths = shortestUserPaths(machine);
  const reached = new Set(paths.flatMap((path) => leafPaths(path.state.value as StateValue)));

  it('has a title and summary in the registry, and at least one step whose role the source states', () => {
    const entry = processes.find((process) => process.id === id)!;
    expect(entry.title.length).toBeGreaterThan(5);
    expect(involvement(model).roles.length).toBeGreaterThan(0);
    expect(machine.id).toBe(id);
  });

  it('writes no time amount in its title or summary: the steps show their timescales from the registry', () => {
    const entry = processes.find((process) => process.id === id)!;
    expect(findTimeAmounts(`${entry.title}\n${entry.summary}`).map((amount) => amount.text)).toEqual([]);
  });

  it('can reach every step from the start', () => {
    expect([...reached].sort()).toEqual(model.steps.map((step) => step.path).sort());
  });

  it('offers a way out of every step that is not an end', () => {
    for (const step of model.steps.filter((candidate) => !candidate.isFinal)) {
      expect(step.outcomes.length, step.path).toBeGreaterThan(0);
    }
  });

  it('reaches an end from every step', () => {
    const canFinish = new Set(model.steps.filter((step) => step.isFinal).map((step) => step.path));
    let changed = true;
    while (changed) {
      changed = false;
      for (const step of model.steps) {
        if (
          !canFinish.has(step.path) &&
          step.outcomes.some((outcome) => outcome.targets.some((target) => canFinish.has(target)))
        ) {
          canFinish.add(step.path);
          changed = true;
        }
      }
    }
    expect(model.steps.filter((step) => !canFinish.has(step.path)).map((step) => step.path)).toEqual([]);
  });

  it('reaches every end state along a path of labelled choices', () => {
    const finals = paths.filter((path) => path.state.status === 'done');
    expect(new Set(finals.flatMap((path) => leafPaths(path.state.value as StateValue)))).toEqual(
      new Set(model.steps.filter((step) => step.isFinal).map((step) => step.path)),
    );
    for (const path of finals) {
      for (const { event } of path.steps.slice(1)) expect(event.type).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });

  it('cites a source section on every step and gives every decision at least two labelled options', () => {
    for (const step of model.steps) {
      expect(step.meta.source.length, step.path).toBeGreaterThan(0);
      if (step.meta.kind === 'decision') expect(step.outcomes.length, step.path).toBeGreaterThanOrEqual(2);
      for (const outcome of step.outcomes)
        expect(outcome.label.trim().length, `${step.path} ${outcome.event}`).toBeGreaterThan(1);
    }
  });
});

describe.each(processes)('the quiz generated from "$id"', ({ machine }) => {
  const model = describeMachine(machine);
  const questions = quizQuestions(model);

  it('asks what happens next at every choice whose wording does not give the answer away, and every timescale', () => {
    const titleOf = (path: string) => model.steps.find((step) => step.path === path)?.meta.title ?? path;
    const asked = new Set(questions.filter((question) => question.kind === 'next').map((question) => question.id));
    for (const step of model.steps) {
      const choices = step.outcomes.filter((outcome) => !outcome.isAutomatic);
      for (const outcome of choices) {
        const givesItAway =
          answersItself(outcome.label, outcome.targets.map(titleOf).join(' and ')) ||
          (choices.length > 1 && repeatsTitle(outcome.label, step.meta.title));
        expect(asked.has(`${model.id}:${step.path}:next:${outcome.event}`), `${step.path} → ${outcome.event}`).toBe(
          !givesItAway,
        );
      }
    }
    expect(questions.filter((question) => question.kind === 'timescale')).toHaveLength(
      model.steps.filter((step) => step.meta.timescale).length,
    );
  });

  it.each(questions.map((question) => [question.id, question] as const))(
    '%s has exactly one right answer',
    (_id, question) => {
      expect(new Set(question.options).size).toBe(question.options.length);
      expect(question.options.length).toBeGreaterThanOrEqual(3);
      const step = model.steps.find((candidate) => candidate.path === question.stepPath)!;
      const right = question.options.filter((option) => {
        if (question.kind === 'role') return option === roles[step.meta.lane];
        if (question.kind === 'timescale') return option === formatTimescale(step.meta.timescale!);
        // Ask the machine itself where the event leads from this step.
        const event = question.id.split(':').at(-1)!;
        // Other strands of a parallel state start where they begin; only the steps the event moves to count.
        const from = machine.resolveState({ value: stateValueFromPaths([step.path]), context: undefined });
        const before = new Set(leafPaths(from.value as StateValue));
        const [next] = transition(machine, from, { type: event });
        const titles = leafPaths(next.value as StateValue)
          .filter((path) => !before.has(path))
          .map((path) => model.steps.find((candidate) => candidate.path === path)!.meta.title);
        return option === titles.join(' and ');
      });
      expect(right).toEqual([question.options[question.answerIndex]]);
    },
  );
});
