// The walk-through in the learner's progress: the place to carry on from, and a walk to an end of the map done on the
// learning path. Reading is a peek; the progress store's own module loads only when there is something to save. Keep
// this the only dynamic import outside the machine loader: another page importing on demand would move Vite's preload
// helper out of the map page's chunk into a file of its own, costing the map page's 25 KB budget some 300 bytes.
import { leafPaths } from '../../lib/process-map/walk';
import { browserStorage, peekProgress, showPathStatus } from '../training/storage';
import type { TrailEntry, WalkSession } from './session';

/**
 * Shows how the map stands on the learning path and returns the walk under way from an earlier visit (undefined when
 * there is none or it cannot be read).
 */
export function loadWalkProgress(page: Document, mapId: string): TrailEntry[] | undefined {
  const progress = peekProgress(page);
  const stops = progress?.walks?.[mapId];
  showPathStatus(page, progress?.done?.[`map:${mapId}`] ? 'done' : stops ? 'in-progress' : 'not-started');
  try {
    return stops?.map(({ value, choice }) => ({ value, paths: leafPaths(value), choice }));
  } catch {
    return undefined;
  }
}

/** Saves where the walk is; at an end of the map, marks the map done instead. */
export function recordWalk(page: Document, mapId: string, session: WalkSession): void {
  const stops = session.trail.map(({ value, choice }) => ({ value, choice }));
  const isDone = session.isDone;
  void import('../../lib/training/progress').then((store) => {
    store.updateProgress(browserStorage(page), (progress) =>
      isDone ? store.finishWalk(progress, mapId, store.today()) : store.rememberWalk(progress, mapId, stops),
    );
    if (isDone) showPathStatus(page, 'done');
  });
}
