// Shows how this page's step stands on the learning path: the styles show the tag PathStep.astro renders for it.
import type { ItemState } from '../../lib/training/progress-peek';

export function showPathStatus(page: Document, state: ItemState): void {
  page.querySelector('[data-path-step]')?.setAttribute('data-state', state);
}
