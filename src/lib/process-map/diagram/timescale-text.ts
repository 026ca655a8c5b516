// The timescale badge's words for a step: the one place the diagram reads a timescale, so it can follow the registry.
import { formatTimescale, timescaleParts } from '../../timescale';
import type { Step } from '../model';

/** "within 2 working days", "by working day 6", "every day"; "28 days before release" where the figure alone would mislead. */
export function stepTimescaleText(step: Step): string | undefined {
  const timescale = step.meta.timescale;
  if (!timescale) return undefined;
  if (timescale.qualifier === 'before' || timescale.qualifier === 'after') return formatTimescale(timescale);
  return timescaleParts(timescale)[0];
}
