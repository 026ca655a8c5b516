// "Download this map (SVG)": the map's diagram as a standalone file, built once per map, with its title, source line,
// the diagram's own stylesheet compiled into it and its font carried inside, so it needs nothing from the site to look
// right.
import type { APIRoute } from 'astro';
import diagramStyles from '../../../styles/_diagram-drawing.scss?inline';
import regularFont from '../../../../public/fonts/atkinson-hyperlegible-latin-400-normal.woff2?inline';
import boldFont from '../../../../public/fonts/atkinson-hyperlegible-latin-700-normal.woff2?inline';
import { mapDiagramFile } from '../../../lib/process-map/diagram-view';
import { mapPaths, mapView } from '../../../lib/views/maps';

export const getStaticPaths = mapPaths;

const fonts = [
  { weight: 400, url: regularFont },
  { weight: 700, url: boldFont },
] as const;

export const GET: APIRoute<{ id: string }> = async ({ props }) => {
  const { map, model, source } = await mapView(props.id);
  return new Response(mapDiagramFile(model, { title: map.title, source, styles: diagramStyles, fonts }), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
