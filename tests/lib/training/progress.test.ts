// Learning progress in browser storage: read and migrated safely, unreadable progress kept aside, never overwritten.
import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  emptyProgress,
  finishQuiz,
  finishWalk,
  isPass,
  itemStatus,
  keptUnreadable,
  loadProgress,
  markDone,
  mergeProgress,
  parseProgress,
  passScore,
  progressFile,
  progressKey,
  progressVersion,
  questionOrder,
  quizzesToRevisit,
  readProgressFile,
  rememberWalk,
  saveProgress,
  startQuiz,
  today,
  unreadableProgressKey,
  updateProgress,
  type Progress,
  type StorageLike,
} from '../../../src/lib/training/progress';
import { peekProgress } from '../../../src/lib/training/progress-peek';

/** An in-memory storage that can be told to fail. */
function memoryStorage(
  initial: Record<string, string> = {},
  fail: { get?: boolean; set?: boolean; remove?: boolean } = {},
) {
  const items = new Map(Object.entries(initial));
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
      items.delete(key);
    },
  };
  return { storage, items };
}

const saved = (data: unknown) => JSON.stringify(data);
const progressWith = (change: Partial<Progress>): Progress => ({ ...emptyProgress(), ...change });

describe('parseProgress', () => {
  it('starts afresh, with no problem, when nothing was saved', () => {
    expect(parseProgress(null)).toEqual({ progress: emptyProgress() });
  });

  it('reads progress of this version as it was saved', () => {
    const progress = progressWith({
      done: { 'map:enforcement': { on: '2026-12-01' } },
      quizzes: { enforcement: { last: { score: 3, total: 5, on: '2026-12-02' }, missed: ['q1', 'q2'] } },
      walks: { 'chaplaincy-in-prison': [{ value: 'reception', choice: 'Arrived' }, { value: 'induction' }] },
    });
    expect(parseProgress(saved(progress))).toEqual({ progress });
  });

  it('migrates version 1: a quiz finished below the pass mark is no longer done, its score kept', () => {
    const raw = saved({
      version: 1,
      done: ['map:enforcement', 'quiz:enforcement', 'quiz:chaplaincy-in-prison', 'guidance:a/b'],
      quizScores: {
        'quiz:enforcement': { score: 13, total: 50 },
        'quiz:chaplaincy-in-prison': { score: 9, total: 10 },
      },
    });
    expect(parseProgress(raw)).toEqual({
      progress: {
        version: progressVersion,
        done: { 'map:enforcement': {}, 'quiz:chaplaincy-in-prison': {}, 'guidance:a/b': {} },
        quizzes: {
          enforcement: { best: { score: 13, total: 50 }, last: { score: 13, total: 50 }, missed: [] },
          'chaplaincy-in-prison': { best: { score: 9, total: 10 }, last: { score: 9, total: 10 }, missed: [] },
        },
        walks: {},
      },
      isMigrated: true,
    });
  });

  it('says progress from a newer version cannot be read, rather than guessing', () => {
    expect(parseProgress(saved({ ...emptyProgress(), version: progressVersion + 1 }))).toEqual({
      problem: 'newer-version',
    });
  });

  it('calls anything else unreadable', () => {
    const unreadable = [
      'not json',
      '"text"',
      'null',
      '[]',
      saved({ version: '2', done: {}, quizzes: {}, walks: {} }),
      saved({ done: {} }),
      saved({ version: 0 }),
      saved({ version: 1, done: 'map:enforcement' }),
      saved({ version: 1, done: [], quizScores: { q: { score: 6, total: 5 } } }),
      saved(progressWith({ done: [] as unknown as Progress['done'] })),
      saved(progressWith({ done: { a: { on: '2026-02-30' } } })),
      saved(progressWith({ quizzes: { q: { missed: 'all' } as unknown as Progress['quizzes'][string] } })),
      saved(progressWith({ quizzes: { q: { missed: [], best: { score: 1.5, total: 5 } } } })),
      saved(progressWith({ quizzes: { q: { missed: [], current: { order: ['a'], answers: { a: -1 } } } } })),
      saved(progressWith({ walks: { m: [] } })),
      saved(progressWith({ walks: { m: [{ value: 3 }] } as unknown as Progress['walks'] })),
      saved({ version: progressVersion, done: {}, quizzes: {} }),
    ];
    for (const raw of unreadable) expect(parseProgress(raw), raw).toEqual({ problem: 'unreadable' });
  });
});

