// "What happens next?" questions generated from a process map: what follows each choice, who acts, and by when.
// Every question has exactly one right answer according to the machine.
import { findTimeAmounts } from '../content/time-amounts';
import { guidanceLinkHref } from '../content/guidance';
import type { ProcessModel, Step } from '../process-map/model';
import { z } from 'zod';
import { isRoleStated, roles } from '../roles';
import { frameworkIds } from '../schemas';
import {
  expandTimescaleTokens,
  formatTimescale,
  qualifierOf,
  timescaleTokenProblems,
  timescaleTokens,
  withoutTimescaleTokens,
  type Timescale,
} from '../timescales/phrase';
import { timescaleById, timescaleNotes } from '../timescales/registry';
import { processMapHref } from '../process-map/href';
import { joinSentences } from '../sentences';

export type QuestionKind = 'next' | 'role' | 'timescale' | 'scenario';

export interface QuizQuestion {
  id: string;
  kind: QuestionKind;
  stepPath: string;
  /** A scenario's case, read before the question: "Sam is on a community order…". */
  case?: string;
  prompt: string;
  options: string[];
  answerIndex: number;
  explanation: string;
  sources: { framework: string; section: string }[];
  /** Where to read more after a wrong answer: the step on the map, then its guidance. */
  readMore: { href: string; text: string }[];
}

const fillerWords = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'are', 'there', 'yes', 'case']);

/** The words that carry meaning, roughly stemmed: "Issue a warning" and "Warning issued" give the same set. */
export function meaningfulWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 2 && !fillerWords.has(word))
      .map((word) => word.replace(/(ing|ed|es|s|e)$/, '')),
  );
}

/**
 * Whether what a question tells you gives its answer away: the outcome "Issue a warning" leading to "Warning issued".
 */
export function answersItself(given: string, answer: string): boolean {
  const answerWords = meaningfulWords(answer);
  const givenWords = meaningfulWords(given);
  const shared = [...answerWords].filter((word) => givenWords.has(word)).length;
  return answerWords.size > 0 && shared * 2 >= answerWords.size;
}

/** An outcome that only repeats its step's title ("At 'Summons issued', the outcome is 'Summons issued'") says nothing. */
export function repeatsTitle(outcome: string, title: string): boolean {
  const outcomeWords = [...meaningfulWords(outcome)].sort().join(' ');
  return outcomeWords !== '' && outcomeWords === [...meaningfulWords(title)].sort().join(' ');
}

const scenarioText = z.string().min(1);

/** A case written from the sources for one map's quiz (src/content/scenarios/<map>.yaml), checked by its schema. */
export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case words joined by hyphens'),
    case: scenarioText.min(20, 'must describe the case in a sentence or two'),
    question: scenarioText.default('What do you do, and by when?'),
    answer: scenarioText,
    distractors: z.array(scenarioText).min(2).max(3),
    explanation: scenarioText,
    /** The step the case is about: a state path in the map's machine. */
    step: z.string().min(1),
    sources: z.array(z.object({ framework: z.enum(frameworkIds), section: z.string().min(1) })).min(1),
  })
  .superRefine((scenario, context) => {
    const texts: [string, (string | number)[]][] = [
      [scenario.case, ['case']],
      [scenario.question, ['question']],
      [scenario.answer, ['answer']],
      [scenario.explanation, ['explanation']],
      ...scenario.distractors.map((text, index): [string, (string | number)[]] => [text, ['distractors', index]]),
    ];
    for (const [text, path] of texts) {
      for (const message of timescaleTokenProblems(text)) context.addIssue({ code: 'custom', path, message });
    }
    // The right answer and its explanation state the source's timescales, so they take them from the registry. A case
    // may set a scene ("five days later") and a wrong option may name a wrong amount: neither states a rule.
    for (const field of ['answer', 'explanation'] as const) {
      const [amount] = findTimeAmounts(withoutTimescaleTokens(scenario[field]));
      if (amount)
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `writes the timescale “${amount.text}” itself: name its entry in src/lib/timescales/registry.ts as {{id}} (or {{id|short}})`,
        });
    }
  })
  .refine((scenario) => new Set([scenario.answer, ...scenario.distractors]).size === scenario.distractors.length + 1, {
    message: 'the answer and distractors must all differ',
    path: ['distractors'],
  });
