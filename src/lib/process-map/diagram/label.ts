// Label phase: each option's words beside its own connector's first segment, next to the step it leaves, touching no
// other connector, box or label. A label that finds no such place says where it needs room, and the layout makes it.
import { fontSizes, lineHeights } from './box';
import { linesWidth, measureText, wrapText } from './text';
import type { Point, Rect } from './types';

/** The widest a label may be; narrower wrappings are tried when the widest touches something. */
const widths = [150, 112, 84];
/** Space between a label and its own line. */
export const labelOffset = 4;
/** A line beside a label, across from its own, keeps at least this far from it. */
const besideGap = 24;
/** A first segment shorter than this holds no label; its next segment does. */
const shortSegment = 30;
/** A label keeps this far from every other line, box and label, so it is nearer its own line than any other. */
const labelClearance = 6;
/**
 * The least more room a label asks for: a neighbour's line often runs beside most of the first segment, so the free
 * stretch is shorter than the segment and a few pixels at a time never add up to a place (a fan of options).
 */
const leastGrant = 24;

export interface LabelSize {
  lines: string[];
  width: number;
  height: number;
}

/** The option's words wrapped to at most `maxWidth`, and the box they fill (with room round the text). */
export function labelSize(text: string, maxWidth = widths[0]!): LabelSize {
  const lines = wrapText(text, maxWidth, fontSizes.edgeLabel);
  return { lines, width: linesWidth(lines, fontSizes.edgeLabel) + 8, height: lines.length * lineHeights.edgeLabel + 4 };
}

export interface LabelRequest {
  key: string;
  /** The connector's line (the key of `lines`) the label is written beside. */
  leg: string;
  text: string;
  /** The connector, from the step the option leaves. */
  points: Point[];
  /** The middle of the step it leaves: a label beside a line leaving the bottom goes to the side away from it. */
  centre?: number;
}

export interface PlacedLabel {
  lines: string[];
  rect: Rect;
}

/** Where a label did not fit: beside a line leaving the bottom (more room below) or a side (more room above). */
export interface LabelShortfall {
  key: string;
  along: 'vertical' | 'horizontal';
  /** How much more room would have been enough. */
  needed: number;
}

const inflate = (rect: Rect, by: number): Rect => ({
  x: rect.x - by,
  y: rect.y - by,
  width: rect.width + 2 * by,
  height: rect.height + 2 * by,
});

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function segmentTouches(a: Point, b: Point, rect: Rect): boolean {
  return (
    Math.min(a.x, b.x) <= rect.x + rect.width &&
    Math.max(a.x, b.x) >= rect.x &&
    Math.min(a.y, b.y) <= rect.y + rect.height &&
    Math.max(a.y, b.y) >= rect.y
  );
}