describe('loadProgress', () => {
  it('starts afresh when there is no storage or it refuses to be read', () => {
    expect(loadProgress(undefined)).toEqual({ progress: emptyProgress() });
    expect(loadProgress(memoryStorage({}, { get: true }).storage)).toEqual({ progress: emptyProgress() });
  });

  it('sets unreadable progress aside unchanged, so new progress can be saved without losing it', () => {
    const { storage, items } = memoryStorage({ [progressKey]: '{broken' });
    expect(loadProgress(storage)).toEqual({ progress: emptyProgress(), problem: 'unreadable' });
    expect(items.get(unreadableProgressKey)).toBe('{broken');
    expect(items.has(progressKey)).toBe(false);
    expect(keptUnreadable(storage)).toEqual({ raw: '{broken', problem: 'unreadable' });
  });

  it('never overwrites progress already kept aside: the new unreadable progress stays put and blocks saving', () => {
    const { storage, items } = memoryStorage({ [progressKey]: '{second', [unreadableProgressKey]: '{first' });
    expect(loadProgress(storage)).toEqual({ progress: emptyProgress(), problem: 'unreadable', isBlocked: true });
    expect(updateProgress(storage, (progress) => markDone(progress, 'map:x', '2026-12-01')).isSaved).toBe(false);
    expect(items.get(progressKey)).toBe('{second');
    expect(items.get(unreadableProgressKey)).toBe('{first');
  });

  it('keeps unreadable progress where it is when it cannot be set aside', () => {
    const { storage, items } = memoryStorage({ [progressKey]: 'null' }, { set: true });
    expect(loadProgress(storage).isBlocked).toBe(true);
    expect(items.get(progressKey)).toBe('null');
  });

  it('saves migrated progress at once, so pages that only peek see this version', () => {
    const { storage, items } = memoryStorage({ [progressKey]: saved({ version: 1, done: ['map:a'] }) });
    loadProgress(storage);
    expect(JSON.parse(items.get(progressKey)!)).toEqual(progressWith({ done: { 'map:a': {} } }));
    expect(peekProgress(storage)?.done).toEqual({ 'map:a': {} });
  });
});

describe('saveProgress and updateProgress', () => {
  it('saves progress so that loading gives it back', () => {
    const { storage } = memoryStorage();
    const progress = markDone(emptyProgress(), 'map:enforcement', '2026-12-01');
    expect(saveProgress(storage, progress)).toBe(true);
    expect(loadProgress(storage)).toEqual({ progress });
  });

  it('says it could not save when there is no storage or it is full', () => {
    expect(saveProgress(undefined, emptyProgress())).toBe(false);
    expect(saveProgress(memoryStorage({}, { set: true }).storage, emptyProgress())).toBe(false);
  });

  it('changes the latest saved progress, not a copy read earlier', () => {
    const { storage } = memoryStorage();
    updateProgress(storage, (progress) => markDone(progress, 'a', '2026-12-01'));
    const { progress } = updateProgress(storage, (latest) => markDone(latest, 'b', '2026-12-02'));
    expect(Object.keys(progress.done)).toEqual(['a', 'b']);
  });
});

describe('markDone', () => {
  it('keeps the day an item was first done', () => {
    const once = markDone(emptyProgress(), 'map:enforcement', '2026-12-01');
    expect(markDone(once, 'map:enforcement', '2026-12-09').done).toEqual({ 'map:enforcement': { on: '2026-12-01' } });
  });
});

describe('the pass mark', () => {
  it('passes at 80% and not below', () => {
    expect(isPass({ score: 40, total: 50 })).toBe(true);
    expect(isPass({ score: 39, total: 50 })).toBe(false);
    expect(isPass({ score: 13, total: 50 })).toBe(false);
    expect(isPass({ score: 0, total: 0 })).toBe(false);
    expect(passScore(50)).toBe(40);
    expect(passScore(47)).toBe(38);
  });
});

