// "Download this map (SVG)": the map's diagram as a standalone file, built once per map, with its title, source line,
// the diagram's own stylesheet compiled into it and its font carried inside, so it needs nothing from the site to look
// right.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import diagramStyles from '../../../styles/_diagram-drawing.scss?inline';
import regularFont from '../../../../public/fonts/atkinson-hyperlegible-latin-400-normal.woff2?inline';
import boldFont from '../../../../public/fonts/atkinson-hyperlegible-latin-700-normal.woff2?inline';
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
    mapDiagramFile(describeMachine(process.machine), {
      title: process.title,
      source,
      styles: diagramStyles,
      fonts: [
        { weight: 400, url: regularFont },
        { weight: 700, url: boldFont },
      ],
    }),
    { headers: { 'Content-Type': 'image/svg+xml' } },
  );
};
