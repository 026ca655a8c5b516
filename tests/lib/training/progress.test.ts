// Learning progress in browser storage: read safely, reset with a reason when unreadable, saved without errors.
import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  loadProgress,
  markDone,
  parseProgress,
  problemMessage,
  progressKey,
  progressVersion,
  recordQuizScore,
  saveProgress,
  type StorageLike,
} from '../../../src/lib/training/progress';

/** An in-memory storage that can be told to fail, recording what was removed. */
function memoryStorage(
  initial: Record<string, string> = {},
  fail: { get?: boolean; set?: boolean; remove?: boolean } = {},
) {
  const items = new Map(Object.entries(initial));
  const removed: string[] = [];
  const storage: StorageLike = {
    getItem: (key) => {
      if (fail.get) throw new Error('SecurityError');
      return items.get(key) ?? null;
    },
    setItem: (key, value) => {
      if (fail.set) throw new Error('QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => {
      if (fail.remove) throw new Error('SecurityError');
      removed.push(key);
      items.delete(key);
    },
  };
  return { storage, items, removed };
}

const saved = (data: unknown) => JSON.stringify(data);

describe('emptyProgress', () => {
  it('starts with nothing done and no scores, at the current version', () => {
    expect(emptyProgress()).toEqual({ version: progressVersion, done: [], quizScores: {} });
    expect(emptyProgress()).not.toBe(emptyProgress());
  });
});

describe('parseProgress', () => {
  it('starts afresh, with no problem, when nothing was saved', () => {
    expect(parseProgress(null)).toEqual({ progress: emptyProgress() });
  });

  it('reads saved progress, dropping repeats', () => {
    const raw = saved({
      version: 1,
      done: ['map:enforcement', 'map:enforcement', 'quiz:enforcement'],
      quizScores: { 'quiz:enforcement': { score: 3, total: 5 } },
    });
    expect(parseProgress(raw)).toEqual({
      progress: {
        version: 1,
        done: ['map:enforcement', 'quiz:enforcement'],
        quizScores: { 'quiz:enforcement': { score: 3, total: 5 } },
      },
    });
  });

  it('treats missing scores as none', () => {
    expect(parseProgress(saved({ version: 1, done: [] }))).toEqual({ progress: emptyProgress() });
  });

  it('resets progress from an older version, saying so', () => {
    expect(parseProgress(saved({ version: 0, done: ['x'] }))).toEqual({
      progress: emptyProgress(),
      problem: 'old-version',
    });
  });

  it('resets anything it cannot read as corrupt', () => {
    const corrupt = [
      'not json',
      '"text"',
      'null',
      '[]',
      saved({ version: '1', done: [] }),
      saved({ done: [] }),
      saved({ version: 1, done: 'map:enforcement' }),
      saved({ version: 1, done: [1] }),
      saved({ version: 1, done: [], quizScores: 'high' }),
      saved({ version: 1, done: [], quizScores: { q: { score: 6, total: 5 } } }),
      saved({ version: 1, done: [], quizScores: { q: { score: -1, total: 5 } } }),
      saved({ version: 1, done: [], quizScores: { q: { score: 1.5, total: 5 } } }),
      saved({ version: 1, done: [], quizScores: { q: null } }),
    ];
    for (const raw of corrupt)
      expect(parseProgress(raw), raw).toEqual({ progress: emptyProgress(), problem: 'corrupt' });
  });
});

describe('loadProgress', () => {
  it('starts afresh when there is no storage or it cannot be read', () => {
    expect(loadProgress(undefined)).toEqual({ progress: emptyProgress() });
    expect(loadProgress(memoryStorage({}, { get: true }).storage)).toEqual({ progress: emptyProgress() });
  });

  it('reads saved progress and leaves it in place', () => {
    const { storage, removed } = memoryStorage({
      [progressKey]: saved({ version: 1, done: ['map:enforcement'], quizScores: {} }),
    });
    expect(loadProgress(storage).progress.done).toEqual(['map:enforcement']);
    expect(removed).toEqual([]);
  });

  it('clears unreadable progress so the problem is reported only once', () => {
    const { storage, removed } = memoryStorage({ [progressKey]: '{broken' });
    expect(loadProgress(storage)).toEqual({ progress: emptyProgress(), problem: 'corrupt' });
    expect(removed).toEqual([progressKey]);
    expect(loadProgress(storage)).toEqual({ progress: emptyProgress() });
  });

  it('still reports the problem when the storage cannot be cleared', () => {
    const { storage } = memoryStorage({ [progressKey]: saved({ version: 0 }) }, { remove: true });
    expect(loadProgress(storage)).toEqual({ progress: emptyProgress(), problem: 'old-version' });
  });
});

describe('saveProgress', () => {
  it('saves progress so that loading gives it back', () => {
    const { storage } = memoryStorage();
    const progress = recordQuizScore(markDone(emptyProgress(), 'map:enforcement'), 'quiz:enforcement', {
      score: 4,
      total: 5,
    });
    expect(saveProgress(storage, progress)).toBe(true);
    expect(loadProgress(storage)).toEqual({ progress });
  });

  it('says it could not save when there is no storage or it is full', () => {
    expect(saveProgress(undefined, emptyProgress())).toBe(false);
    expect(saveProgress(memoryStorage({}, { set: true }).storage, emptyProgress())).toBe(false);
  });
});

describe('markDone', () => {
  it('marks an item done once, without changing the progress it was given', () => {
    const start = emptyProgress();
    const once = markDone(start, 'map:enforcement');
    expect(once.done).toEqual(['map:enforcement']);
    expect(markDone(once, 'map:enforcement').done).toEqual(['map:enforcement']);
    expect(start.done).toEqual([]);
  });

  it('marks an item not done', () => {
    const progress = markDone(markDone(emptyProgress(), 'a'), 'b');
    expect(markDone(progress, 'a', false).done).toEqual(['b']);
  });
});

describe('recordQuizScore', () => {
  it('keeps the latest score and marks the quiz done', () => {
    const first = recordQuizScore(emptyProgress(), 'quiz:enforcement', { score: 2, total: 5 });
    const second = recordQuizScore(first, 'quiz:enforcement', { score: 5, total: 5 });
    expect(second.quizScores).toEqual({ 'quiz:enforcement': { score: 5, total: 5 } });
    expect(second.done).toEqual(['quiz:enforcement']);
    expect(first.quizScores).toEqual({ 'quiz:enforcement': { score: 2, total: 5 } });
  });
});

describe('problemMessage', () => {
  it('explains each reset in plain words, and says nothing when there was no problem', () => {
    expect(problemMessage('corrupt')).toBe(
      'Your saved progress could not be read, so it has been reset. Nothing else is affected.',
    );
    expect(problemMessage('old-version')).toBe(
      'Your saved progress was from an older version of this site, so it has been reset.',
    );
    expect(problemMessage(undefined)).toBeUndefined();
  });
});
