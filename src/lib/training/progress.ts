// Learning progress kept in this browser: one versioned record, checked and migrated on read, with no personal data.
// Saved progress that cannot be read is set aside unchanged, for the learner to download or delete: it is never dropped
// or overwritten.
import { parseIsoDate, toIsoDate, utcDate, type IsoDate } from '../dates/calendar';
import type { StateValue } from '../process-map/walk';
import { progressKey, progressVersion, type ItemState } from './progress-peek';

export { progressKey, progressVersion, type ItemState };

/** Where saved progress that could not be read is kept, as it was. */
export const unreadableProgressKey = `${progressKey}:unreadable`;

/** The share of a quiz's questions, in percent, to get right for the quiz to count as done on the learning path. */
export const passPercent = 80;

export interface QuizAttempt {
  score: number;
  total: number;
  /** The day it was finished; progress saved before dates were kept has none. */
  on?: IsoDate;
}

/** The attempt under way: the order its questions are asked in, and the option chosen for each one answered. */
export interface QuizRun {
  order: string[];
  answers: Record<string, number>;
}

export interface QuizRecord {
  best?: QuizAttempt;
  last?: QuizAttempt;
  /** The questions answered wrongly in the last finished attempt: they are asked first next time. */
  missed: string[];
  current?: QuizRun;
}

/** One stop on a walk through a map: the state and, once made, the choice that left it. */
export interface WalkStop {
  value: StateValue;
  choice?: string;
}

export interface Progress {
  version: typeof progressVersion;
  /** The learning-path items done, by item key ("quiz:enforcement"), with the day each was done. */
  done: Record<string, { on?: IsoDate }>;
  /** Quizzes by map id. */
  quizzes: Record<string, QuizRecord>;
  /** Walk-throughs under way, by map id: the stops so far, to carry on from. */
  walks: Record<string, WalkStop[]>;
}

export type ProgressProblem = 'unreadable' | 'newer-version';

export function emptyProgress(): Progress {
  return { version: progressVersion, done: {}, quizzes: {}, walks: {} };
}

/** Today in the learner's own time zone, so a quiz finished late in the evening is dated that day. */
export function today(now = new Date()): IsoDate {
  return toIsoDate(utcDate(now.getFullYear(), now.getMonth() + 1, now.getDate()));
}

type Data = Record<string, unknown>;
const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isTexts = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const isDay = (value: unknown) => value === undefined || (typeof value === 'string' && !!parseIsoDate(value));
const isOptional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);
const isScore = (value: unknown) =>
  isData(value) && isCount(value.score) && isCount(value.total) && value.score <= value.total;
const isAttempt = (value: unknown) => isScore(value) && isDay((value as Data).on);
const isRun = (value: unknown) =>
  isData(value) && isTexts(value.order) && isData(value.answers) && Object.values(value.answers).every(isCount);
const isQuiz = (value: unknown) =>
  isData(value) &&
  isOptional(value.best, isAttempt) &&
  isOptional(value.last, isAttempt) &&
  isTexts(value.missed) &&
  isOptional(value.current, isRun);
const isStateValue = (value: unknown): boolean =>
  typeof value === 'string' || (isData(value) && Object.values(value).every(isStateValue));
const isWalk = (value: unknown) =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every(
    (stop) => isData(stop) && isStateValue(stop.value) && isOptional(stop.choice, (text) => typeof text === 'string'),
  );
const isEach = (value: unknown, check: (value: unknown) => boolean) =>
  isData(value) && Object.values(value).every(check);

/** Version 1 kept a list of items done (a quiz counted whatever its score) and each quiz's last score. */
function fromVersion1(data: Data): Progress | undefined {
  const scores = data.quizScores ?? {};
  if (!isTexts(data.done) || !isEach(scores, isScore)) return undefined;
  const progress = emptyProgress();
  for (const [key, score] of Object.entries(scores as Record<string, QuizAttempt>)) {
    if (key.startsWith('quiz:'))
      progress.quizzes[key.slice(5)] = { best: { ...score }, last: { ...score }, missed: [] };
  }
  // A quiz finished below the pass mark was "done" in version 1; now it is not. An item ticked by hand stays done.
  for (const key of data.done) {
    const score = (scores as Record<string, QuizAttempt>)[key];
    if (!score || isPass(score)) progress.done[key] = {};
  }
  return progress;
}

