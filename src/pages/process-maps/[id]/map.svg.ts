// "Download this map (SVG)": the map's diagram as a standalone file, built once per map, with its title, source line
// and the diagram's own stylesheet compiled into it, so it needs nothing from the site to look right.
import type { APIRoute } from 'astro';
import diagramStyles from '../../../styles/_diagram-drawing.scss?inline';
import { mapDiagramFile } from '../../../lib/process-map/diagram-view';
import { mapPaths, mapView } from '../../../lib/views/maps';

export const getStaticPaths = mapPaths;

export const GET: APIRoute<{ id: string }> = async ({ props }) => {
  const { map, model, source } = await mapView(props.id);
  return new Response(mapDiagramFile(model, { title: map.title, source, styles: diagramStyles }), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
