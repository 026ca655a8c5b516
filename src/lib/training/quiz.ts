// "What happens next?" questions generated from a process map: what follows each choice, who acts, and by when.
// Every question has exactly one right answer according to the machine.
import type { ProcessModel, Step } from '../process-map/model';
import { roles } from '../roles';
import { formatTimescale, type Timescale } from '../timescale';
import { timescaleNotes } from '../timescales/registry';

export type QuestionKind = 'next' | 'role' | 'timescale';

export interface QuizQuestion {
  id: string;
  kind: QuestionKind;
  stepPath: string;
  prompt: string;
  options: string[];
  answerIndex: number;
  explanation: string;
  sources: { framework: string; section: string }[];
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
    });
  };

  for (const step of model.steps) {
    for (const outcome of step.outcomes.filter((candidate) => !candidate.isAutomatic)) {
      const answer = outcome.targets.map(titleOf).join(' and ');
      const excluded = new Set([step.meta.title, ...outcome.targets.map(titleOf)]);
      const candidates = stepCandidates.filter((candidate) => !excluded.has(candidate.text));
      const prompt =
        step.outcomes.filter((candidate) => !candidate.isAutomatic).length > 1
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
    // Where the source names no one, there is no right answer to "who does it".
    if (model.lanes.length > 1 && !step.isFinal && step.meta.lane !== 'not-stated') {
      const answer = roles[step.meta.lane];
      const distractors = model.lanes
        .filter((lane) => lane !== step.meta.lane && lane !== 'not-stated')
        .map((lane) => roles[lane])
        .slice(0, 3);
      add(step, 'role', '', `Who does “${step.meta.title}”?`, answer, distractors, `${answer} does this step.`);
    }
    if (step.meta.timescale) {
      const answer = formatTimescale(step.meta.timescale);
      const others = model.steps
        .filter((other) => other.meta.timescale && other !== step)
        .map((other) => ({ text: formatTimescale(other.meta.timescale!), position: other.number }));
      const variants = timescaleVariants(step.meta.timescale).map((variant, index) => ({
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
        [`The timescale is ${answer}.`, ...timescaleNotes(step.meta.timescale)].join(' '),
      );
    }
  }
  return questions;
}

/** "Letter sent" → "letter sent", but "DPIA completed" stays as written: acronyms keep their capitals. */
function lowerFirstWord(label: string): string {
  const first = label.split(/\s/, 1)[0] ?? '';
  return /^[A-Z][a-z]/.test(first) || first.length === 1 ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