export const scenarioFileSchema = z.object({ scenarios: z.array(scenarioSchema).min(1) });
export type Scenario = z.output<typeof scenarioSchema>;

function readMoreFor(model: ProcessModel, step: Step): { href: string; text: string }[] {
  return [
    {
      href: processMapHref(model.id, { step: step.path, openStep: true }),
      text: `“${step.meta.title}” on the map`,
    },
    ...step.meta.guidance.map((link) => ({ href: guidanceLinkHref(link.page, link.anchor), text: link.text })),
  ];
}

/** Scenario questions for a map; a scenario naming a step the map does not have fails the build, naming both. */
export function scenarioQuestions(model: ProcessModel, scenarios: Scenario[]): QuizQuestion[] {
  return scenarios.map((scenario) => {
    const step = model.steps.find((candidate) => candidate.path === scenario.step);
    if (!step)
      throw new Error(
        `src/content/scenarios/${model.id}.yaml: scenario "${scenario.id}": step "${scenario.step}" is not a step of the map`,
      );
    const id = `${model.id}:scenario:${scenario.id}`;
    // A timescale's interpretation and caveat are shown wherever it is: here, with the explanation of the answer.
    const notes = [
      ...new Set(
        timescaleTokens(`${scenario.answer} ${scenario.explanation}`).flatMap(({ id: timescaleId }) =>
          timescaleNotes(timescaleById(timescaleId)!),
        ),
      ),
    ];
    return {
      id,
      kind: 'scenario',
      stepPath: step.path,
      case: expandTimescaleTokens(scenario.case),
      prompt: expandTimescaleTokens(scenario.question),
      ...placeAnswer(id, expandTimescaleTokens(scenario.answer), scenario.distractors.map(expandTimescaleTokens)),
      explanation: joinSentences(expandTimescaleTokens(scenario.explanation), ...notes),
      sources: scenario.sources,
      readMore: readMoreFor(model, step),
    };
  });
}

/** A map's whole quiz: the questions generated from its machine and its scenarios, if it has any, mixed together. */
export function mapQuiz(model: ProcessModel, scenarios: Scenario[] = []): QuizQuestion[] {
  return shuffleQuestions([...quizQuestions(model), ...scenarioQuestions(model, scenarios)]);
}

/** Questions in an order fixed by their ids: mixed up, so no question gives away the next, yet the same every build. */
export function shuffleQuestions<T extends { id: string }>(questions: T[]): T[] {
  return [...questions].sort((a, b) => hashText(a.id) - hashText(b.id) || a.id.localeCompare(b.id));
}

