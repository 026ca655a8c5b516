// The learning path for new Prison Offender Managers: where each item links, what comes next, and references that exist.
import { describe, expect, it } from 'vitest';
import {
  itemHref,
  itemKey,
  learningItemSchema,
  pathPosition,
  unresolvedItems,
} from '../../../src/lib/training/learning-path';

const items = [
  { order: 30, kind: 'quiz' as const, ref: 'chaplaincy-in-prison', title: 'Test yourself on chaplaincy in prison' },
  { order: 10, kind: 'framework' as const, ref: 'national-standards', title: 'How the National Standards work' },
  { order: 20, kind: 'map' as const, ref: 'chaplaincy-in-prison', title: 'Walk through chaplaincy in prison' },
  {
    order: 40,
    kind: 'guidance' as const,
    ref: 'national-standards/10-reviewing-progress',
    title: 'Reviewing progress',
  },
];

describe('itemKey', () => {
  it('tells a map and its quiz apart', () => {
    expect(itemKey({ kind: 'map', ref: 'chaplaincy-in-prison' })).toBe('map:chaplaincy-in-prison');
    expect(itemKey({ kind: 'quiz', ref: 'chaplaincy-in-prison' })).toBe('quiz:chaplaincy-in-prison');
  });
});

describe('itemHref', () => {
  it('links each kind of item to its page', () => {
    expect(itemHref({ kind: 'guidance', ref: 'national-standards/10-reviewing-progress' })).toBe(
      '/guidance/national-standards/10-reviewing-progress/',
    );
    expect(itemHref({ kind: 'framework', ref: 'national-standards' })).toBe('/guidance/national-standards/');
    expect(itemHref({ kind: 'map', ref: 'chaplaincy-in-prison' })).toBe('/process-maps/chaplaincy-in-prison/');
    expect(itemHref({ kind: 'quiz', ref: 'chaplaincy-in-prison' })).toBe('/process-maps/chaplaincy-in-prison/quiz/');
  });
});

describe('pathPosition', () => {
  it('says which step of the path a page is, in path order, and what comes next', () => {
    expect(pathPosition(items, '/process-maps/chaplaincy-in-prison/')).toEqual({
      number: 2,
      total: 4,
      key: 'map:chaplaincy-in-prison',
      title: 'Walk through chaplaincy in prison',
      next: { title: 'Test yourself on chaplaincy in prison', href: '/process-maps/chaplaincy-in-prison/quiz/' },
    });
  });

  it('finds a page with or without its closing slash, and has no next step at the end', () => {
    expect(pathPosition(items, '/guidance/national-standards/10-reviewing-progress')).toMatchObject({
      number: 4,
      next: undefined,
    });
  });

  it('finds nothing for a page not on the path', () => {
    expect(pathPosition(items, '/guidance/national-standards/11-other/')).toBeUndefined();
  });
});

describe('unresolvedItems', () => {
  const known = {
    guidance: new Set(['national-standards/10-reviewing-progress']),
    frameworks: new Set(['national-standards']),
    processes: new Set(['chaplaincy-in-prison']),
  };

  it('finds nothing wrong when every reference exists', () => {
    expect(unresolvedItems(items, known)).toEqual([]);
  });

  it('names each item whose reference is not on the site, and what kind it should be', () => {
    expect(
      unresolvedItems(
        [
          { kind: 'guidance', ref: 'national-standards/99-missing', title: 'Missing page' },
          { kind: 'framework', ref: 'prison-rules', title: 'Prison rules' },
          { kind: 'map', ref: 'recall', title: 'Recall map' },
          { kind: 'quiz', ref: 'recall', title: 'Recall quiz' },
          { kind: 'map', ref: 'national-standards', title: 'A framework is not a map' },
        ],
        known,
      ),
    ).toEqual([
      'src/content/learning-path.yaml: "Missing page": ref: no guidance "national-standards/99-missing" on the site',
      'src/content/learning-path.yaml: "Prison rules": ref: no framework "prison-rules" on the site',
      'src/content/learning-path.yaml: "Recall map": ref: no map "recall" on the site',
      'src/content/learning-path.yaml: "Recall quiz": ref: no quiz "recall" on the site',
      'src/content/learning-path.yaml: "A framework is not a map": ref: no map "national-standards" on the site',
    ]);
  });
});

describe('learningItemSchema', () => {
  it('accepts an item and requires a sentence saying why it is on the path', () => {
    const item = {
      order: 10,
      kind: 'map',
      ref: 'enforcement',
      title: 'Walk through enforcement',
      why: 'See every deadline in order.',
    };
    expect(learningItemSchema.parse(item)).toEqual(item);
    const result = learningItemSchema.safeParse({ ...item, why: 'Because.' });
    expect(result.error!.issues).toEqual([
      expect.objectContaining({ path: ['why'], message: 'must say in a sentence why this step is on the path' }),
    ]);
    expect(learningItemSchema.safeParse({ ...item, kind: 'video' }).success).toBe(false);
  });
});
