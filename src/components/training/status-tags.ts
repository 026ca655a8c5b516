// How a learning-path step stands, as a GOV.UK tag: on the path itself and on each page of it.
import type { ItemState } from '../../lib/training/progress-peek';

/** How a learning-path step stands, in words. */
export const statusWords = {
  done: 'done',
  'in-progress': 'in progress',
  'not-passed': 'not passed yet',
  'not-started': 'not started',
} as const satisfies Record<ItemState, string>;

export const tagColours: Record<ItemState, string> = {
  done: 'govuk-tag--green',
  'in-progress': 'govuk-tag--light-blue',
  'not-passed': 'govuk-tag--yellow',
  'not-started': 'govuk-tag--blue',
};

/** "not passed yet" → "Not passed yet", for a status read on its own. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