describe('quizzes', () => {
  const order = ['q1', 'q2', 'q3', 'q4', 'q5'];

  it('keeps each answer of the attempt under way, and forgets it when starting again', () => {
    let progress = answerQuestion(emptyProgress(), 'enforcement', order, 'q1', 2);
    progress = answerQuestion(progress, 'enforcement', order, 'q2', 0);
    expect(progress.quizzes.enforcement!.current).toEqual({ order, answers: { q1: 2, q2: 0 } });
    expect(itemStatus(progress, 'quiz:enforcement').state).toBe('in-progress');
    expect(startQuiz(progress, 'enforcement', order).quizzes.enforcement!.current).toEqual({ order, answers: {} });
  });

  it('marks a quiz done only when it is passed, keeping the best and the last score', () => {
    const failed = finishQuiz(emptyProgress(), 'enforcement', { score: 13, total: 50, on: '2026-12-01' }, ['q1']);
    expect(failed.done).toEqual({});
    expect(itemStatus(failed, 'quiz:enforcement')).toMatchObject({ state: 'not-passed', missed: 1 });
    expect(failed.quizzes.enforcement!.current).toBeUndefined();
    const passed = finishQuiz(failed, 'enforcement', { score: 45, total: 50, on: '2026-12-02' }, []);
    expect(passed.done).toEqual({ 'quiz:enforcement': { on: '2026-12-02' } });
    const worse = finishQuiz(passed, 'enforcement', { score: 20, total: 50, on: '2026-12-03' }, ['q2']);
    expect(worse.quizzes.enforcement).toMatchObject({
      best: { score: 45, on: '2026-12-02' },
      last: { score: 20, on: '2026-12-03' },
      missed: ['q2'],
    });
    expect(itemStatus(worse, 'quiz:enforcement').state).toBe('done');
  });

  it('asks the questions missed last time first, and carries on an attempt in the order it was asked', () => {
    expect(questionOrder(order, undefined)).toEqual(order);
    expect(questionOrder(order, { missed: ['q4', 'q2', 'gone'] })).toEqual(['q2', 'q4', 'q1', 'q3', 'q5']);
    // A question added since the attempt began is asked at the end; one removed is dropped.
    expect(
      questionOrder([...order, 'q6'], { missed: ['q1'], current: { order: ['q5', 'q4', 'gone'], answers: {} } }),
    ).toEqual(['q5', 'q4', 'q1', 'q2', 'q3', 'q6']);
  });

  it('lists the quizzes to revisit: not passed yet, or with questions missed', () => {
    let progress = finishQuiz(emptyProgress(), 'a', { score: 1, total: 5, on: '2026-12-01' }, ['x']);
    progress = finishQuiz(progress, 'b', { score: 5, total: 5, on: '2026-12-01' }, []);
    progress = finishQuiz(progress, 'c', { score: 4, total: 5, on: '2026-12-01' }, ['y']);
    expect(quizzesToRevisit(progress, ['c', 'b', 'a', 'd'])).toEqual(['c', 'a']);
  });
});

describe('walks', () => {
  it('keeps the walk under way, and at an end marks the map done and forgets the walk', () => {
    const walking = rememberWalk(emptyProgress(), 'enforcement', [{ value: 'sendLetter', choice: 'Letter sent' }]);
    expect(itemStatus(walking, 'map:enforcement').state).toBe('in-progress');
    const finished = finishWalk(walking, 'enforcement', '2026-12-01');
    expect(finished.walks).toEqual({});
    expect(itemStatus(finished, 'map:enforcement')).toEqual({ state: 'done', on: '2026-12-01' });
  });
});

describe('today', () => {
  it("is the learner's own date, not the date in UTC", () => {
    expect(today(new Date(2026, 11, 4, 23, 30))).toBe('2026-12-04');
    expect(today(new Date(2026, 5, 1, 0, 15))).toBe('2026-06-01');
  });
});

describe('progress files', () => {
  const progress = progressWith({ done: { 'map:a': { on: '2026-12-01' } } });

  it('reads back the progress it wrote', () => {
    expect(readProgressFile(progressFile(progress, '2026-12-04'))).toEqual({ progress });
  });

  it('also reads progress as the browser keeps it', () => {
    expect(readProgressFile(saved(progress))).toEqual({ progress });
  });

  it('says why a file cannot be used', () => {
    expect(readProgressFile('<html>')).toEqual({ problem: 'not-progress' });
    expect(readProgressFile('{"name": "something else"}')).toEqual({ problem: 'not-progress' });
    expect(readProgressFile(progressFile({ ...progress, done: [] as never }, '2026-12-04'))).toEqual({
      problem: 'unreadable',
    });
    expect(readProgressFile(saved({ ...progress, version: 9 }))).toEqual({ problem: 'newer-version' });
  });
});

describe('mergeProgress', () => {
  it('keeps what was done in either, on the earlier day, with the best score and the latest attempt', () => {
    const here = progressWith({
      done: { a: { on: '2026-12-05' }, b: { on: '2026-12-01' } },
      quizzes: {
        q: {
          best: { score: 3, total: 5, on: '2026-12-01' },
          last: { score: 3, total: 5, on: '2026-12-01' },
          missed: ['x'],
        },
      },
      walks: { m: [{ value: 'here' }] },
    });
    const file = progressWith({
      done: { a: { on: '2026-12-02' }, c: {} },
      quizzes: {
        q: {
          best: { score: 5, total: 5, on: '2026-12-03' },
          last: { score: 5, total: 5, on: '2026-12-03' },
          missed: [],
        },
        r: { missed: ['y'] },
      },
      walks: { m: [{ value: 'there' }], n: [{ value: 'start' }] },
    });
    const merged = mergeProgress(here, file);
    expect(merged.done).toEqual({ a: { on: '2026-12-02' }, b: { on: '2026-12-01' }, c: {} });
    expect(merged.quizzes.q).toEqual({
      best: { score: 5, total: 5, on: '2026-12-03' },
      last: { score: 5, total: 5, on: '2026-12-03' },
      missed: [],
      current: undefined,
    });
    expect(merged.quizzes.r).toEqual({ missed: ['y'] });
    expect(merged.walks).toEqual({ m: [{ value: 'here' }], n: [{ value: 'start' }] });
  });
});
