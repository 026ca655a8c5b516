// The layout on the benchmark's generated corpus (100 maps of about 30 steps, with decisions, loops and parallel
// strands): every map passes every geometric check and keeps its connectors apart and its labels clear.
import { setup } from 'xstate';
import type { AnyStateMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { corpusMachine } from '../../../../scripts/bench-corpus.mjs';
import {
  diagramGeometryProblems,
  diagramQuality,
  layoutDiagram,
  layoutGeometry,
} from '../../../../src/lib/process-map/diagram';
import { describeMachine } from '../../../../src/lib/process-map/model';

describe('the layout of the generated benchmark corpus', () => {
  const models = Array.from({ length: 100 }, (_, index) =>
    describeMachine(corpusMachine(`benchmark-map-${index + 1}`, 30, setup) as AnyStateMachine),
  );
  const layouts = models.map((model) => layoutDiagram(model));

  it('draws maps with loops and parallel strands, as the real maps have', () => {
    expect(layouts[0]!.connectors.some((connector) => connector.isLoop)).toBe(true);
    expect(layouts[0]!.gateways.map((gateway) => gateway.kind).sort()).toEqual(['fork', 'join']);
  });

  it('passes every geometric check on all 100 maps', () => {
    const problems = models.flatMap((model, index) =>
      diagramGeometryProblems(layoutGeometry(model, layouts[index]!)).map((problem) => `${model.id}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('keeps connectors apart, out of boxes and off other labels on all 100 maps', () => {
    for (const layout of layouts) {
      const quality = diagramQuality(layout);
      expect(quality.crowdedPx + quality.overlapPx + quality.throughBox + quality.labelsTouched, layout.id).toBe(0);
    }
  });
});
