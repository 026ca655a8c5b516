// "What happens next?" questions generated from a process map: each has one right answer according to the machine.
import { describe, expect, it } from 'vitest';
import { describeMachine, stepByPath } from '../../../src/lib/process-map/model';
import { roles } from '../../../src/lib/roles';
import { formatTimescale } from '../../../src/lib/timescale';
import { hashText, placeAnswer, quizQuestions } from '../../../src/lib/training/quiz';
import { processes } from '../../../src/machines';
import { enforcement } from '../../../src/machines/enforcement';

const model = describeMachine(enforcement);
const questions = quizQuestions(model);
const answerOf = (question: (typeof questions)[number]) => question.options[question.answerIndex]!;

describe('hashText', () => {
  it('is the 32-bit FNV-1a hash, the same in every build', () => {
    expect(hashText('')).toBe(2166136261);
    expect(hashText('a')).toBe(0xe40c292c);
    expect(hashText('foobar')).toBe(0xbf9cf968);
  });
});

describe('placeAnswer', () => {
  it('puts the answer among the distractors, keeping their order', () => {
    const { options, answerIndex } = placeAnswer('enforcement:x:next', 'Right', ['A', 'B', 'C']);
    expect(options[answerIndex]).toBe('Right');
    expect(options.filter((option) => option !== 'Right')).toEqual(['A', 'B', 'C']);
  });

  it('puts the answer at a position fixed by the question id', () => {
    const ids = Array.from({ length: 20 }, (_, index) => `q${index}`);
    const positions = ids.map((id) => placeAnswer(id, 'Right', ['A', 'B', 'C']).answerIndex);
    expect(positions).toEqual(ids.map((id) => hashText(id) % 4));
    expect(new Set(positions).size).toBeGreaterThan(1);
  });
});

describe('quizQuestions for the enforcement map', () => {
  it('gives every question exactly one right answer among distinct options', () => {
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) {
      expect(question.options.length, question.id).toBeGreaterThanOrEqual(3);
      expect(question.options.length, question.id).toBeLessThanOrEqual(4);
      expect(new Set(question.options).size, question.id).toBe(question.options.length);
      expect(question.answerIndex, question.id).toBeLessThan(question.options.length);
    }
  });

  it('gives every question a unique id and the sources of its step', () => {
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
    for (const question of questions)
      expect(question.sources).toEqual(stepByPath(model, question.stepPath)!.meta.source);
  });

  it('asks what happens next after each chosen outcome, answered by where the outcome leads', () => {
    const next = questions.filter((question) => question.kind === 'next');
    const outcomes = model.steps.flatMap((step) => step.outcomes.map((outcome) => ({ step, outcome })));
    expect(next).toHaveLength(outcomes.length);
    for (const { step, outcome } of outcomes) {
      const question = next.find((candidate) => candidate.id === `enforcement:${step.path}:next:${outcome.event}`)!;
      expect(answerOf(question)).toBe(
        outcome.targets.map((target) => stepByPath(model, target)!.meta.title).join(' and '),
      );
      expect(question.options).not.toContain(step.meta.title);
    }
  });

  it('words a question at a decision by the outcome chosen', () => {
    const question = questions.find(
      (candidate) => candidate.id === 'enforcement:checkPublicProtection:next:NO_IMMEDIATE_CONCERN',
    )!;
    expect(question.prompt).toBe(
      'At “Check for public protection concerns”, the outcome is “No public protection concerns”. What happens next?',
    );
    expect(answerOf(question)).toBe('Send a letter');
    expect(question.explanation).toBe('Next comes “Send a letter”.');
  });

  it('words a question after a step with one way out as what happened', () => {
    const question = questions.find((candidate) => candidate.id === 'enforcement:sendWarningLetter:next:LETTER_SENT')!;
    expect(question.prompt).toBe('After “Send a letter” (letter sent), what happens next?');
  });

  it('keeps acronyms in a one-way outcome as written', () => {
    const isa = describeMachine(processes.find((process) => process.id === 'information-sharing-agreement')!.machine);
    const question = quizQuestions(isa).find(
      (candidate) => candidate.id === 'information-sharing-agreement:completeDpia:next:DPIA_COMPLETED',
    );
    expect(question?.prompt).toContain('(DPIA completed)');
  });

  it('asks who does each step that is not an end and whose source names who does it', () => {
    const role = questions.filter((question) => question.kind === 'role');
    expect(role.map((question) => question.stepPath)).toEqual(
      model.steps.filter((step) => !step.isFinal && step.meta.lane !== 'not-stated').map((step) => step.path),
    );
    expect(role.map((question) => question.stepPath)).not.toContain('sendWarningLetter');
    for (const question of role) expect(question.options).not.toContain(roles['not-stated']);
    for (const question of role) {
      const step = stepByPath(model, question.stepPath)!;
      expect(answerOf(question)).toBe(roles[step.meta.lane]);
      for (const option of question.options) expect(model.lanes.map((lane) => roles[lane])).toContain(option);
    }
  });

  it('asks the timescale of each step that has one, answered in the site’s wording', () => {
    const timescale = questions.filter((question) => question.kind === 'timescale');
    expect(timescale.map((question) => question.stepPath)).toEqual(
      model.steps.filter((step) => step.meta.timescale).map((step) => step.path),
    );
    for (const question of timescale) {
      expect(answerOf(question)).toBe(formatTimescale(stepByPath(model, question.stepPath)!.meta.timescale!));
      expect(question.prompt).toBe(`What is the timescale for “${stepByPath(model, question.stepPath)!.meta.title}”?`);
    }
  });

  it('gives the same questions in the same order every time', () => {
    expect(quizQuestions(describeMachine(enforcement))).toEqual(questions);
  });
});

describe('quizQuestions for every map', () => {
  it.each(processes.map((process) => [process.id, process.machine] as const))(
    'gives "%s" questions with one right answer each',
    (_, machine) => {
      const processModel = describeMachine(machine);
      const all = quizQuestions(processModel);
      expect(all.length).toBeGreaterThan(0);
      for (const question of all) {
        expect(question.options.indexOf(question.options[question.answerIndex]!), question.id).toBe(
          question.answerIndex,
        );
        expect(new Set(question.options).size, question.id).toBe(question.options.length);
      }
      const automatic = processModel.steps.flatMap((step) =>
        step.outcomes.filter((outcome) => outcome.isAutomatic).map((outcome) => `${step.path}:next:${outcome.event}`),
      );
      for (const id of automatic) expect(all.map((question) => question.id)).not.toContain(`${processModel.id}:${id}`);
    },
  );
});
