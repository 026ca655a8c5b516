// The layout on ten maps from the benchmark's generator, from 4 to 50 steps: straight runs, decisions, loops back and
// (from 20 steps) parallel strands, as the real maps have. Every one passes every geometric check and keeps its
// connectors apart and its labels clear. `npm run bench` checks all 100 maps of its corpus the same way.
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

const sizes = [4, 8, 10, 12, 15, 20, 25, 30, 40, 50];

describe('the layout of generated maps of every size', () => {
  const models = sizes.map((steps) =>
    describeMachine(corpusMachine(`benchmark-map-${steps}`, steps, setup) as AnyStateMachine),
  );
  const layouts = models.map((model) => layoutDiagram(model));

  it('draws maps with loops and parallel strands, as the real maps have', () => {
    const thirtySteps = layouts[sizes.indexOf(30)]!;
    expect(thirtySteps.connectors.filter((connector) => connector.isLoop)).toHaveLength(2);
    expect(thirtySteps.gateways.map((gateway) => gateway.kind).sort()).toEqual(['fork', 'join']);
    expect(layouts[0]!.gateways).toEqual([]);
    expect(layouts[0]!.connectors.some((connector) => connector.isLoop)).toBe(false);
  });

  it.each(sizes.map((steps, index) => [steps, index]))(
    'passes every geometric check on the %i-step map',
    (_, index) => {
      expect(diagramGeometryProblems(layoutGeometry(models[index]!, layouts[index]!))).toEqual([]);
    },
  );

  it.each(sizes.map((steps, index) => [steps, index]))(
    'keeps connectors apart, out of boxes and off other labels on the %i-step map',
    (_, index) => {
      const quality = diagramQuality(layouts[index]!);
      expect(quality.crowdedPx + quality.overlapPx + quality.throughBox + quality.labelsTouched).toBe(0);
    },
  );
});
