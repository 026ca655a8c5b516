// A step's timescale in words, with the registry's notes, read through this one function so every view (role pages,
// journeys) says it the same way.
import { timescaleWithNotes } from '../timescales/registry';
import type { Step } from './model';

export function stepTimescaleWords(step: Step): string | undefined {
  return step.meta.timescale ? timescaleWithNotes(step.meta.timescale) : undefined;
}
