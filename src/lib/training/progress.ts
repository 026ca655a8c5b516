// Learning progress kept in the browser: namespaced, versioned, no personal data. Anything unreadable resets safely.

export const progressKey = 'hmpps-guidance-maps:progress';
export const progressVersion = 1;

export interface QuizScore {
  score: number;
  total: number;
}

export interface Progress {
  version: typeof progressVersion;
  done: string[];
  quizScores: Record<string, QuizScore>;
}

export type LoadResult = { progress: Progress; problem?: 'corrupt' | 'old-version' };

export function emptyProgress(): Progress {
  return { version: progressVersion, done: [], quizScores: {} };
}

const isScore = (value: unknown): value is QuizScore =>
  typeof value === 'object' &&
  value !== null &&
  Number.isInteger((value as QuizScore).score) &&
  Number.isInteger((value as QuizScore).total) &&
  (value as QuizScore).score >= 0 &&
  (value as QuizScore).score <= (value as QuizScore).total;

/** Reads saved progress; corrupt or old data comes back empty with the reason, never as an error. */
export function parseProgress(raw: string | null): LoadResult {
  if (raw === null) return { progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), problem: 'corrupt' };
  }
  if (typeof data !== 'object' || data === null) return { progress: emptyProgress(), problem: 'corrupt' };
  const candidate = data as Partial<Progress>;
  if (candidate.version !== progressVersion) {
    return { progress: emptyProgress(), problem: typeof candidate.version === 'number' ? 'old-version' : 'corrupt' };
  }
  if (!Array.isArray(candidate.done) || !candidate.done.every((item) => typeof item === 'string')) {
    return { progress: emptyProgress(), problem: 'corrupt' };
  }
  const scores = candidate.quizScores ?? {};
  if (typeof scores !== 'object' || scores === null || !Object.values(scores).every(isScore)) {
    return { progress: emptyProgress(), problem: 'corrupt' };
  }
  return { progress: { version: progressVersion, done: [...new Set(candidate.done)], quizScores: { ...scores } } };
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Loads progress, and clears what could not be read so the problem is reported once. */
export function loadProgress(storage: StorageLike | undefined): LoadResult {
  if (!storage) return { progress: emptyProgress() };
  let raw: string | null;
  try {
    raw = storage.getItem(progressKey);
  } catch {
    return { progress: emptyProgress() };
  }
  const result = parseProgress(raw);
  if (result.problem) {
    try {
      storage.removeItem(progressKey);
    } catch {
      // storage may be unavailable (private browsing); progress then lives only for this page
    }
  }
  return result;
}

export function saveProgress(storage: StorageLike | undefined, progress: Progress): boolean {
  try {
    storage?.setItem(progressKey, JSON.stringify(progress));
    return Boolean(storage);
  } catch {
    return false;
  }
}

export function markDone(progress: Progress, id: string, isDone = true): Progress {
  const done = progress.done.filter((item) => item !== id);
  return { ...progress, done: isDone ? [...done, id] : done };
}

export function recordQuizScore(progress: Progress, quizId: string, score: QuizScore): Progress {
  return markDone({ ...progress, quizScores: { ...progress.quizScores, [quizId]: score } }, quizId);
}

export function problemMessage(problem: LoadResult['problem']): string | undefined {
  if (problem === 'corrupt')
    return 'Your saved progress could not be read, so it has been reset. Nothing else is affected.';
  if (problem === 'old-version')
    return 'Your saved progress was from an older version of this site, so it has been reset.';
  return undefined;
}
