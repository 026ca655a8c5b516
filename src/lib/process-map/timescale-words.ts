// A step's timescale in words, read through this one function so every view (role pages, journeys) says it the same
// way and a move of timescales to another store changes one place.
import { formatTimescale } from '../timescale';
import type { Step } from './model';

export function stepTimescaleWords(step: Step): string | undefined {
  return step.meta.timescale ? formatTimescale(step.meta.timescale) : undefined;
}