type ReadResult = { progress: Progress; isMigrated?: true } | { problem: ProgressProblem };

/** Checks data read from storage or a file, migrating older versions; what it cannot read gets a reason instead. */
export function readProgressData(data: unknown): ReadResult {
  if (!isData(data)) return { problem: 'unreadable' };
  if (typeof data.version === 'number' && data.version > progressVersion) return { problem: 'newer-version' };
  if (data.version === 1) {
    const progress = fromVersion1(data);
    return progress ? { progress, isMigrated: true } : { problem: 'unreadable' };
  }
  if (
    data.version !== progressVersion ||
    !isEach(data.done, (item) => isData(item) && isDay(item.on)) ||
    !isEach(data.quizzes, isQuiz) ||
    !isEach(data.walks, isWalk)
  )
    return { problem: 'unreadable' };
  // A fresh copy of just the known fields, so nothing else holds the object this module changes.
  const { done, quizzes, walks } = data;
  return { progress: JSON.parse(JSON.stringify({ version: progressVersion, done, quizzes, walks })) as Progress };
}

/** Reads saved text; nothing saved is empty progress. */
export function parseProgress(raw: string | null): ReadResult {
  if (raw === null) return { progress: emptyProgress() };
  try {
    return readProgressData(JSON.parse(raw));
  } catch {
    return { problem: 'unreadable' };
  }
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface LoadResult {
  progress: Progress;
  /** Saved progress could not be read just now (it has been set aside, or, if it could not be, left where it was). */
  problem?: ProgressProblem;
  /** Unreadable progress is still in the way, so nothing may be saved over it. */
  isBlocked?: boolean;
}

/** Sets unreadable progress aside, unchanged, unless something else unreadable is already kept there. */
function setAside(storage: StorageLike, raw: string): boolean {
  try {
    const kept = storage.getItem(unreadableProgressKey);
    if (kept !== null && kept !== raw) return false;
    storage.setItem(unreadableProgressKey, raw);
    storage.removeItem(progressKey);
    return true;
  } catch {
    return false;
  }
}

/**
 * Loads progress. Progress of an older version is migrated and saved at once (so pages that only peek see it).
 * Unreadable progress is set aside for recovery and the learner starts again beside it.
 */
export function loadProgress(storage: StorageLike | undefined): LoadResult {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(progressKey) ?? null;
  } catch {
    // storage refused (private browsing, blocked by policy): progress then lives only as long as the page
  }
  const result = parseProgress(raw);
  if ('progress' in result) {
    if (result.isMigrated) saveProgress(storage, result.progress);
    return { progress: result.progress };
  }
  const isSetAside = storage !== undefined && raw !== null && setAside(storage, raw);
  return { progress: emptyProgress(), problem: result.problem, ...(isSetAside ? {} : { isBlocked: true }) };
}

export function saveProgress(storage: StorageLike | undefined, progress: Progress): boolean {
  try {
    storage?.setItem(progressKey, JSON.stringify(progress));
    return Boolean(storage);
  } catch {
    return false;
  }
}

/**
 * Reads the latest saved progress (another tab may have saved since this page loaded), changes it and saves it.
 * Says whether it was saved: not when the browser refuses, nor over unreadable progress that could not be set aside.
 */
export function updateProgress(
  storage: StorageLike | undefined,
  change: (progress: Progress) => Progress,
): { progress: Progress; isSaved: boolean } {
  const loaded = loadProgress(storage);
  const progress = change(loaded.progress);
  return { progress, isSaved: !loaded.isBlocked && saveProgress(storage, progress) };
}

