// Every real process map lays out as a clean swimlane diagram: the geometric checks find nothing wrong.
import { describe, expect, it } from 'vitest';
import { diagramGeometryProblems, layoutDiagram, layoutGeometry } from '../../../../src/lib/process-map/diagram';
import { describeMachine } from '../../../../src/lib/process-map/model';
import { processes } from '../../../../src/machines';

describe.each(processes.map((process) => [process.id, process] as const))('the %s diagram', (_id, process) => {
  const model = describeMachine(process.machine);
  const layout = layoutDiagram(model);

  it('passes every geometric check: no overlaps, boxes in their lanes, text inside boxes, one connector per transition', () => {
    expect(diagramGeometryProblems(layoutGeometry(model, layout))).toEqual([]);
  });
});
