// ```mermaid blocks in guidance MDX become a figure at build time: Mermaid's own drawing as inline SVG, styled by the
// site's stylesheet, with the diagram's text beside it. The drawing itself is done elsewhere (a `render` function
// handed in: src/integrations/mermaid-renderer.ts); this module checks the block, cleans the drawing and writes the HTML.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { decodeEntities, escapeHtml } from '../escape';
import { expandTimescaleTokens, timescaleTokenProblems, withoutTimescaleTokens } from '../timescales/phrase';
import { findTimeAmounts, lineOf } from './time-amounts';

/** What drawing a diagram gives back: Mermaid's SVG, or Mermaid's error message. */
export type Drawing = { svg: string } | { error: string };
export type RenderDiagram = (text: string) => Promise<Drawing>;

/** A problem with a diagram, at a line of the diagram's text (1 is the line after the ```mermaid fence). */
export interface DiagramProblem {
  line: number;
  message: string;
}

export const needsTitleAndDescription =
  'every diagram needs a title and a description: add `accTitle: ...` (what it shows, in a few words) and ' +
  '`accDescr: ...` (what it says, in a sentence or two) on the lines after its first line';

/** The kinds of diagram the site's stylesheet draws in its colours; others would lose Mermaid's colours and show black. */
const styledDiagram = /^\s*(?:flowchart|graph)\b/;

/**
 * Problems found in the text before drawing: a diagram kind the stylesheet does not style, colours written into the
 * diagram (the site's stylesheet gives every diagram its colours), a timescale token that names no registry entry,
 * and a time amount typed in (it would be a second copy of the registry's: write `{{id}}` instead).
 */
export function diagramTextProblems(text: string): DiagramProblem[] {
  const problems: DiagramProblem[] = [];
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() && !line.trim().startsWith('%%'));
  if (first >= 0 && !styledDiagram.test(lines[first]!))
    problems.push({
      line: first + 1,
      message: 'the site draws flowcharts only: start the diagram with `flowchart TD` (or LR)',
    });
  lines.forEach((line, index) => {
    if (/^\s*(?:style|classDef|linkStyle|class)\s/.test(line) || /:::/.test(line))
      problems.push({
        line: index + 1,
        message:
          'a diagram takes the site’s colours from its stylesheet: remove `style`, `classDef`, `class` and `:::`',
      });
    for (const message of timescaleTokenProblems(line)) problems.push({ line: index + 1, message });
  });
  const withoutTokens = withoutTimescaleTokens(text);
  for (const amount of findTimeAmounts(withoutTokens))
    problems.push({
      line: lineOf(withoutTokens, amount.index, 1),
      message:
        `"${amount.text}" is a time amount typed into a diagram: write {{id}} (or {{id|short}}) naming its entry in ` +
        'src/lib/timescales/registry.ts, or leave the amount out and give it beside the diagram with <Timescale id="...">',
    });
  return problems.sort((first, second) => first.line - second.line);
}

/** The diagram's line Mermaid's error points at ("Parse error on line 4: ..."), if it says. */
export function errorLine(message: string): number | undefined {
  const match = /\bon line (\d+)/i.exec(message);
  return match ? Number(match[1]) : undefined;
}

/**
 * Mermaid draws a decision `{...}` as a polygon with its corners at the middle of each side, and gives it no class
 * saying so; the stylesheet colours decisions as the process maps do, so this tells one from other polygons.
 */
export function isRhombus(points: string): boolean {
  const corners = points
    .trim()
    .split(/\s+/)
    .map((pair) => pair.split(',').map(Number));
  if (corners.length !== 4 || corners.some((corner) => corner.length !== 2 || corner.some(Number.isNaN))) return false;
  type Point = [x: number, y: number];
  const [top, right, bottom, left] = corners as [Point, Point, Point, Point];
  const close = (first: number, second: number) => Math.abs(first - second) < 0.01;
  return (
    close(top[1], 0) &&
    close(left[0], 0) &&
    close(right[0], 2 * top[0]) &&
    close(bottom[0], top[0]) &&
    close(right[1], left[1])
  );
}

