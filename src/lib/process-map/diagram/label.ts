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

const sizeCache = new Map<string, LabelSize>();

/** The option's words wrapped to at most `maxWidth`, and the box they fill (with room round the text). */
export function labelSize(text: string, maxWidth = widths[0]!): LabelSize {
  const key = `${maxWidth}\u0000${text}`;
  let size = sizeCache.get(key);
  if (!size) {
    const lines = wrapText(text, maxWidth, fontSizes.edgeLabel);
    size = {
      lines,
      width: linesWidth(lines, fontSizes.edgeLabel) + 8,
      height: lines.length * lineHeights.edgeLabel + 4,
    };
    sizeCache.set(key, size);
  }
  return size;
}

const wrappings = new Map<string, LabelSize[]>();

/** The wrappings a label may take, widest first: narrower ones only while they break no word. */
function labelSizes(text: string): LabelSize[] {
  let sizes = wrappings.get(text);
  if (!sizes) {
    const longestWord = Math.max(...text.split(/\s+/).map((word) => measureText(word, fontSizes.edgeLabel)));
    sizes = widths
      .filter((width, index) => index === 0 || width >= longestWord)
      .map((maxWidth) => labelSize(text, maxWidth));
    wrappings.set(text, sizes);
  }
  return sizes;
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
  /**
   * The words may also sit beside the run across after the line's first upright (a loop's run to the step it returns
   * to), when the upright has no room beside it.
   */
  runAcross?: boolean;
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

/** Whether `a`, grown by `by` on every side, overlaps `b`. */
function overlaps(a: Rect, b: Rect, by = 0): boolean {
  const x = a.x - by;
  const y = a.y - by;
  const width = a.width + 2 * by;
  const height = a.height + 2 * by;
  return x < b.x + b.width && b.x < x + width && y < b.y + b.height && b.y < y + height;
}

/** Whether the segment from `a` to `b` touches `rect` grown by `by` on every side. */
function segmentTouches(a: Point, b: Point, rect: Rect, by = 0): boolean {
  const x = rect.x - by;
  const y = rect.y - by;
  const width = rect.width + 2 * by;
  const height = rect.height + 2 * by;
  return (
    Math.min(a.x, b.x) <= x + width &&
    Math.max(a.x, b.x) >= x &&
    Math.min(a.y, b.y) <= y + height &&
    Math.max(a.y, b.y) >= y
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
  const firstOfLeg = new Map<string, number>();
  requests.forEach((request, index) => {
    if (!firstOfLeg.has(request.leg)) firstOfLeg.set(request.leg, index);
  });
  const ordered = [...requests].sort((a, b) => firstOfLeg.get(a.leg)! - firstOfLeg.get(b.leg)! || width(b) - width(a));
  for (const request of ordered) {
    const first = [request.points[0]!, request.points[1]!] as const;
    const firstLength = Math.abs(first[0].x - first[1].x) + Math.abs(first[0].y - first[1].y);
    const isVertical = Math.abs(first[0].x - first[1].x) < 0.5;
    // A first segment too short to hold words (a loop's step out to its line) lends them its next one; so does one
    // with no free place beside it, once the layout has made what room it can (`lastChance`).
    const anchors = (firstLength < shortSegment || lastChance) && request.points.length > 2 ? [0, 1] : [0];
    const [turn, across] = [request.points[2], request.points[3]];
    if (anchors.length > 1 && request.runAcross && turn && across && Math.abs(turn.y - across.y) < 0.5) anchors.push(2);
    let best: { rect: Rect; lines: string[] } | undefined;
    let leastBad: { rect: Rect; lines: string[]; faults: number } | undefined;
    let shortest = Infinity;
    for (const anchor of anchors) {
      const [a, b] = [request.points[anchor]!, request.points[anchor + 1]!];
      const alongVertical = Math.abs(a.x - b.x) < 0.5;
      const sizes = labelSizes(request.text);
      // Only what lies near this segment can touch a label beside it: the rest is left out of the checks, once.
      const reach = {
        x: Math.max(...sizes.map((size) => size.width)) + labelOffset + besideGap + 1,
        y: Math.max(...sizes.map((size) => size.height)) + labelOffset + besideGap + 1,
      };
      const region: Rect = {
        x: Math.min(a.x, b.x) - reach.x,
        y: Math.min(a.y, b.y) - reach.y,
        width: Math.abs(a.x - b.x) + 2 * reach.x,
        height: Math.abs(a.y - b.y) + 2 * reach.y,
      };
      const nearSegments = segments.filter((segment) => segmentTouches(segment.a, segment.b, region));
      const nearObstacles = obstacles.filter((obstacle) => overlaps(obstacle, region));
      const nearPlaced = [...placed.values()].filter((other) => overlaps(other.rect, region));
      for (const size of sizes) {
        shortest = Math.min(shortest, isVertical ? size.height : size.width);
        /** What the label would touch there (0 is a free place), counted only while it is below `limit`. */
        const faults = (rect: Rect, limit: number) => {
          let count =
            rect.x < area.x ||
            rect.y < area.y ||
            rect.x + rect.width > area.x + area.width ||
            rect.y + rect.height > area.y + area.height
              ? 10
              : 0;
          for (const obstacle of nearObstacles) if (overlaps(rect, obstacle, labelClearance - 3)) count += 10;
          for (const other of nearPlaced) if (overlaps(rect, other.rect, labelClearance - 2)) count += 10;
          for (const segment of nearSegments) {
            if (count >= limit) return count;
            const own = segment.key === request.leg;
            if (
              !(own && segment.index === anchor) &&
              segmentTouches(segment.a, segment.b, rect, own ? 2 : labelClearance)
            )
              count += 1;
            // Words between their line and another line beside it must sit plainly nearer their own.
            if (
              !own &&
              alongVertical &&
              Math.abs(segment.a.x - segment.b.x) < 0.5 &&
              Math.min(segment.a.y, segment.b.y) < rect.y + rect.height &&
              Math.max(segment.a.y, segment.b.y) > rect.y &&
              (rect.x > a.x
                ? segment.a.x > a.x && segment.a.x < rect.x + rect.width + besideGap
                : segment.a.x < a.x && segment.a.x > rect.x - besideGap)
            )
              count += 1;
          }
          return count;
        };
        const outward = request.centre === undefined || a.x >= request.centre ? 'right' : 'left';
        const places = candidates(a, b, size, alongVertical, outward);
        const probe: Rect = { x: 0, y: 0, width: size.width, height: size.height };
        for (let index = 0; index < places.length; index += 2) {
          probe.x = places[index]!;
          probe.y = places[index + 1]!;
          const count = faults(probe, leastBad?.faults ?? Infinity);
          if (count === 0) {
            best = { rect: { x: probe.x, y: probe.y, ...size }, lines: size.lines };
            break;
          }
          if (!leastBad || count < leastBad.faults)
            leastBad = { rect: { x: probe.x, y: probe.y, ...size }, lines: size.lines, faults: count };
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

/** Places along a segment from its start, on each side, for a label of `size`: x and y of each, in turn. */
function candidates(
  a: Point,
  b: Point,
  size: { width: number; height: number },
  isVertical: boolean,
  outward: 'left' | 'right',
): number[] {
  const places: number[] = [];
  const length = Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
  for (
    let along = labelOffset;
    along === labelOffset || along + (isVertical ? size.height : size.width) <= length;
    along += 4
  ) {
    if (isVertical) {
      const y = b.y > a.y ? a.y + along : a.y - along - size.height;
      const [right, left] = [a.x + labelOffset, a.x - labelOffset - size.width];
      if (outward === 'right') places.push(right, y, left, y);
      else places.push(left, y, right, y);
    } else {
      const x = b.x > a.x ? a.x + along : a.x - along - size.width;
      places.push(x, a.y - labelOffset - size.height, x, a.y + labelOffset);
    }
  }
  // Above a side run that then turns down, the words may also sit over the turn and past it: the line goes down there.
  if (!isVertical)
    for (let along = length - size.width + labelOffset; along <= length + labelOffset; along += 4) {
      const x = b.x > a.x ? a.x + along : a.x - along - size.width;
      places.push(x, a.y - labelOffset - size.height);
    }
  return places;
}
