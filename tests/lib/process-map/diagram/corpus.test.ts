// The layout on the benchmark's generated corpus (100 maps of about 30 steps, with decisions, loops and parallel
// strands): every map passes every geometric check, and no map needs more than the ordinary layout.
import { setup } from 'xstate';
import type { AnyStateMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { corpusMachine } from '../../../../scripts/bench-corpus.mjs';
import { diagramGeometryProblems, layoutDiagram, layoutGeometry } from '../../../../src/lib/process-map/diagram';
import { describeMachine } from '../../../../src/lib/process-map/model';

describe('the layout of the generated benchmark corpus', () => {
  const models = Array.from({ length: 100 }, (_, index) =>
    describeMachine(corpusMachine(`benchmark-map-${index + 1}`, 30, setup) as AnyStateMachine),
  );

  it('draws maps with loops and parallel strands, as the real maps have', () => {
    const layout = layoutDiagram(models[0]!);
    expect(layout.connectors.some((connector) => connector.isLoop)).toBe(true);
    expect(layout.gateways.map((gateway) => gateway.kind).sort()).toEqual(['fork', 'join']);
  });

  it('passes every geometric check on all 100 maps', () => {
    const problems = models.flatMap((model) =>
      diagramGeometryProblems(layoutGeometry(model, layoutDiagram(model))).map((problem) => `${model.id}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });
});