/**
 * Places every label, in turn, at the first free place along its connector's first segment: beside a line leaving the
 * bottom, on the side away from the box's middle first; above a line leaving a side, then below it.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  lines: ReadonlyMap<string, Point[]>,
  obstacles: readonly Rect[],
  area: Rect,
  lastChance = false,
): { placed: Map<string, PlacedLabel>; shortfalls: LabelShortfall[] } {
  const placed = new Map<string, PlacedLabel>();
  const shortfalls: LabelShortfall[] = [];
  const segments = [...lines.entries()].flatMap(([key, points]) =>
    points.slice(1).map((point, index) => ({ key, a: points[index]!, b: point, index })),
  );
  // Of the options sharing a line, the widest words choose first: the narrower fit in the places left beside it.
  const width = (request: LabelRequest) => labelSize(request.text).width;
  const ordered = [...requests].sort(
    (a, b) =>
      requests.findIndex((other) => other.leg === a.leg) - requests.findIndex((other) => other.leg === b.leg) ||
      width(b) - width(a),
  );
  for (const request of ordered) {
    const first = [request.points[0]!, request.points[1]!] as const;
    const firstLength = Math.abs(first[0].x - first[1].x) + Math.abs(first[0].y - first[1].y);
    const isVertical = Math.abs(first[0].x - first[1].x) < 0.5;
    // A first segment too short to hold words (a loop's step out to its line) lends them its next one; so does one
    // with no free place beside it, once the layout has made what room it can (`lastChance`).
    const anchors = (firstLength < shortSegment || lastChance) && request.points.length > 2 ? [0, 1] : [0];
    let best: { rect: Rect; lines: string[] } | undefined;
    let leastBad: { rect: Rect; lines: string[]; faults: number } | undefined;
    let shortest = Infinity;
    for (const anchor of anchors) {
      const [a, b] = [request.points[anchor]!, request.points[anchor + 1]!];
      const alongVertical = Math.abs(a.x - b.x) < 0.5;
      // Narrower wrappings only while they break no word.
      const longestWord = Math.max(...request.text.split(/\s+/).map((word) => measureText(word, fontSizes.edgeLabel)));
      for (const maxWidth of widths.filter((width, index) => index === 0 || width >= longestWord)) {
        const size = labelSize(request.text, maxWidth);
        shortest = Math.min(shortest, isVertical ? size.height : size.width);
        /** What the label would touch there: 0 is a free place. */
        const faults = (rect: Rect) =>
          Number(
            rect.x < area.x ||
              rect.y < area.y ||
              rect.x + rect.width > area.x + area.width ||
              rect.y + rect.height > area.y + area.height,
          ) *
            10 +
          obstacles.filter((obstacle) => overlaps(inflate(rect, labelClearance - 3), obstacle)).length * 10 +
          [...placed.values()].filter((other) => overlaps(inflate(rect, labelClearance - 2), other.rect)).length * 10 +
          segments.filter(
            (segment) =>
              !(segment.key === request.leg && segment.index === anchor) &&
              segmentTouches(segment.a, segment.b, inflate(rect, segment.key === request.leg ? 2 : labelClearance)),
          ).length +
          // Words between their line and another line beside it must sit plainly nearer their own.
          segments.filter(
            (segment) =>
              segment.key !== request.leg &&
              alongVertical &&
              Math.abs(segment.a.x - segment.b.x) < 0.5 &&
              Math.min(segment.a.y, segment.b.y) < rect.y + rect.height &&
              Math.max(segment.a.y, segment.b.y) > rect.y &&
              (rect.x > a.x
                ? segment.a.x > a.x && segment.a.x < rect.x + rect.width + besideGap
                : segment.a.x < a.x && segment.a.x > rect.x - besideGap),
          ).length;
        const outward = request.centre === undefined || a.x >= request.centre ? 'right' : 'left';
        for (const rect of candidates(a, b, size, alongVertical, outward)) {
          const count = faults(rect);
          if (count === 0) {
            best = { rect, lines: size.lines };
            break;
          }
          if (!leastBad || count < leastBad.faults) leastBad = { rect, lines: size.lines, faults: count };
        }
        if (best) break;
      }
      if (best) break;
    }
    const length = firstLength;
    if (best) placed.set(request.key, best);
    else {
      shortfalls.push({
        key: request.key,
        along: isVertical ? 'vertical' : 'horizontal',
        needed: Math.max(leastGrant, shortest + 2 * labelOffset - length + 8),
      });
      if (leastBad) placed.set(request.key, { rect: leastBad.rect, lines: leastBad.lines });
    }
  }
  return { placed, shortfalls };
}

/** Places along a segment from its start, on each side, for a label of `size`. */
function* candidates(
  a: Point,
  b: Point,
  size: { width: number; height: number },
  isVertical: boolean,
  outward: 'left' | 'right',
): Generator<Rect> {
  const length = Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
  for (
    let along = labelOffset;
    along === labelOffset || along + (isVertical ? size.height : size.width) <= length;
    along += 4
  ) {
    if (isVertical) {
      const y = b.y > a.y ? a.y + along : a.y - along - size.height;
      const [right, left] = [
        { x: a.x + labelOffset, y, ...size },
        { x: a.x - labelOffset - size.width, y, ...size },
      ];
      yield* outward === 'right' ? [right, left] : [left, right];
    } else {
      const x = b.x > a.x ? a.x + along : a.x - along - size.width;
      yield { x, y: a.y - labelOffset - size.height, ...size };
      yield { x, y: a.y + labelOffset, ...size };
    }
  }
  // Above a side run that then turns down, the words may also sit over the turn and past it: the line goes down there.
  if (!isVertical)
    for (let along = length - size.width + labelOffset; along <= length + labelOffset; along += 4) {
      const x = b.x > a.x ? a.x + along : a.x - along - size.width;
      yield { x, y: a.y - labelOffset - size.height, ...size };
    }
}
