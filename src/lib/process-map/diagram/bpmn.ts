// Exports a process map as BPMN 2.0 XML, with lanes, tasks, gateways, sequence flows and our layout as BPMN DI, so it
// opens in bpmn.io or Camunda Modeler looking like the diagram on the site.
import type { ProcessModel } from '../model';
import type { DiagramLayout, Point, Rect } from './types';
import { escapeHtml } from '../../html-entities';

const n = (value: number) => String(Math.round(value * 10) / 10);
/** A BPMN id (an XML NCName) for a step path, gateway or lane. */
export const bpmnId = (kind: string, name: string) => `${kind}_${name.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

function bounds(rect: Rect): string {
  return `<dc:Bounds x="${n(rect.x)}" y="${n(rect.y)}" width="${n(rect.width)}" height="${n(rect.height)}"/>`;
}

function centred(rect: Rect, size: number): Rect {
  return { x: rect.x + (rect.width - size) / 2, y: rect.y + (rect.height - size) / 2, width: size, height: size };
}

/**
 * BPMN for the map: a start step with one way on is a start event, an end step an end event, a decision an exclusive
 * gateway (named with the question), other steps tasks (their options become conditional flows), and fork and join
 * bars parallel gateways.
 */
export function diagramToBpmn(model: ProcessModel, layout: DiagramLayout, title = model.id): string {
  const processId = bpmnId('Process', model.id);
  const boxByPath = new Map(layout.boxes.map((box) => [box.path, box]));
  const elements: string[] = [];
  const shapes: string[] = [];
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  const flows: {
    id: string;
    source: string;
    target: string;
    name?: string;
    isConditional: boolean;
    points: Point[];
  }[] = [];
  const seenFlows = new Set<string>();

  const gatewayId = (kind: string, group: string, at: string) =>
    bpmnId(kind === 'fork' ? 'Fork' : 'Join', `${group}.${at}`);
  for (const connector of layout.connectors) {
    const from = bpmnId('Step', connector.from);
    const to = bpmnId('Step', connector.to);
    const step = model.steps.find((candidate) => candidate.path === connector.from)!;
    const isChoice = new Set(step.outcomes.map((outcome) => outcome.event)).size > 1;
    const isConditional = isChoice && step.meta.kind !== 'decision';
    const add = (source: string, target: string, points: Point[], name?: string, conditional = false) => {
      const id = bpmnId('Flow', `${source}.${target}.${connector.event}`);
      if (seenFlows.has(`${source}\u0000${target}`)) return;
      seenFlows.add(`${source}\u0000${target}`);
      flows.push({ id, source, target, name, isConditional: conditional, points });
      outgoing.set(source, [...(outgoing.get(source) ?? []), id]);
      incoming.set(target, [...(incoming.get(target) ?? []), id]);
    };
    if (connector.gateway) {
      const at = connector.gateway.kind === 'fork' ? connector.from : connector.to;
      const gateway = gatewayId(connector.gateway.kind, connector.gateway.group, at);
      add(from, gateway, connector.legs[0]!, isChoice ? connector.label : undefined, isConditional);
      add(gateway, to, connector.legs[1]!);
    } else add(from, to, connector.points, connector.label, isConditional);
  }

  const refs = (id: string) =>
    [
      ...(incoming.get(id) ?? []).map((flow) => `<bpmn:incoming>${flow}</bpmn:incoming>`),
      ...(outgoing.get(id) ?? []).map((flow) => `<bpmn:outgoing>${flow}</bpmn:outgoing>`),
    ].join('');

  for (const step of model.steps) {
    const id = bpmnId('Step', step.path);
    const box = boxByPath.get(step.path)!;
    const events = new Set(step.outcomes.map((outcome) => outcome.event));
    const name = escapeHtml(step.meta.title);
    let element: string;
    let rect = box.rect;
    if (step.meta.kind === 'start' && events.size <= 1) {
      element = 'startEvent';
      rect = centred(box.rect, 36);
    } else if (step.meta.kind === 'end') {
      element = 'endEvent';
      rect = centred(box.rect, 36);
    } else if (step.meta.kind === 'decision') {
      element = 'exclusiveGateway';
      rect = centred(box.rect, 50);
    } else element = 'task';
    elements.push(`<bpmn:${element} id="${id}" name="${name}">${refs(id)}</bpmn:${element}>`);
    const label = rect === box.rect ? '' : `<bpmndi:BPMNLabel>${bounds(box.labelRect)}</bpmndi:BPMNLabel>`;
    shapes.push(`<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}">${bounds(rect)}${label}</bpmndi:BPMNShape>`);
  }
  const gatewayIds = new Set<string>();
  for (const connector of layout.connectors) {
    if (!connector.gateway) continue;
    const at = connector.gateway.kind === 'fork' ? connector.from : connector.to;
    const id = gatewayId(connector.gateway.kind, connector.gateway.group, at);
    if (gatewayIds.has(id)) continue;
    gatewayIds.add(id);
    const bar = layout.gateways.find(
      (gateway) => gateway.kind === connector.gateway!.kind && gateway.group === connector.gateway!.group,
    )!;
    elements.push(`<bpmn:parallelGateway id="${id}">${refs(id)}</bpmn:parallelGateway>`);
    shapes.push(`<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}">${bounds(bar.rect)}</bpmndi:BPMNShape>`);
  }
  for (const flow of flows) {
    const condition = flow.isConditional
      ? `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${escapeHtml(flow.name ?? '')}</bpmn:conditionExpression>`
      : '';
    elements.push(
      `<bpmn:sequenceFlow id="${flow.id}" sourceRef="${flow.source}" targetRef="${flow.target}"${flow.name ? ` name="${escapeHtml(flow.name)}"` : ''}>${condition}</bpmn:sequenceFlow>`,
    );
    const connector = layout.connectors.find((candidate) => candidate.legs.includes(flow.points));
    const label =
      flow.name && connector?.labelRect ? `<bpmndi:BPMNLabel>${bounds(connector.labelRect)}</bpmndi:BPMNLabel>` : '';
    shapes.push(
      `<bpmndi:BPMNEdge id="${flow.id}_di" bpmnElement="${flow.id}">${flow.points.map((point) => `<di:waypoint x="${n(point.x)}" y="${n(point.y)}"/>`).join('')}${label}</bpmndi:BPMNEdge>`,
    );
  }

  const lanes = layout.lanes.map((lane) => {
    const id = bpmnId('Lane', lane.role);
    const members = model.steps.filter((step) => step.meta.lane === lane.role).map((step) => bpmnId('Step', step.path));
    shapes.unshift(
      `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}" isHorizontal="false">${bounds(lane.band)}</bpmndi:BPMNShape>`,
    );
    return `<bpmn:lane id="${id}" name="${escapeHtml(lane.label)}">${members.map((member) => `<bpmn:flowNodeRef>${member}</bpmn:flowNodeRef>`).join('')}</bpmn:lane>`;
  });
  const participant = bpmnId('Participant', model.id);
  shapes.unshift(
    `<bpmndi:BPMNShape id="${participant}_di" bpmnElement="${participant}" isHorizontal="false">${bounds({ x: 0, y: 0, width: layout.width, height: layout.height })}</bpmndi:BPMNShape>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    `  id="${bpmnId('Definitions', model.id)}" targetNamespace="urn:hmpps-guidance:process-maps">`,
    `<bpmn:collaboration id="${bpmnId('Collaboration', model.id)}"><bpmn:participant id="${participant}" name="${escapeHtml(title)}" processRef="${processId}"/></bpmn:collaboration>`,
    `<bpmn:process id="${processId}" isExecutable="false">`,
    `<bpmn:laneSet id="${bpmnId('LaneSet', model.id)}">${lanes.join('')}</bpmn:laneSet>`,
    ...elements,
    '</bpmn:process>',
    `<bpmndi:BPMNDiagram id="${bpmnId('Diagram', model.id)}"><bpmndi:BPMNPlane id="${bpmnId('Plane', model.id)}" bpmnElement="${bpmnId('Collaboration', model.id)}">`,
    ...shapes,
    '</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>',
    '</bpmn:definitions>',
    '',
  ].join('\n');
}