/** Mermaid's drawing, made fit to sit in a page under the site's Content-Security-Policy. */
export interface CleanDrawing {
  svg: string;
  title: string;
  width: number;
}

/**
 * Mermaid's SVG with everything the page must not carry taken out: its `<style>` element and `style` attributes (the
 * Content-Security-Policy refuses inline styles; the site's stylesheet styles the drawing), the layout data it keeps
 * for its own editor, and its role description ("flowchart-v2"). The drawing becomes one image named by its
 * `<title>` and described by its `<desc>` (from accTitle and accDescr); its ids take the page's prefix `id`.
 * Returns undefined when the drawing has no title or no description.
 */
export function cleanDrawing(svg: string, drawingId: string, id: string): CleanDrawing | undefined {
  const title = /<title id="([^"]+)">([^<]*)<\/title>/.exec(svg);
  const description = /<desc id="([^"]+)">([^<]*)<\/desc>/.exec(svg);
  if (!title?.[2]?.trim() || !description?.[2]?.trim()) return undefined;
  const cleaned = svg
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/\s(?:style|data-points|data-look|data-et|data-edge)="[^"]*"/g, '')
    .replace(/\saria-roledescription="[^"]*"/, '')
    .replace(/\srole="graphics-document document"/, ' role="img"')
    .replace(/<polygon points="([^"]*)"/g, (polygon, points: string) =>
      isRhombus(points) ? `${polygon} class="app-mermaid__decision"` : polygon,
    )
    .replaceAll(drawingId, id);
  const width = Number(/<svg\b[^>]*\swidth="([\d.]+)"/.exec(cleaned)?.[1] ?? 0);
  return { svg: cleaned, title: decodeEntities(title[2]), width: Math.ceil(width) };
}

/** The hint that a drawing scrolls shows below this many pixels of frame width, in steps the stylesheet knows. */
export const hintStep = 20;
export const widestHint = 1200;

/** The step of frame width below which the drawing overflows: the drawing, the frame's padding and its border. */
export function widthClass(drawingWidth: number): string {
  const needed = Math.min(widestHint, Math.ceil((drawingWidth + 2 * 8 + 2) / hintStep) * hintStep);
  return `app-mermaid--needs-${needed}`;
}

/** The figure a page shows: the drawing in a frame that scrolls on a narrow screen, and the diagram as text. */
export function mermaidFigure(drawing: CleanDrawing, text: string): string {
  const label = escapeHtml(`Diagram: ${drawing.title}`);
  return (
    `<figure class="app-mermaid ${widthClass(drawing.width)}" data-mermaid-diagram>` +
    `<p class="govuk-body-s app-mermaid__hint" aria-hidden="true">Scroll sideways to see the whole diagram.</p>` +
    `<section class="app-mermaid__frame" tabindex="0" aria-label="${label}">${drawing.svg}</section>` +
    `<details class="govuk-details app-mermaid__text" data-pagefind-ignore="all">` +
    `<summary class="govuk-details__summary"><span class="govuk-details__summary-text">` +
    `This diagram as text</span></summary>` +
    `<div class="govuk-details__text"><p class="govuk-body-s">${escapeHtml(drawing.title)}, written in Mermaid ` +
    `(a text format for diagrams): copy it into a Mermaid editor to change it.</p>` +
    `<pre class="app-mermaid__source" tabindex="0" aria-label="${label}, as Mermaid text"><code>${escapeHtml(text)}</code></pre>` +
    `</div></details></figure>`
  );
}

/** A short, stable id for a diagram's drawing, from its text: the same diagram gets the same ids on every build. */
export function diagramId(text: string): string {
  return `app-mermaid-${createHash('sha256').update(text).digest('hex').slice(0, 10)}`;
}

export interface MermaidBlockOptions {
  render: RenderDiagram;
  /** The id Mermaid writes into every drawing, swapped for the page's own. */
  drawingId: string;
  /** File paths in messages are shown relative to this. */
  root: string;
}

