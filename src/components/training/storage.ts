// The browser's localStorage, or nothing where the browser refuses it (private modes, blocked storage), and the two
// things every page of the learning path does with it before anything else: peek at the progress, show its status.
// (One module, so the map page gains no script files of its own for them: see walk-progress.ts.)
import { peekProgress as peek, type ItemState } from '../../lib/training/progress-peek';

export function browserStorage(page: Document): Storage | undefined {
  try {
    return page.defaultView?.localStorage;
  } catch {
    return undefined;
  }
}

/** The saved progress when it is of this version, unchecked beyond that. */
export function peekProgress(page: Document) {
  return peek(browserStorage(page));
}

/** "Step 4 of 16 on your learning path": names how the step stands, and the styles show its tag (PathStep.astro). */
export function showPathStatus(page: Document, state: ItemState): void {
  page.querySelector('[data-path-step]')?.setAttribute('data-state', state);
}
