// Renders a laid-out diagram as inline SVG: classes for every part (the CSP forbids inline styles), data-* hooks for
// scripts and tests, ids prefixed so several diagrams can share a page.
import { baselineOffset, lineHeights } from './box';
import { notStatedLane } from './order';
import { touchesLabel } from './quality';
import type { DiagramBox, DiagramLayout, Point, Rect } from './types';
import { escapeHtml } from '../../escape';

export interface RenderOptions {
  /** Prefix for every id in the SVG, unique on the page. */
  idPrefix: string;
  /** The diagram's accessible name. */
  title: string;
  /**
   * Draw only these steps (by path), for a guidance page that explains part of a map: the map is cropped to the rows
   * they sit in, every lane stays in its place, and connectors to steps left out are not drawn.
   */
  steps?: string[];
  /** Makes each box a link, e.g. to the step on the map page. */
  stepHref?: (path: string) => string;
}

const n = (value: number) => String(Math.round(value * 10) / 10);
export const stepElementId = (prefix: string, path: string) => `${prefix}-step-${path.replace(/\./g, '-')}`;

/** Centred lines of text; `lead` (a step's number) starts the first line in bold. */
function textLines(
  lines: string[],
  rect: Rect,
  size: number,
  lineHeight: number,
  className: string,
  lead?: string,
): string {
  const x = rect.x + rect.width / 2;
  const first = rect.y + baselineOffset(size, lineHeight);
  const spans = lines
    .map((line, index) => {
      const words =
        index === 0 && lead
          ? `<tspan class="app-diagram__number">${escapeHtml(lead)}</tspan> ${escapeHtml(line)}`
          : escapeHtml(line);
      // A space ends every line of a step's title but the last, so it reads as words (its accessible name, copied text),
      // not as "Memorandumof understanding".
      const end = lead && index < lines.length - 1 ? ' ' : '';
      return `<tspan x="${n(x)}" y="${n(first + index * lineHeight)}">${words}${end}</tspan>`;
    })
    .join('');
  return `<text class="${className}" text-anchor="middle" font-size="${size}">${spans}</text>`;
}

function shape(box: DiagramBox): string {
  const { x, y, width, height } = box.rect;
  switch (box.kind) {
    case 'start':
    case 'end':
      return `<rect class="app-diagram__shape" x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="${n(Math.min(height / 2, 22))}"/>`;
    case 'decision': {
      const indent = 14;
      const middle = y + height / 2;
      return `<path class="app-diagram__shape" d="M${n(x + indent)} ${n(y)}H${n(x + width - indent)}L${n(x + width)} ${n(middle)}L${n(x + width - indent)} ${n(y + height)}H${n(x + indent)}L${n(x)} ${n(middle)}Z"/>`;
    }
    case 'wait':
      return (
        `<rect class="app-diagram__shape" x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}"/>` +
        `<rect class="app-diagram__shape-inner" x="${n(x + 4)}" y="${n(y + 4)}" width="${n(width - 8)}" height="${n(height - 8)}"/>`
      );
    default:
      return `<rect class="app-diagram__shape" x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="3"/>`;
  }
}

const pathData = (points: Point[]) =>
  points.map((point, index) => `${index === 0 ? 'M' : 'L'}${n(point.x)} ${n(point.y)}`).join('');

