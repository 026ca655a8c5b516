// How readable a laid-out diagram is, in figures: connector crossings, connectors overlapping or running close beside
// one another, bends, labels touched by another connector, connectors through a box that is not their end, and text
// overflowing its box. The same measures as the review's tool (shared/tools/diagram-quality.py), over every connector.
import { decisionIndent } from './box';
import type { DiagramConnector, DiagramLayout, Point, Rect } from './types';

export interface DiagramQuality {
  connectors: number;
  /** Places where a connector's segment crosses another's (not at an end). */
  crossings: number;
  /** Length along which two connectors share a line, other than connectors merging into one step or leaving one. */
  overlapPx: number;
  /** Length along which two connectors run parallel closer than 8 px without sharing a line. */
  crowdedPx: number;
  /** Length along which two connectors run parallel 8 to 12 px apart: allowed, but the layout aims for 12 or more. */
  closePx: number;
  bends: number;
  labels: number;
  /** Labels further than 6 px from their own connector. */
  farLabels: number;
  /** Labels touched by a connector other than their own. */
  labelsTouched: number;
  /** Connectors passing through a box that is neither their source nor their target. */
  throughBox: number;
  /** Lines of text (a title, a badge) not inside their box. */
  textOverflow: number;
  /** Total connector length, px. */
  length: number;
}

type Segment = [Point, Point];

const isHorizontal = ([a, b]: Segment) => Math.abs(a.y - b.y) < 0.01;
const isVertical = ([a, b]: Segment) => Math.abs(a.x - b.x) < 0.01;

/** A horizontal and a vertical segment crossing properly, not at either's end. */
export function segmentsCross(first: Segment, second: Segment): boolean {
  let horizontal: Segment;
  let vertical: Segment;
  if (isHorizontal(first) && isVertical(second)) [horizontal, vertical] = [first, second];
  else if (isVertical(first) && isHorizontal(second)) [horizontal, vertical] = [second, first];
  else return false;
  const y = horizontal[0].y;
  const [x1, x2] = [horizontal[0].x, horizontal[1].x].sort((a, b) => a - b) as [number, number];
  const x = vertical[0].x;
  const [y1, y2] = [vertical[0].y, vertical[1].y].sort((a, b) => a - b) as [number, number];
  return x1 + 0.5 < x && x < x2 - 0.5 && y1 + 0.5 < y && y < y2 - 0.5;
}

/** How long two parallel segments run side by side, and how far apart; undefined when they are not parallel. */
export function parallelRun(first: Segment, second: Segment): { length: number; distance: number } | undefined {
  const along = isHorizontal(first) && isHorizontal(second) ? 'x' : isVertical(first) && isVertical(second) ? 'y' : '';
  if (!along) return undefined;
  const across = along === 'x' ? 'y' : 'x';
  const low = Math.max(Math.min(first[0][along], first[1][along]), Math.min(second[0][along], second[1][along]));
  const high = Math.min(Math.max(first[0][along], first[1][along]), Math.max(second[0][along], second[1][along]));
  return { length: Math.max(0, high - low), distance: Math.abs(first[0][across] - second[0][across]) };
}

/** Distance from an axis-parallel segment to a rectangle (0 when they touch). */
export function segmentDistance([a, b]: Segment, rect: Rect): number {
  const dx = Math.max(rect.x - Math.max(a.x, b.x), 0, Math.min(a.x, b.x) - (rect.x + rect.width));
  const dy = Math.max(rect.y - Math.max(a.y, b.y), 0, Math.min(a.y, b.y) - (rect.y + rect.height));
  return Math.hypot(dx, dy);
}

const segmentsOf = (points: Point[]): Segment[] => points.slice(1).map((point, index) => [points[index]!, point]);

/** Another connector's line touches a connector's words (strands of one fork share its labelled first leg: not them). */
export function touchesLabel(
  connector: Pick<DiagramConnector, 'labelRect' | 'legs'>,
  other: Pick<DiagramConnector, 'points' | 'legs'>,
): boolean {
  const rect = connector.labelRect;
  return (
    rect !== undefined &&
    other !== connector &&
    other.legs[0] !== connector.legs[0] &&
    segmentsOf(other.points).some((segment) => segmentDistance(segment, rect) === 0)
  );
}

const inset = (rect: Rect, by: number): Rect => ({
  x: rect.x + by,
  y: rect.y + by,
  width: rect.width - 2 * by,
  height: rect.height - 2 * by,
});

const contains = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

/** The figures for one laid-out diagram. */
export function diagramQuality(layout: DiagramLayout): DiagramQuality {
  const edges = layout.connectors.map((connector) => ({ ...connector, segments: segmentsOf(connector.points) }));
  const quality: DiagramQuality = {
    connectors: edges.length,
    crossings: 0,
    overlapPx: 0,
    crowdedPx: 0,
    closePx: 0,
    bends: 0,
    labels: 0,
    farLabels: 0,
    labelsTouched: 0,
    throughBox: 0,
    textOverflow: 0,
    length: 0,
  };
  for (const edge of edges) {
    quality.bends += Math.max(0, edge.points.length - 2);
    quality.length += edge.segments.reduce((sum, [a, b]) => sum + Math.abs(a.x - b.x) + Math.abs(a.y - b.y), 0);
    if (edge.labelRect) {
      quality.labels += 1;
      if (Math.min(...edge.segments.map((segment) => segmentDistance(segment, edge.labelRect!))) > 6)
        quality.farLabels += 1;
      if (edges.some((other) => touchesLabel(edge, other))) quality.labelsTouched += 1;
    }
    for (const box of layout.boxes)
      if (
        box.path !== edge.from &&
        box.path !== edge.to &&
        edge.segments.some((segment) => segmentDistance(segment, inset(box.rect, 3)) === 0)
      )
        quality.throughBox += 1;
  }
  for (const [index, first] of edges.entries())
    for (const second of edges.slice(index + 1)) {
      // Connectors merging into one step or leaving one may share a line, but not run close beside each other.
      const mayShare = first.to === second.to || first.from === second.from;
      for (const a of first.segments)
        for (const b of second.segments) {
          if (segmentsCross(a, b)) quality.crossings += 1;
          const run = parallelRun(a, b);
          if (!run || run.length <= 1) continue;
          if (run.distance < 0.5) {
            if (!mayShare) quality.overlapPx += run.length;
          } else if (run.distance < 8) quality.crowdedPx += run.length;
          else if (run.distance < 12) quality.closePx += run.length;
        }
    }
  for (const box of layout.boxes) {
    const room =
      box.kind === 'decision'
        ? { ...box.rect, x: box.rect.x + decisionIndent, width: box.rect.width - 2 * decisionIndent }
        : box.rect;
    for (const text of [box.labelRect, ...(box.badge ? [box.badge.rect] : [])])
      if (!contains(room, text)) quality.textOverflow += 1;
  }
  return quality;
}
