// Measures and wraps diagram labels with the metrics of the font the diagram is drawn in (Atkinson Hyperlegible).
import { fontMetrics } from './font-metrics';

export type FontWeight = 'regular' | 'bold';

/** Characters the shipped font lacks would be drawn in a fallback font, so they are measured as a full em (never too narrow). */
export function missingCharacters(text: string): string[] {
  return [...new Set([...text].filter((character) => !(character in fontMetrics.regular.advances)))];
}

/**
 * Widths already measured, in font units, by weight: wrapping tries the same lines at many widths, and a build lays out
 * the same labels many times. Emptied when it grows past `remembered` lines, so it stays small.
 */
const measured: Record<FontWeight, Map<string, number>> = { regular: new Map(), bold: new Map() };
const remembered = 20_000;

/** Width in px of one line of text at `size` px: advance widths plus pair kerning, as the browser lays it out. */
export function measureText(text: string, size: number, weight: FontWeight = 'regular'): number {
  const metrics = fontMetrics[weight];
  const known = measured[weight];
  let units = known.get(text);
  if (units === undefined) {
    const advances: Record<string, number> = metrics.advances;
    const kerning: Record<string, number> = metrics.kerning;
    units = 0;
    let previous = '';
    for (const character of text) {
      units += advances[character] ?? metrics.unitsPerEm;
      units += kerning[previous + character] ?? 0;
      previous = character;
    }
    if (known.size >= remembered) known.clear();
    known.set(text, units);
  }
  return (units / metrics.unitsPerEm) * size;
}

/** Splits a word wider than the line into pieces that fit, so nothing is ever cut or overflows. */
function splitWord(word: string, maxWidth: number, size: number, weight: FontWeight): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const character of word) {
    if (piece && measureText(piece + character, size, weight) > maxWidth) {
      pieces.push(piece);
      piece = character;
    } else piece += character;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Greedy word wrap: the fewest lines no wider than maxWidth, breaking at spaces (and inside a word only when it must).
 * The first line starts `indent` px in, after something drawn before it (a step's number).
 */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  weight: FontWeight = 'regular',
  indent = 0,
): string[] {
  const lines: string[] = [];
  let line = '';
  const room = () => (lines.length === 0 ? maxWidth - indent : maxWidth);
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measureText(candidate, size, weight) <= room()) {
      line = candidate;
      continue;
    }
    if (line || (lines.length === 0 && indent > 0)) lines.push(line);
    const pieces = measureText(word, size, weight) <= maxWidth ? [word] : splitWord(word, maxWidth, size, weight);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  if (line) lines.push(line);
  return lines;
}

/** The widest of the lines, in px. */
export function linesWidth(lines: string[], size: number, weight: FontWeight = 'regular'): number {
  return Math.max(0, ...lines.map((line) => measureText(line, size, weight)));
}
