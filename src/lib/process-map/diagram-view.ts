// The one place pages get a map's diagram from: the swimlane engine's layout (src/lib/process-map/diagram/), worked out
// once per map for the whole build, so the map page, presenter, guidance and downloads all draw the same one.
import { formatDay } from '../history';
import { escapeHtml } from '../escape';
import { siteName } from '../site';
import { diagramToBpmn, layoutDiagram, renderDiagramSvg, type DiagramLayout, type RenderOptions } from './diagram';
import { wrapText } from './diagram/text';
import { processMapHref } from './href';
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

/** The id of the map page's diagram, which its print copy draws again with <use>. */
export const mapDiagramRootId = (id: string) => `map-${id}-diagram`;

/** The whole map's viewBox, [x, y, width, height], as mapDiagramSvg draws it. */
export function mapDiagramViewBox(model: ProcessModel): [number, number, number, number] {
  const { width, height } = layoutOf(model);
  return [0, 0, width, height];
}

/** The smallest text in the diagram, in its own units (px at full size). */
export function smallestTextSize(model: ProcessModel): number {
  return Math.min(...Object.values(layoutOf(model).fontSizes));
}

/**
 * What a dashed box means, for a map with steps whose actor the source does not name (each is drawn in the lane of the
 * step that hands over to it): said under the diagram on the page, in print and in the downloaded files.
 */
export function unnamedStepsKey(model: ProcessModel): string | undefined {
  const boxes = layoutOf(model).boxes.filter((box) => box.drawnLane !== box.lane);
  if (!boxes.length) return undefined;
  return (
    'A dashed box is a step the source does not say who does. It is drawn in the column of a step it connects to, ' +
    'but the source does not name that role as doing it.'
  );
}

/** "Written from <document>. <site>, <address>, updated <day>.": where a printed or downloaded map comes from. */
export function mapSourceLine(process: { id: string; lastUpdated?: string }, documentTitle?: string): string {
  const updated = process.lastUpdated ? `, updated ${formatDay(process.lastUpdated)}` : '';
  return [documentTitle && `Written from ${documentTitle}.`, `${siteName}, ${processMapHref(process.id)}${updated}.`]
    .filter(Boolean)
    .join(' ');
}

export interface DiagramFileOptions {
  title: string;
  /** The line under the title saying where the map comes from (mapSourceLine). */
  source: string;
  /** The diagram's own stylesheet, compiled (src/styles/_diagram-drawing.scss): the file must not need the site's. */
  styles: string;
  /**
   * The diagram's font, each weight as a data: URL, carried in the file: the build measured every label with this
   * font, and another one (a computer without it) runs words past their boxes.
   */
  fonts?: readonly { weight: 400 | 700; url: string }[];
}

const filePadding = 16;
const fileText = { title: { size: 20, lineHeight: 26 }, source: { size: 16, lineHeight: 20 } };

/**
 * The whole map as a standalone SVG file, for "Download this map (SVG)": the diagram as drawn on the site, under its
 * title and source line, with its styles inside, on a white background, so it looks the same opened alone in a
 * browser, Inkscape or a Word document.
 */
export function mapDiagramFile(model: ProcessModel, options: DiagramFileOptions): string {
  const svg = mapDiagramSvg(model, { idPrefix: `map-${model.id}`, title: options.title });
  const [, , width, height] = svgViewBox(svg) ?? [0, 0, 0, 0];
  let y = filePadding;
  const block = (text: string, kind: keyof typeof fileText, weight: 'regular' | 'bold') => {
    const { size, lineHeight } = fileText[kind];
    const spans = wrapText(text, width - 2 * filePadding, size, weight).map((line) => {
      y += lineHeight;
      return `<tspan x="${filePadding}" y="${y - (lineHeight - size) / 2 - size * 0.2}">${escapeHtml(line)}</tspan>`;
    });
    return `<text class="app-diagram__file-${kind}" font-size="${size}">${spans.join('')}</text>`;
  };
  const title = block(options.title, 'title', 'bold');
  y += 4;
  const source = block(options.source, 'source', 'regular');
  const key = unnamedStepsKey(model);
  const keyLines = key ? block(key, 'source', 'regular') : '';
  const top = Math.ceil(y + filePadding / 2);
  const total = top + height;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" class="app-diagram" viewBox="0 0 ${width} ${total}" width="${width}" height="${total}" role="img" aria-labelledby="map-file-title map-file-source">` +
    `<title id="map-file-title">${escapeHtml(options.title)}</title>` +
    `<desc id="map-file-source">${escapeHtml(options.source)}</desc>` +
    `<style><![CDATA[${[...fontFaces(options.fonts ?? []), options.styles].join('').replaceAll(']]>', '')}]]></style>` +
    `<rect class="app-diagram__file-background" width="${width}" height="${total}"/>` +
    title +
    source +
    keyLines +
    svg.replace(/<svg\b/, `<svg x="0" y="${top}"`) +
    `</svg>\n`
  );
}

/** @font-face rules for the diagram's font, from data: URLs. */
function fontFaces(fonts: readonly { weight: number; url: string }[]): string[] {
  return fonts.map(
    ({ weight, url }) =>
      `@font-face{font-family:'Atkinson Hyperlegible';font-style:normal;font-weight:${weight};src:url(${url}) format('woff2')}`,
  );
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

/** Gives the root svg an id, so the print copy can draw it again with <use> instead of copying the markup. */
export function withRootId(svg: string, id: string): string {
  return svg.replace(/<svg\b/, `<svg id="${id}"`);
}

export type PrintPage = `${'a4' | 'a3'}-${'portrait' | 'landscape'}`;

export interface PrintSheet {
  /** The named @page the diagram prints on (src/styles/_print.scss). */
  page: PrintPage;
  /** The diagram's printed size. */
  widthMm: number;
  heightMm: number;
  /** The size its smallest text prints at. */
  textPoints: number;
}

/** Below this, printed labels are hard to read; the diagram moves to A3 rather than shrink further. */
export const minimumPrintPoints = 7;
const paper = { a4: [210, 297], a3: [297, 420] } as const;
const printMarginMm = 8;
/** Room above the picture for the map's title and source line. */
const printCaptionMm = 20;
const pointsPerMm = 72 / 25.4;

/**
 * The page a diagram prints on, whole, as one picture: A4 in the orientation that prints it larger, or A3 when its
 * text would otherwise print smaller than `minimumPrintPoints`. Never sliced across pages.
 */
export function printSheet(viewBox: readonly number[], smallestText: number): PrintSheet {
  const [, , width = 1, height = 1] = viewBox;
  const best = (size: keyof typeof paper): PrintSheet =>
    (['portrait', 'landscape'] as const)
      .map((orientation) => {
        const [short, long] = paper[size];
        const [pageWidth, pageHeight] = orientation === 'portrait' ? [short, long] : [long, short];
        const mmPerUnit = Math.min(
          (pageWidth - 2 * printMarginMm) / width,
          (pageHeight - 2 * printMarginMm - printCaptionMm) / height,
        );
        return {
          page: `${size}-${orientation}` as const,
          widthMm: Math.floor(width * mmPerUnit * 10) / 10,
          heightMm: Math.floor(height * mmPerUnit * 10) / 10,
          textPoints: smallestText * mmPerUnit * pointsPerMm,
        };
      })
      .reduce((larger, sheet) => (sheet.textPoints > larger.textPoints ? sheet : larger));
  const a4 = best('a4');
  return a4.textPoints >= minimumPrintPoints ? a4 : best('a3');
}