/** Inline SVG markup for the diagram, or for the part of it holding `options.steps`. */
export function renderDiagramSvg(layout: DiagramLayout, options: RenderOptions): string {
  const prefix = options.idPrefix;
  const shown = options.steps ? new Set(options.steps) : undefined;
  const boxes = layout.boxes.filter((box) => !shown || shown.has(box.path));
  const connectors = layout.connectors.filter(
    (connector) => !shown || (shown.has(connector.from) && shown.has(connector.to)),
  );
  const gateways = layout.gateways.filter(
    (gateway) =>
      !shown ||
      connectors.some(
        (connector) => connector.gateway?.group === gateway.group && connector.gateway.kind === gateway.kind,
      ),
  );

  // A part of the map keeps the lane headers and shows only the rows between its first and last box.
  let top = layout.headerHeight;
  let bottom = layout.height;
  if (shown && boxes.length) {
    const ys = [
      ...boxes.flatMap((box) => [box.rect.y, box.rect.y + box.rect.height]),
      ...connectors.flatMap((connector) => [
        ...connector.points.map((point) => point.y),
        ...(connector.labelRect ? [connector.labelRect.y, connector.labelRect.y + connector.labelRect.height] : []),
      ]),
    ];
    top = Math.max(layout.headerHeight, Math.min(...ys) - 16);
    bottom = Math.min(layout.height, Math.max(...ys) + 16);
  }
  const shift = top - layout.headerHeight;
  const height = layout.headerHeight + (bottom - top);

  const marker = `${prefix}-arrow`;
  const lanes = layout.lanes
    .map(
      (lane) =>
        `<g class="app-diagram__lane${lane.role === notStatedLane ? ' app-diagram__lane--role-not-named' : ''}" data-lane="${lane.role}">` +
        `<rect class="app-diagram__lane-band" x="${n(lane.band.x)}" y="0" width="${n(lane.band.width)}" height="${n(height)}"/>` +
        `<rect class="app-diagram__lane-header" x="${n(lane.header.x)}" y="0" width="${n(lane.header.width)}" height="${n(lane.header.height)}"/>` +
        textLines(
          lane.labelLines,
          {
            x: lane.header.x,
            y: (lane.header.height - lane.labelLines.length * lineHeights.lane) / 2,
            width: lane.header.width,
            height: 0,
          },
          layout.fontSizes.lane,
          lineHeights.lane,
          'app-diagram__lane-label',
        ) +
        `</g>`,
    )
    .join('');
  // Labelled connectors last, so no unlabelled line is drawn over a label (labels have a background); of those, the
  // ones whose words another line passes come last of all, so their words stay whole on top of it.
  const drawnOrder = new Map(
    connectors.map((connector) => [
      connector,
      !connector.labelRect ? 0 : connectors.some((other) => touchesLabel(connector, other)) ? 2 : 1,
    ]),
  );
  const edges = [...connectors]
    .sort((a, b) => drawnOrder.get(a)! - drawnOrder.get(b)!)
    .map((connector) => {
      const label =
        connector.labelRect && connector.labelLines.length
          ? `<rect class="app-diagram__edge-label-background" x="${n(connector.labelRect.x)}" y="${n(connector.labelRect.y)}" width="${n(connector.labelRect.width)}" height="${n(connector.labelRect.height)}" rx="2"/>` +
            textLines(
              connector.labelLines,
              { ...connector.labelRect, y: connector.labelRect.y + 2 },
              layout.fontSizes.edgeLabel,
              lineHeights.edgeLabel,
              'app-diagram__edge-label',
            )
          : '';
      const classes = `app-diagram__edge${connector.isLoop ? ' app-diagram__edge--loop' : ''}`;
      return (
        `<g class="${classes}" data-from="${escapeHtml(connector.from)}" data-to="${escapeHtml(connector.to)}" data-event="${escapeHtml(connector.event)}">` +
        `<path class="app-diagram__edge-line" d="${pathData(connector.points)}" marker-end="url(#${marker})"/>` +
        label +
        `</g>`
      );
    })
    .join('');
  const bars = gateways
    .map(
      (gateway) =>
        `<g class="app-diagram__gateway" data-gateway="${gateway.kind}" data-group="${escapeHtml(gateway.group)}">` +
        `<rect class="app-diagram__gateway-bar" x="${n(gateway.rect.x)}" y="${n(gateway.rect.y)}" width="${n(gateway.rect.width)}" height="${n(gateway.rect.height)}" rx="2"/></g>`,
    )
    .join('');
  const steps = boxes
    .map((box) => {
      const badge = box.badge
        ? `<g class="app-diagram__badge"><rect class="app-diagram__badge-background" x="${n(box.badge.rect.x)}" y="${n(box.badge.rect.y)}" width="${n(box.badge.rect.width)}" height="${n(box.badge.rect.height)}" rx="3"/>` +
          textLines(
            box.badge.lines,
            { ...box.badge.rect, y: box.badge.rect.y + 2 },
            layout.fontSizes.badge,
            lineHeights.badge,
            'app-diagram__badge-text',
          ) +
          `</g>`
        : '';
      const group =
        `<g class="app-diagram__step app-diagram__step--${box.kind}${box.lane === notStatedLane ? ' app-diagram__step--role-not-named' : ''}" data-step="${escapeHtml(box.path)}" data-lane="${box.lane}"${box.drawnLane === box.lane ? '' : ` data-drawn-lane="${box.drawnLane}"`} id="${stepElementId(prefix, box.path)}">` +
        shape(box) +
        textLines(
          box.lines,
          box.labelRect,
          layout.fontSizes.label,
          lineHeights.label,
          'app-diagram__label',
          `${box.number}.`,
        ) +
        badge +
        `</g>`;
      return options.stepHref
        ? `<a class="app-diagram__link" href="${escapeHtml(options.stepHref(box.path))}">${group}</a>`
        : group;
    })
    .join('');
  const body = `<g class="app-diagram__body"${shift ? ` transform="translate(0 ${n(-shift)})"` : ''}>${edges}${bars}${steps}</g>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="app-diagram" viewBox="0 0 ${n(layout.width)} ${n(height)}" width="${n(layout.width)}" height="${n(height)}" role="group" aria-labelledby="${prefix}-title">` +
    `<title id="${prefix}-title">${escapeHtml(options.title)}</title>` +
    `<defs><marker id="${marker}" class="app-diagram__arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z"/></marker></defs>` +
    lanes +
    body +
    `</svg>`
  );
}
