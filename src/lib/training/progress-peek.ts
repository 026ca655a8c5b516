// A first look at the saved learning progress, for pages that only show it or keep a place in it (home, a map page):
// the storage key, the version and a read that never throws. Checking, migrating and saving live in ./progress.ts.
import type { Progress } from './progress';

export const progressKey = 'hmpps-guidance-maps:progress';
export const progressVersion = 2;

/** The saved progress when it is of this version, unchecked beyond that; anything else (or nothing) is undefined. */
export function peekProgress(storage: Pick<Storage, 'getItem'> | undefined): Partial<Progress> | undefined {
  try {
    const data = JSON.parse(storage?.getItem(progressKey) ?? 'null') as Partial<Progress> | null;
    return data?.version === progressVersion ? data : undefined;
  } catch {
    return undefined;
  }
}

export type ItemState = 'done' | 'not-passed' | 'in-progress' | 'not-started';
