// A step's box: its number and title wrapped to the box, the timescale badge, and the height they need, measured with
// the metrics of the font the diagram is drawn in, so no text spills out of its box.
import type { Step } from '../model';
import { linesWidth, measureText, wrapText } from './text';
import { stepTimescaleText } from './timescale-text';
import type { Rect } from './types';

/** Every text at least 16 px when the diagram is drawn at its own width (960 px at most), on a laptop or a projector. */
export const fontSizes = { label: 16, edgeLabel: 16, badge: 16, lane: 16 };
export const lineHeights = { label: 20, edgeLabel: 19, badge: 19, lane: 20 };

/** Where a line's baseline sits so its glyphs' box (ascent 0.95 em, descent 0.29 em) is centred in its line height. */
export function baselineOffset(size: number, lineHeight: number): number {
  return (lineHeight - 1.24 * size) / 2 + 0.95 * size;
}

const padding = 8;
/** How far a decision's points reach in from its sides; the text stays inside the flat top and bottom. */
export const decisionIndent = 14;
const insets = { decision: decisionIndent, start: 8, end: 8, wait: 4, activity: 0 } as const;
const minHeight = 44;

export interface BoxShape {
  /** The step's number as the box shows it ("7."), in bold before the title. */
  numberText: string;
  /** The title's lines; the first starts after the number. */
  lines: string[];
  badge?: string;
  badgeLines: string[];
  height: number;
}

/** The number and title wrapped to fit a box `width` wide, and the box's height. */
export function boxShape(step: Step, width: number): BoxShape {
  const kind = step.meta.kind;
  const textWidth = width - 2 * (padding + insets[kind]);
  const numberText = `${step.number}.`;
  const indent = measureText(`${numberText} `, fontSizes.label, 'bold');
  const lines = wrapText(step.meta.title, textWidth, fontSizes.label, 'regular', indent);
  const badge = stepTimescaleText(step);
  const badgeLines = badge ? wrapText(badge, textWidth - 8, fontSizes.badge) : [];
  const verticalInset = kind === 'wait' ? 4 : kind === 'end' ? 2 : 0;
  const height =
    2 * (padding + verticalInset) +
    lines.length * lineHeights.label +
    (badge ? 6 + badgeLines.length * lineHeights.badge + 4 : 0);
  return { numberText, lines, badge, badgeLines, height: Math.max(minHeight, height) };
}

/** The narrowest a box may be, and the widest a box need be to hold any title comfortably. */
export const minBoxWidth = 120;
const roomyBoxWidth = 210;

/**
 * The narrowest box in which every one of `steps` reads comfortably: its number and title in `maxLines` lines or
 * fewer, no word broken. `numberText` is the widest number the map has, so the width does not depend on the numbering.
 */
export function comfortableWidth(
  steps: readonly Step[],
  numberText: string,
  maxLines = 3,
  least = minBoxWidth,
): number {
  const indent = measureText(`${numberText} `, fontSizes.label, 'bold');
  const fits = (width: number) =>
    steps.every((step) => {
      const textWidth = width - 2 * (padding + insets[step.meta.kind]);
      const words = step.meta.title.split(/\s+/);
      return (
        words.every((word) => measureText(word, fontSizes.label) <= textWidth) &&
        wrapText(step.meta.title, textWidth, fontSizes.label, 'regular', indent).length <= maxLines
      );
    });
  for (let width = least; width < roomyBoxWidth; width += 4) if (fits(width)) return width;
  return roomyBoxWidth;
}

/** The block the number and title fill, and the badge's rectangle, inside a box drawn at `rect`. */
export function boxText(shape: BoxShape, rect: Rect): { label: Rect; badge?: Rect } {
  const numberWidth = measureText(`${shape.numberText} `, fontSizes.label, 'bold');
  const textWidth = Math.max(
    numberWidth + linesWidth(shape.lines.slice(0, 1), fontSizes.label),
    linesWidth(shape.lines.slice(1), fontSizes.label),
  );
  const centre = rect.x + rect.width / 2;
  const textHeight =
    shape.lines.length * lineHeights.label + (shape.badge ? 6 + shape.badgeLines.length * lineHeights.badge + 4 : 0);
  const top = rect.y + (rect.height - textHeight) / 2;
  const label = { x: centre - textWidth / 2, y: top, width: textWidth, height: shape.lines.length * lineHeights.label };
  if (!shape.badge) return { label };
  const badgeWidth = linesWidth(shape.badgeLines, fontSizes.badge) + 8;
  return {
    label,
    badge: {
      x: centre - badgeWidth / 2,
      y: top + shape.lines.length * lineHeights.label + 6,
      width: badgeWidth,
      height: shape.badgeLines.length * lineHeights.badge + 4,
    },
  };
}
