// The one place pages get a map's diagram from: the swimlane engine's layout (src/lib/process-map/diagram/), worked out
// once per map for the whole build, so the map page, presenter, guidance and downloads all draw the same one.
import { diagramToBpmn, layoutDiagram, renderDiagramSvg, type DiagramLayout, type RenderOptions } from './diagram';
import type { ProcessModel } from './model';

export type DiagramViewOptions = RenderOptions;

const layouts = new Map<string, DiagramLayout>();
function layoutOf(model: ProcessModel): DiagramLayout {
  if (!layouts.has(model.id)) layouts.set(model.id, layoutDiagram(model));
  return layouts.get(model.id)!;
}

export function mapDiagramSvg(model: ProcessModel, options: DiagramViewOptions): string {
  return renderDiagramSvg(layoutOf(model), options);
}

/** The whole map as a standalone SVG file, for "Download this map (SVG)". */
export function mapDiagramFile(model: ProcessModel, title: string): string {
  const svg = mapDiagramSvg(model, { idPrefix: `map-${model.id}`, title });
  const withNamespace = svg.includes('xmlns=') ? svg : svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withNamespace}`;
}

/** The map as BPMN 2.0 XML with our layout's coordinates; the pool is named with the map's title. */
export function mapBpmnFile(model: ProcessModel, title: string): string {
  return diagramToBpmn(model, layoutOf(model), title);
}

/** The viewBox of drawn SVG markup: [x, y, width, height]. */
export function svgViewBox(svg: string): [number, number, number, number] | undefined {
  const match = /<svg\b[^>]*\bviewBox="([^"]+)"/.exec(svg);
  const numbers = match?.[1]!
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  return numbers?.length === 4 && numbers.every(Number.isFinite)
    ? (numbers as [number, number, number, number])
    : undefined;
}

/** Gives the root svg an id, so print tiles can draw it again with <use> instead of copying the markup. */
export function withRootId(svg: string, id: string): string {
  return svg.replace(/<svg\b/, `<svg id="${id}"`);
}

/**
 * Print tiles for a diagram taller than one landscape page: the viewBox of each slice, top to bottom, each as tall as
 * the page allows when the diagram is printed at the page's width (so text is not shrunk to fit the height). The first
 * slice is shorter: it shares its page with the map's title. Ratios are printable height over width on A4 landscape.
 */
export function printTiles(viewBox: [number, number, number, number], pageRatio = 0.62, firstRatio = 0.38): string[] {
  const [x, y, width, height] = viewBox;
  if (height <= width * pageRatio) return [];
  const tiles: string[] = [];
  for (let top = y; top < y + height;) {
    const rest = y + height - top;
    let tileHeight = Math.min(width * (tiles.length === 0 ? firstRatio : pageRatio), rest);
    // A sliver left over joins this slice (printed a little smaller) rather than taking a page of its own.
    if (rest - tileHeight < width * pageRatio * 0.25) tileHeight = rest;
    tiles.push(`${x} ${top} ${width} ${tileHeight}`);
    top += tileHeight;
  }
  return tiles;
}