/** A small deterministic hash, so the option order is the same in every build and in the browser. */
export function hashText(text: string): number {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

/** Puts the right answer among the distractors at a position fixed by the question id. */
export function placeAnswer(
  id: string,
  answer: string,
  distractors: string[],
): { options: string[]; answerIndex: number } {
  const options = [...distractors];
  const answerIndex = hashText(id) % (options.length + 1);
  options.splice(answerIndex, 0, answer);
  return { options, answerIndex };
}

/** Up to `count` distinct candidates that differ from the answer, nearest to `near` in the map first. */
function pickDistractors(
  answer: string,
  candidates: { text: string; position: number }[],
  near: number,
  count = 3,
): string[] {
  const seen = new Set([answer]);
  const picked: string[] = [];
  for (const candidate of [...candidates].sort(
    (a, b) => Math.abs(a.position - near) - Math.abs(b.position - near) || a.position - b.position,
  )) {
    if (seen.has(candidate.text)) continue;
    seen.add(candidate.text);
    picked.push(candidate.text);
    if (picked.length === count) break;
  }
  return picked;
}

function timescaleVariants(timescale: Timescale): Timescale[] {
  const otherUnit =
    timescale.unit === 'working-days'
      ? 'days'
      : timescale.unit === 'days'
        ? 'working-days'
        : timescale.unit === 'hours'
          ? 'days'
          : 'weeks';
  return [
    { ...timescale, amount: timescale.amount * 2 },
    { ...timescale, unit: otherUnit },
    { ...timescale, amount: timescale.amount + 3 },
    { ...timescale, amount: Math.max(1, Math.round(timescale.amount / 2)) },
  ];
}

/**
 * Whether `other` is the same count read the other way, days against working days, where a source says plain "days"
 * (NS 4.3.6's "15 days"): that reading is not a wrong answer, so it is never offered as one.
 */
export function isOtherDayReading(
  answer: Timescale & { isDayCountUnstated?: boolean },
  other: Timescale & { isDayCountUnstated?: boolean },
): boolean {
  const dayUnits: string[] = ['days', 'working-days'];
  return (
    Boolean(answer.isDayCountUnstated || other.isDayCountUnstated) &&
    answer.unit !== other.unit &&
    dayUnits.includes(answer.unit) &&
    dayUnits.includes(other.unit) &&
    answer.amount === other.amount &&
    qualifierOf(answer) === qualifierOf(other) &&
    answer.from === other.from
  );
}

export function quizQuestions(model: ProcessModel): QuizQuestion[] {
  const questions: QuizQuestion[] = [];
  const titleOf = (path: string) => model.steps.find((step) => step.path === path)?.meta.title ?? path;
  const stepCandidates = model.steps.map((step) => ({ text: step.meta.title, position: step.number }));
  const add = (
    step: Step,
    kind: QuestionKind,
    suffix: string,
    prompt: string,
    answer: string,
    distractors: string[],
    explanation: string,
  ) => {
    if (distractors.length < 2) return;
    const id = `${model.id}:${step.path}:${kind}${suffix}`;
    questions.push({
      id,
      kind,
      stepPath: step.path,
      prompt,
      ...placeAnswer(id, answer, distractors),
      explanation,
      sources: step.meta.source,
      readMore: readMoreFor(model, step),
    });
  };

  for (const step of model.steps) {
    const choices = step.outcomes.filter((candidate) => !candidate.isAutomatic);
    for (const outcome of choices) {
      const answer = outcome.targets.map(titleOf).join(' and ');
      // "After 'Complete the DPIA' (DPIA completed)" reads well; "At 'Summons issued', the outcome is 'Summons issued'" does not.
      if (answersItself(outcome.label, answer) || (choices.length > 1 && repeatsTitle(outcome.label, step.meta.title)))
        continue;
      const excluded = new Set([step.meta.title, ...outcome.targets.map(titleOf)]);
      const candidates = stepCandidates.filter((candidate) => !excluded.has(candidate.text));
      const prompt =
        choices.length > 1
          ? `At “${step.meta.title}”, the outcome is “${outcome.label}”. What happens next?`
          : `After “${step.meta.title}” (${lowerFirstWord(outcome.label)}), what happens next?`;
      add(
        step,
        'next',
        `:${outcome.event}`,
        prompt,
        answer,
        pickDistractors(answer, candidates, step.number),
        `Next comes “${answer}”.`,
      );
    }
    // Never ask who does a step whose source does not say, nor offer "not stated" as a wrong answer.
    const statedLanes = model.lanes.filter(isRoleStated);
    if (statedLanes.length > 1 && !step.isFinal && isRoleStated(step.meta.lane)) {
      const answer = roles[step.meta.lane];
      const distractors = statedLanes
        .filter((lane) => lane !== step.meta.lane)
        .map((lane) => roles[lane])
        .slice(0, 3);
      add(step, 'role', '', `Who does “${step.meta.title}”?`, answer, distractors, `${answer} does this step.`);
    }
    if (step.meta.timescale) {
      const timescale = step.meta.timescale;
      const answer = formatTimescale(timescale);
      const others = model.steps
        .filter(
          (other) => other.meta.timescale && other !== step && !isOtherDayReading(timescale, other.meta.timescale),
        )
        .map((other) => ({ text: formatTimescale(other.meta.timescale!), position: other.number }));
      const variants = timescaleVariants(timescale)
        .filter((variant) => !isOtherDayReading(timescale, variant))
        .map((variant, index) => ({
          text: formatTimescale(variant),
          position: step.number + 100 + index,
        }));
      add(
        step,
        'timescale',
        '',
        `What is the timescale for “${step.meta.title}”?`,
        answer,
        pickDistractors(answer, [...others, ...variants], step.number),
        joinSentences(`The timescale is ${answer}`, ...timescaleNotes(step.meta.timescale)),
      );
    }
  }
  return shuffleQuestions(questions);
}

/** "Letter sent" → "letter sent", but "DPIA completed" stays as written: acronyms keep their capitals. */
function lowerFirstWord(label: string): string {
  const first = label.split(/\s/, 1)[0] ?? '';
  return /^[A-Z][a-z]/.test(first) || first.length === 1 ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
