// Step numbers: 1 to N in the order the process flows, as the diagram draws it, row by row from the top and left to
// right within a row. One number per step, which every view shows: the box, the procedure, the walk-through, presenter
// mode and search.
import { arrange } from './diagram/layout';
import type { FlowModel } from './diagram/graph';

/** Each step's number, from the rows and order of the diagram's layout. */
export function flowNumbers(model: FlowModel): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const row of arrange(model).ordering.rows)
    for (const item of row) if (item.kind === 'step') numbers.set(item.id, numbers.size + 1);
  return numbers;
}