/** One diagram from MDX: its text, already read, and where it starts in the file. */
export interface DiagramBlock {
  text: string;
  /** The line of the ```mermaid fence in the MDX file. */
  fenceLine: number;
}

/**
 * The drawing step on its own: Mermaid text, already checked, drawn and made into the page's figure, or Mermaid's
 * problem at a line of the text (line 0 when Mermaid names none). The maps' Mermaid export goes through it in the tests.
 */
export async function drawFigure(
  text: string,
  options: Pick<MermaidBlockOptions, 'render' | 'drawingId'>,
): Promise<{ html: string } | { problem: DiagramProblem }> {
  const drawing = await options.render(text);
  if ('error' in drawing) {
    // Mermaid's own lines, indented under the file and line: its caret points at the column on the line above it.
    const message = `Mermaid cannot draw this diagram: ${drawing.error.trim().replace(/\n/g, '\n    ')}`;
    return { problem: { line: errorLine(drawing.error) ?? 0, message } };
  }
  const cleaned = cleanDrawing(drawing.svg, options.drawingId, diagramId(text));
  if (!cleaned) return { problem: { line: 0, message: needsTitleAndDescription } };
  return { html: mermaidFigure(cleaned, text) };
}

/** The text Mermaid is given for a block (its timescale tokens in words), or the problems that stop it being drawn. */
export function textToDraw(block: string): { text: string } | { problems: DiagramProblem[] } {
  const problems = diagramTextProblems(block);
  return problems.length ? { problems } : { text: expandTimescaleTokens(block) };
}

/** The figure for one block, or its problems (each with the file's line). */
export async function diagramFigure(
  block: DiagramBlock,
  options: Pick<MermaidBlockOptions, 'render' | 'drawingId'>,
): Promise<{ html: string } | { problems: DiagramProblem[] }> {
  const atFileLine = (problem: DiagramProblem) => ({ ...problem, line: block.fenceLine + problem.line });
  const toDraw = textToDraw(block.text);
  if ('problems' in toDraw) return { problems: toDraw.problems.map(atFileLine) };
  const figure = await drawFigure(toDraw.text, options);
  return 'problem' in figure ? { problems: [atFileLine(figure.problem)] } : figure;
}

interface CodeNode {
  lang?: string | null;
  value: string;
  position?: { start: { line: number } };
}

/**
 * The blocks as a Sätteri mdast plugin: each ```mermaid code block becomes its figure, as static HTML (an Astro
 * `<Fragment set:html>`, so it never passes through the MDX parser). Fails the build listing every diagram problem
 * in the file, with its line.
 */
export function mermaidBlocksPlugin(options: MermaidBlockOptions) {
  return ({ fileURL }: { fileURL: URL | undefined }): MdastPluginDefinition => {
    const filePath = fileURL ? fileURLToPath(fileURL) : '(unknown file)';
    const where = path.relative(options.root, filePath) || filePath;
    const problems: DiagramProblem[] = [];
    return {
      name: 'app-mermaid-blocks',
      options: { position: true },
      async code(node: Readonly<CodeNode>) {
        if (node.lang !== 'mermaid') return undefined;
        const figure = await diagramFigure({ text: node.value, fenceLine: node.position?.start.line ?? 0 }, options);
        if ('problems' in figure) {
          problems.push(...figure.problems);
          return undefined;
        }
        return {
          type: 'mdxJsxFlowElement',
          name: 'Fragment',
          attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: figure.html }],
          children: [],
        };
      },
      after: () => {
        // Diagrams are drawn together, so their problems arrive in any order: report them in the file's order.
        const lines = problems
          .sort((first, second) => first.line - second.line)
          .map((problem) => `${where}:${problem.line}: ${problem.message}`);
        if (lines.length) throw new Error(`Diagram problems:\n${lines.join('\n')}`);
      },
    } as unknown as MdastPluginDefinition;
  };
}