/** The unreadable progress kept aside, if any, and why it could not be read. */
export function keptUnreadable(
  storage: StorageLike | undefined,
): { raw: string; problem: ProgressProblem } | undefined {
  try {
    const raw = storage?.getItem(unreadableProgressKey) ?? null;
    if (raw === null) return undefined;
    const result = parseProgress(raw);
    return { raw, problem: 'problem' in result ? result.problem : 'unreadable' };
  } catch {
    return undefined;
  }
}

/** Marks an item done on a day; an item already done keeps the day it was first done. */
export function markDone(progress: Progress, key: string, on: IsoDate): Progress {
  return progress.done[key] ? progress : { ...progress, done: { ...progress.done, [key]: { on } } };
}

export function isPass(score: Pick<QuizAttempt, 'score' | 'total'>): boolean {
  return score.total > 0 && score.score * 100 >= passPercent * score.total;
}

/** The fewest right answers that pass a quiz of `total` questions. */
export function passScore(total: number): number {
  return Math.ceil((passPercent * total) / 100);
}

export function percent(score: Pick<QuizAttempt, 'score' | 'total'>): number {
  return score.total ? Math.round((score.score * 100) / score.total) : 0;
}

/** "13 of 50 (26%)" */
export function scoreWords(score: Pick<QuizAttempt, 'score' | 'total'>): string {
  return `${score.score} of ${score.total} (${percent(score)}%)`;
}

const quizRecord = (progress: Progress, quizId: string): QuizRecord => progress.quizzes[quizId] ?? { missed: [] };
const withQuiz = (progress: Progress, quizId: string, record: QuizRecord): Progress => ({
  ...progress,
  quizzes: { ...progress.quizzes, [quizId]: record },
});

/** Starts an attempt at a quiz with its questions in this order, forgetting any attempt under way. */
export function startQuiz(progress: Progress, quizId: string, order: string[]): Progress {
  return withQuiz(progress, quizId, { ...quizRecord(progress, quizId), current: { order, answers: {} } });
}

/** Keeps one answer of the attempt under way, so the quiz can carry on from the next question after a reload. */
export function answerQuestion(
  progress: Progress,
  quizId: string,
  order: string[],
  questionId: string,
  choice: number,
): Progress {
  const record = quizRecord(progress, quizId);
  const answers = { ...record.current?.answers, [questionId]: choice };
  return withQuiz(progress, quizId, { ...record, current: { order, answers } });
}

/**
 * Records a finished attempt: its score, the questions missed (asked first next time) and, when it passes, the quiz
 * as done on the learning path. The best score is kept as well as the last.
 */
export function finishQuiz(progress: Progress, quizId: string, attempt: QuizAttempt, missed: string[]): Progress {
  const { best, current: _finished, ...record } = quizRecord(progress, quizId);
  const isBetter = !best || percent(attempt) > percent(best) || (percent(attempt) === percent(best) && !best.on);
  const updated = withQuiz(progress, quizId, { ...record, best: isBetter ? attempt : best, last: attempt, missed });
  return isPass(attempt) && attempt.on ? markDone(updated, `quiz:${quizId}`, attempt.on) : updated;
}

/** The order to ask a quiz's questions in: the attempt under way as it was, or else the ones missed last time first. */
export function questionOrder(questionIds: string[], record: QuizRecord | undefined): string[] {
  const known = new Set(questionIds);
  if (record?.current) {
    const kept = record.current.order.filter((id) => known.has(id));
    return [...new Set([...kept, ...questionIds])];
  }
  const missed = new Set(record?.missed.filter((id) => known.has(id)));
  return [...questionIds.filter((id) => missed.has(id)), ...questionIds.filter((id) => !missed.has(id))];
}

/** Keeps the stops of a walk-through under way. */
export function rememberWalk(progress: Progress, mapId: string, stops: WalkStop[]): Progress {
  return { ...progress, walks: { ...progress.walks, [mapId]: stops } };
}

