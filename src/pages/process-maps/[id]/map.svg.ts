// "Download this map (SVG)": the map's diagram as a standalone file, built once per map, with its title, source line
// and the diagram's own stylesheet compiled into it, so it needs nothing from the site to look right.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import diagramStyles from '../../../styles/_diagram-drawing.scss?inline';
import { mapDiagramFile, mapSourceLine } from '../../../lib/process-map/diagram-view';
import { describeMachine } from '../../../lib/process-map/model';
import { processes, type ProcessDefinition } from '../../../machines';

export function getStaticPaths() {
  return processes.map((process) => ({ params: { id: process.id }, props: { process } }));
}

export const GET: APIRoute<{ process: ProcessDefinition }> = async ({ props: { process } }) => {
  const framework = await getEntry('frameworks', process.framework);
  const source = mapSourceLine(process, framework?.data.title);
  return new Response(
    mapDiagramFile(describeMachine(process.machine), { title: process.title, source, styles: diagramStyles }),
    { headers: { 'Content-Type': 'image/svg+xml' } },
  );
};
