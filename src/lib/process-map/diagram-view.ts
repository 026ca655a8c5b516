// The one place pages get a map's diagram from. Until the swimlane engine (src/lib/process-map/diagram/) lands, it
// draws the existing generated flowchart; the pages and scripts are written against the engine's markup contract.
import { renderFlowchart } from './flowchart-svg';
import { toMermaid } from './mermaid';
import type { ProcessModel } from './model';

export interface DiagramViewOptions {
  idPrefix: string;
  title: string;
  /** Draw only these steps (a guidance page explaining part of a map). */
  steps?: string[];
  /** Makes each box a link, e.g. to the step on the map page. */
  stepHref?: (path: string) => string;
}

export function mapDiagramSvg(model: ProcessModel, options: DiagramViewOptions): string {
  return renderFlowchart(toMermaid(model), options.idPrefix);
}

/** The whole map as a standalone SVG file, for "Download this map (SVG)". */
export function mapDiagramFile(model: ProcessModel, title: string): string {
  const svg = mapDiagramSvg(model, { idPrefix: `map-${model.id}`, title });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.includes('xmlns=') ? svg : svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"')}`;
}
