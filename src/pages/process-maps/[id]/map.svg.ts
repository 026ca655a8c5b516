// "Download this map (SVG)": the map's diagram as a standalone file, built once per map.
import type { APIRoute } from 'astro';
import { mapDiagramFile } from '../../../lib/process-map/diagram-view';
import { describeMachine } from '../../../lib/process-map/model';
import { processes, type ProcessDefinition } from '../../../machines';

export function getStaticPaths() {
  return processes.map((process) => ({ params: { id: process.id }, props: { process } }));
}

export const GET: APIRoute<{ process: ProcessDefinition }> = ({ props }) =>
  new Response(mapDiagramFile(describeMachine(props.process.machine), props.process.title), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
