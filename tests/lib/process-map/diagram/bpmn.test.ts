// The BPMN 2.0 export opens in BPMN tools: bpmn-moddle reads it without warnings, with every step, transition and
// lane, and a DI shape or edge for each.
import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { diagramToBpmn, layoutDiagram, modelTransitions } from '../../../../src/lib/process-map/diagram';
import { bpmnId } from '../../../../src/lib/process-map/diagram/bpmn';
import { describeMachine } from '../../../../src/lib/process-map/model';
import { processes } from '../../../../src/machines';

interface Element {
  $type: string;
  id: string;
  name?: string;
  sourceRef?: Element;
  targetRef?: Element;
  flowElements?: Element[];
  laneSets?: { lanes: (Element & { flowNodeRef: Element[] })[] }[];
  bpmnElement?: Element;
  bounds?: { x: number; y: number; width: number; height: number };
  waypoint?: unknown[];
  planeElement?: Element[];
  rootElements?: Element[];
  diagrams?: { plane: Element }[];
}

describe.each(processes.map((process) => [process.id, process] as const))('the BPMN export of %s', (_id, process) => {
  const model = describeMachine(process.machine);
  const xml = diagramToBpmn(model, layoutDiagram(model), process.title);

  it('parses as BPMN 2.0 with no warnings, with every step in its lane and every transition as sequence flows', async () => {
    const { rootElement, warnings } = (await new BpmnModdle().fromXML(xml)) as unknown as {
      rootElement: Element;
      warnings: unknown[];
    };
    expect(warnings).toEqual([]);
    const bpmnProcess = rootElement.rootElements!.find((element) => element.$type === 'bpmn:Process')!;
    const elements = new Map(bpmnProcess.flowElements!.map((element) => [element.id, element]));
    for (const step of model.steps) {
      const element = elements.get(bpmnId('Step', step.path));
      expect(element?.name, step.path).toBe(step.meta.title);
      const lane = bpmnProcess.laneSets![0]!.lanes.find((candidate) => candidate.flowNodeRef.includes(element!));
      expect(lane?.id).toBe(bpmnId('Lane', step.meta.lane));
    }
    if (model.steps.some((step) => step.meta.kind === 'decision'))
      expect([...elements.values()].some((element) => element.$type === 'bpmn:ExclusiveGateway')).toBe(true);
    const flows = [...elements.values()].filter((element) => element.$type === 'bpmn:SequenceFlow');
    const reaches = (from: string, to: string) =>
      flows.some(
        (flow) =>
          flow.sourceRef!.id === from &&
          (flow.targetRef!.id === to ||
            (flow.targetRef!.$type === 'bpmn:ParallelGateway' &&
              flows.some((next) => next.sourceRef === flow.targetRef && next.targetRef!.id === to))),
      );
    for (const transition of modelTransitions(model))
      expect(
        reaches(bpmnId('Step', transition.from), bpmnId('Step', transition.to)),
        `${transition.from} → ${transition.to}`,
      ).toBe(true);

    const drawn = new Map(
      rootElement.diagrams![0]!.plane.planeElement!.map((shape) => [shape.bpmnElement!.id, shape] as const),
    );
    for (const element of elements.values()) {
      const shape = drawn.get(element.id);
      expect(shape?.bpmnElement?.id, `DI for ${element.id}`).toBe(element.id);
      if (element.$type === 'bpmn:SequenceFlow') expect(shape!.waypoint!.length).toBeGreaterThanOrEqual(2);
      else expect(shape!.bounds!.width, element.id).toBeGreaterThan(0);
    }
  });
});
