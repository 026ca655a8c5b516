// "Download as BPMN 2.0": the map with lanes, tasks, gateways and our layout's coordinates, for bpmn.io or Camunda
// Modeler.
import type { APIRoute } from 'astro';
import { mapBpmnFile } from '../../../lib/process-map/diagram-view';
import { mapPaths, mapView } from '../../../lib/views/maps';

export const getStaticPaths = mapPaths;

export const GET: APIRoute<{ id: string }> = async ({ props }) => {
  const { map, model } = await mapView(props.id);
  return new Response(mapBpmnFile(model, map.title), { headers: { 'Content-Type': 'application/xml' } });
};
