// "Download as BPMN 2.0": the map with lanes, tasks, gateways and our layout's coordinates, for bpmn.io or Camunda
// Modeler. Built only once the swimlane engine is present (the map page links to it only then).
import type { APIRoute } from 'astro';
import { hasDiagramEngine, mapBpmnFile } from '../../../lib/process-map/diagram-view';
import { describeMachine } from '../../../lib/process-map/model';
import { processes, type ProcessDefinition } from '../../../machines';

export function getStaticPaths() {
  if (!hasDiagramEngine) return [];
  return processes.map((process) => ({ params: { id: process.id }, props: { process } }));
}

export const GET: APIRoute<{ process: ProcessDefinition }> = ({ props }) =>
  new Response(mapBpmnFile(describeMachine(props.process.machine)), {
    headers: { 'Content-Type': 'application/xml' },
  });
