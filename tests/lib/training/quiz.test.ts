// "What happens next?" questions generated from a process map: each has one right answer according to the machine.
import { describe, expect, it } from 'vitest';
import { describeMachine, stepByPath } from '../../../src/lib/process-map/model';
import { roles } from '../../../src/lib/roles';
import { formatTimescale, timescaleParts } from '../../../src/lib/timescale';
import { timescaleById } from '../../../src/lib/timescales/registry';
import {
  answersItself,
  expandTimescaleTokens,
  hashText,
  mapQuiz,
  placeAnswer,
  quizQuestions,
  repeatsTitle,
  scenarioQuestions,
  scenarioSchema,
} from '../../../src/lib/training/quiz';
import { mapsWithScenarios, scenariosFor } from '../../support/scenarios';
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

  it('asks what happens next after each chosen outcome that does not give its answer away', () => {
    const next = questions.filter((question) => question.kind === 'next');
    const outcomes = model.steps.flatMap((step) =>
      step.outcomes.filter((outcome) => !outcome.isAutomatic).map((outcome) => ({ step, outcome })),
    );
    let dropped = 0;
    for (const { step, outcome } of outcomes) {
      const answer = outcome.targets.map((target) => stepByPath(model, target)!.meta.title).join(' and ');
      const question = next.find((candidate) => candidate.id === `enforcement:${step.path}:next:${outcome.event}`);
      const isDecision = step.outcomes.filter((candidate) => !candidate.isAutomatic).length > 1;
      if (answersItself(outcome.label, answer) || (isDecision && repeatsTitle(outcome.label, step.meta.title))) {
        expect(question, `${step.path} ${outcome.event}`).toBeUndefined();
        dropped += 1;
        continue;
      }
      expect(answerOf(question!)).toBe(answer);
      expect(question!.options).not.toContain(step.meta.title);
    }
    expect(next).toHaveLength(outcomes.length - dropped);
    expect(dropped).toBeLessThan(outcomes.length / 2);
  });

  it('drops questions that answer themselves', () => {
    const ids = questions.map((question) => question.id);
    // "At 'Summons issued', the outcome is 'Summons issued'" and "the outcome is 'Issue a warning'" → "Warning issued".
    for (const question of questions.filter((candidate) => candidate.kind === 'next'))
      expect(question.prompt, question.id).not.toMatch(/^At “([^”]+)”, the outcome is “\1”/i);
    expect(ids.filter((id) => id.endsWith(':next:WARNING_ISSUED'))).toEqual([]);
    expect(questions.filter((question) => question.prompt.includes('the outcome is “Issue a warning”'))).toEqual([]);
    expect(answersItself('Issue a warning', 'Warning issued')).toBe(true);
    expect(answersItself('Recall: emergency case', 'Take emergency recall action')).toBe(true);
    expect(answersItself('No public protection concerns', 'Send a warning letter')).toBe(false);
  });

  it('mixes the questions up, so no question gives away the one after it', () => {
    const steps = questions.map((question) => stepByPath(model, question.stepPath)!.number);
    const inMapOrder = [...steps].sort((a, b) => a - b);
    expect(steps).not.toEqual(inMapOrder);
    // Every kind of question already turns up in the first half, not all of one kind and then the other.
    const kinds = new Set(questions.map((question) => question.kind));
    const firstHalf = new Set(questions.slice(0, Math.ceil(questions.length / 2)).map((question) => question.kind));
    expect(kinds.size).toBeGreaterThan(1);
    expect(firstHalf).toEqual(kinds);
  });

  it('points each question to its step on the map and the step’s guidance, for the review at the end', () => {
    for (const question of questions) {
      const step = stepByPath(model, question.stepPath)!;
      expect(question.readMore[0]).toEqual({
        href: `/process-maps/enforcement/?step=${encodeURIComponent(step.path)}#step-${step.path.replace(/\./g, '-')}`,
        text: `“${step.meta.title}” on the map`,
      });
      expect(question.readMore.slice(1).map((link) => link.text)).toEqual(step.meta.guidance.map((link) => link.text));
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
    // The NSD map has enough named roles for three options; on this map the recall steps name no one (NS 9.3.2).
    const nsd = describeMachine(processes.find((process) => process.id === 'nsd-supervision')!.machine);
    const role = quizQuestions(nsd).filter((question) => question.kind === 'role');
    expect(role.map((question) => question.stepPath).sort()).toEqual(
      nsd.steps
        .filter((step) => !step.isFinal && step.meta.lane !== 'not-stated')
        .map((step) => step.path)
        .sort(),
    );
    expect(role.map((question) => question.stepPath)).not.toContain('checkWhetherStandardsApply');
    for (const question of role) expect(question.options).not.toContain(roles['not-stated']);
    for (const question of role) {
      const step = stepByPath(nsd, question.stepPath)!;
      expect(answerOf(question)).toBe(roles[step.meta.lane]);
      for (const option of question.options) expect(nsd.lanes.map((lane) => roles[lane])).toContain(option);
    }
  });

  it('never answers who considers recall with the SPO alone: standard 9.3.2 names the SPO and the PDU Head', () => {
    const considerRecall = stepByPath(model, 'considerRecall')!;
    expect(considerRecall.meta.title).toContain('PDU Head');
    expect(questions.filter((question) => question.stepPath === 'considerRecall' && question.kind === 'role')).toEqual(
      [],
    );
  });

  it('asks the timescale of each step that has one, answered in the site’s wording', () => {
    const timescale = questions.filter((question) => question.kind === 'timescale');
    expect(timescale.map((question) => question.stepPath).sort()).toEqual(
      model.steps
        .filter((step) => step.meta.timescale)
        .map((step) => step.path)
        .sort(),
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

describe('scenario questions', () => {
  it.each(processes.map((process) => process.id))(
    'are written for "%s": at least four cases, each asked as a question with one right answer',
    (mapId) => {
      const mapModel = describeMachine(processes.find((process) => process.id === mapId)!.machine);
      const asked = scenarioQuestions(mapModel, scenariosFor(mapId));
      expect(asked.length).toBeGreaterThanOrEqual(4);
      for (const question of asked) {
        expect(question.prompt).toMatch(/\?$/);
        expect(new Set(question.options).size).toBe(question.options.length);
        expect(`${question.prompt} ${question.options.join(' ')} ${question.explanation}`).not.toMatch(/\{\{|\}\}/);
      }
    },
  );

  it('belong to maps that exist, each about a step the map has', () => {
    const ids = processes.map((process) => process.id);
    for (const mapId of mapsWithScenarios()) {
      expect(ids, mapId).toContain(mapId);
      const mapModel = describeMachine(processes.find((process) => process.id === mapId)!.machine);
      for (const scenario of scenariosFor(mapId))
        expect(stepByPath(mapModel, scenario.step)?.path, `${mapId} ${scenario.id}`).toBe(scenario.step);
    }
  });

  it('ask the enforcement case "what do you do, and by when?", answered as written, citing the standard', () => {
    const scenarios = scenariosFor('enforcement');
    const asked = scenarioQuestions(model, scenarios);
    expect(asked.length).toBe(scenarios.length);
    for (const [index, question] of asked.entries()) {
      expect(question.kind).toBe('scenario');
      expect(question.case).toBe(expandTimescaleTokens(scenarios[index]!.case));
      expect(question.prompt).toBe('What do you do, and by when?');
      expect(answerOf(question)).toBe(expandTimescaleTokens(scenarios[index]!.answer));
      expect(answerOf(question)).not.toContain('{{');
      expect(question.sources.length).toBeGreaterThan(0);
      expect(question.readMore[0]!.href).toContain(`?step=${scenarios[index]!.step}`);
    }
  });

  it('are mixed in with the generated questions, and a map without any has only generated ones', () => {
    const quiz = mapQuiz(model, scenariosFor('enforcement'));
    expect(quiz.filter((question) => question.kind === 'scenario').length).toBe(scenariosFor('enforcement').length);
    expect(quiz[0]!.kind === 'scenario' && quiz[1]!.kind === 'scenario').toBe(false);
    const withoutFile = processes.find((process) => !mapsWithScenarios().includes(process.id));
    if (withoutFile) {
      const other = describeMachine(withoutFile.machine);
      expect(mapQuiz(other, scenariosFor(withoutFile.id))).toEqual(mapQuiz(other));
    }
  });

  it('take a timescale in the answer from the registry, with its notes in the explanation', () => {
    const [recall] = scenarioQuestions(model, scenariosFor('enforcement')).filter(
      (question) => question.stepPath === 'emergencyRecall',
    );
    const timescale = timescaleById('ns-9.3.2-emergency-recall')!;
    expect(answerOf(recall!)).toBe(`Take recall action ${formatTimescale(timescale)}`);
    expect(recall!.explanation).toContain(timescale.interpretation);
    const [breach] = scenarioQuestions(model, scenariosFor('enforcement')).filter(
      (question) => question.stepPath === 'decideEnforcementAction',
    );
    expect(answerOf(breach!)).toContain(`complete the breach ${timescaleParts(timescaleById('ns-9.1-breach')!)[0]}`);
  });

  it('fail the build, naming the field, when a scenario writes a timescale itself or names one the registry lacks', () => {
    const [first] = scenariosFor('enforcement');
    const written = scenarioSchema.safeParse({ ...first, answer: 'Send him a letter within 2 working days' });
    expect(written.success).toBe(false);
    expect(written.error!.issues[0]).toMatchObject({
      path: ['answer'],
      message: expect.stringContaining('“2 working days”') as string,
    });
    const byDay = scenarioSchema.safeParse({ ...first, explanation: 'Complete the breach by day 8.' });
    expect(byDay.error!.issues[0]!.path).toEqual(['explanation']);
    const unknown = scenarioSchema.safeParse({ ...first, distractors: ['Wait {{no-such-rule}}', 'Do nothing'] });
    expect(unknown.error!.issues[0]).toMatchObject({
      path: ['distractors', 0],
      message: '{{no-such-rule}}: no such timescale in src/lib/timescales/registry.ts',
    });
    // A case may set the scene in days, and a wrong option may name a wrong amount: neither states a rule.
    expect(
      scenarioSchema.safeParse({
        ...first,
        case: `Five days later, ${first!.case}`,
        distractors: ['Wait 9 days', 'No'],
      }).success,
    ).toBe(true);
  });

  it('fail the build when a scenario names a step the map does not have', () => {
    const [first] = scenariosFor('enforcement');
    expect(() => scenarioQuestions(model, [{ ...first!, step: 'noSuchStep' }])).toThrow(
      'src/content/scenarios/enforcement.yaml: scenario "missed-appointment": step "noSuchStep" is not a step of the map',
    );
  });
});

describe('quizQuestions and steps whose source does not say who acts', () => {
  it.each(processes.map((process) => [process.id, process.machine] as const))(
    'never asks "who does this?" about such a step in "%s", nor offers "not stated" as an answer',
    (_id, machine) => {
      const processModel = describeMachine(machine);
      const roleQuestions = quizQuestions(processModel).filter((question) => question.kind === 'role');
      for (const question of roleQuestions) {
        expect(stepByPath(processModel, question.stepPath)!.meta.lane).not.toBe('not-stated');
        expect(question.options).not.toContain(roles['not-stated']);
      }
    },
  );

  it('still asks who does the steps whose role the source names', () => {
    const omic = describeMachine(processes.find((process) => process.id === 'omic-handover')!.machine);
    const asked = quizQuestions(omic)
      .filter((question) => question.kind === 'role')
      .map((question) => question.stepPath);
    expect(asked).toContain('beforeHandover.notification.handoverEmail');
    expect(asked).not.toContain('allocateToCom');
  });
});

describe('timescale questions where the source says plain "days"', () => {
  it.each(processes.map((process) => [process.id, process.machine] as const))(
    'never mark the working-day or calendar-day reading of the same count wrong in "%s"',
    (_id, machine) => {
      const processModel = describeMachine(machine);
      for (const question of quizQuestions(processModel).filter((candidate) => candidate.kind === 'timescale')) {
        const timescale = stepByPath(processModel, question.stepPath)!.meta.timescale!;
        if (!timescale.isDayCountUnstated) continue;
        const otherUnit = timescale.unit === 'days' ? 'working-days' : 'days';
        expect(question.options, question.id).not.toContain(formatTimescale({ ...timescale, unit: otherUnit }));
      }
    },
  );

  it('accept neither reading as wrong for the Initial Sentence Plan, which NS 4.3.6 gives in plain days', () => {
    const start = describeMachine(processes.find((process) => process.id === 'start-community-sentence')!.machine);
    const question = quizQuestions(start).find(
      (candidate) => candidate.id === 'start-community-sentence:writeInitialSentencePlan:timescale',
    )!;
    expect(answerOf(question)).toBe('within 15 days of the first appointment after release');
    expect(question.options).not.toContain('within 15 working days of the first appointment after release');
    expect(question.explanation).toContain('without saying working or calendar days');
  });
});