/** A walk that has reached an end of the map: the map is done, and there is nothing left to carry on from. */
export function finishWalk(progress: Progress, mapId: string, on: IsoDate): Progress {
  const { [mapId]: _finished, ...walks } = progress.walks;
  return markDone({ ...progress, walks }, `map:${mapId}`, on);
}

export interface ItemStatus {
  state: ItemState;
  /** The day it was done. */
  on?: IsoDate;
  /** For a quiz: its best and last finished attempts and how many questions to go over again. */
  best?: QuizAttempt;
  last?: QuizAttempt;
  missed?: number;
}

/** Where the learner is with one learning-path item, from its key ("map:enforcement", "quiz:enforcement"). */
export function itemStatus(progress: Progress, key: string): ItemStatus {
  const [kind, ...rest] = key.split(':');
  const ref = rest.join(':');
  const done = progress.done[key];
  const quiz = kind === 'quiz' ? progress.quizzes[ref] : undefined;
  const facts = quiz ? { best: quiz.best, last: quiz.last, missed: quiz.missed.length } : {};
  if (done) return { state: 'done', on: done.on, ...facts };
  if (quiz?.current && Object.keys(quiz.current.answers).length) return { state: 'in-progress', ...facts };
  if (quiz?.last) return { state: 'not-passed', ...facts };
  if (kind === 'map' && progress.walks[ref]) return { state: 'in-progress' };
  return { state: 'not-started', ...facts };
}

/** Quizzes with questions to go over again, or not passed yet, in the order given (the path's). */
export function quizzesToRevisit(progress: Progress, quizIds: string[]): string[] {
  return quizIds.filter((id) => {
    const record = progress.quizzes[id];
    return record?.last && (record.missed.length > 0 || !progress.done[`quiz:${id}`]);
  });
}

const earlier = (a?: IsoDate, b?: IsoDate) => (!a ? b : !b ? a : a < b ? a : b);
const later = (a?: QuizAttempt, b?: QuizAttempt) => (!a ? b : !b ? a : (b.on ?? '') > (a.on ?? '') ? b : a);

/**
 * Progress from a file joined with this browser's: an item done in either is done (on the earlier day), the best and
 * the latest quiz scores win, and a quiz or walk under way here carries on rather than the file's.
 */
export function mergeProgress(here: Progress, file: Progress): Progress {
  const merged: Progress = { ...here, done: { ...here.done }, quizzes: { ...here.quizzes }, walks: { ...here.walks } };
  for (const [key, item] of Object.entries(file.done)) {
    const on = here.done[key] ? earlier(here.done[key].on, item.on) : item.on;
    merged.done[key] = on ? { on } : {};
  }
  for (const [id, theirs] of Object.entries(file.quizzes)) {
    const ours = here.quizzes[id];
    if (!ours) {
      merged.quizzes[id] = theirs;
      continue;
    }
    const last = later(ours.last, theirs.last);
    const bests = [ours.best, theirs.best].filter((attempt) => attempt !== undefined);
    merged.quizzes[id] = {
      best: bests.sort((a, b) => percent(b) - percent(a))[0],
      last,
      missed: last === theirs.last ? theirs.missed : ours.missed,
      current: ours.current ?? theirs.current,
    };
  }
  for (const [id, stops] of Object.entries(file.walks)) merged.walks[id] ??= stops;
  return merged;
}

const fileAbout = 'Learning progress saved from HMPPS Guidance and process maps';

/** The text of a progress file, to move progress to another computer: the record itself, saying what it is. */
export function progressFile(progress: Progress, on: IsoDate): string {
  return `${JSON.stringify({ about: fileAbout, saved: on, progress }, null, 2)}\n`;
}

export type FileProblem = ProgressProblem | 'not-progress';

/** Reads a progress file (or progress as this browser keeps it): its progress, or why it cannot be used. */
export function readProgressFile(text: string): ReadResult | { problem: FileProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: 'not-progress' };
  }
  const record = isData(data) && data.about === fileAbout ? data.progress : data;
  if (!isData(record) || record.version === undefined) return { problem: 'not-progress' };
  return readProgressData(record);
}
