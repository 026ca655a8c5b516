// The one place pages get a map's diagram from. It draws with the swimlane engine (src/lib/process-map/diagram/) when
// that module is present; until it lands it falls back to the existing generated flowchart, adding nothing to it. The
// pages and browser scripts are written against the engine's markup contract (data-step, data-from, data-to, ...).
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

interface DiagramEngine {
  layoutDiagram(model: ProcessModel): unknown;
  renderDiagramSvg(layout: unknown, options: DiagramViewOptions): string;
  diagramToBpmn(model: ProcessModel, layout: unknown): string;
}

// Eager, so the build fails loudly if the engine is present but broken; an empty match means it has not landed yet.
const engine = Object.values(import.meta.glob<DiagramEngine>('./diagram/index.ts', { eager: true }))[0];

/** Whether the swimlane engine is present (BPMN export and the diagram's interaction hooks depend on it). */
export const hasDiagramEngine = engine !== undefined;

// One layout per map for the whole build: the map page, presenter, guidance and downloads all draw the same one.
const layouts = new Map<string, unknown>();
function layoutOf(model: ProcessModel, draw: DiagramEngine): unknown {
  if (!layouts.has(model.id)) layouts.set(model.id, draw.layoutDiagram(model));
  return layouts.get(model.id);
}

export function mapDiagramSvg(model: ProcessModel, options: DiagramViewOptions): string {
  if (engine) return engine.renderDiagramSvg(layoutOf(model, engine), options);
  return renderFlowchart(toMermaid(model), options.idPrefix);
}

/** The whole map as a standalone SVG file, for "Download this map (SVG)". */
export function mapDiagramFile(model: ProcessModel, title: string): string {
  const svg = mapDiagramSvg(model, { idPrefix: `map-${model.id}`, title });
  const withNamespace = svg.includes('xmlns=') ? svg : svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withNamespace}`;
}

/** The map as BPMN 2.0 XML with our layout's coordinates, or nothing until the engine has landed. */
export function mapBpmnFile(model: ProcessModel): string | undefined {
  return engine?.diagramToBpmn(model, layoutOf(model, engine));
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
