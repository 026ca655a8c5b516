// "Download as BPMN 2.0": the map with lanes, tasks, gateways and our layout's coordinates, for bpmn.io or Camunda
// Modeler.
import type { APIRoute } from 'astro';
import { mapBpmnFile } from '../../../lib/process-map/diagram-view';
import { describeMachine } from '../../../lib/process-map/model';
import { processes, type ProcessDefinition } from '../../../machines';

export function getStaticPaths() {
  return processes.map((process) => ({ params: { id: process.id }, props: { process } }));
}

export const GET: APIRoute<{ process: ProcessDefinition }> = ({ props }) =>
  new Response(mapBpmnFile(describeMachine(props.process.machine), props.process.title), {
    headers: { 'Content-Type': 'application/xml' },
  });
