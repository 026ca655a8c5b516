// Labels are measured with the shipped font's own metrics and wrapped so they never overflow their box.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedFontMetrics, diagramFonts } from '../../../../scripts/diagram-font-metrics.mjs';
import { fontMetrics } from '../../../../src/lib/process-map/diagram/font-metrics';
import { measureText, missingCharacters, wrapText } from '../../../../src/lib/process-map/diagram/text';
import { describeMachine } from '../../../../src/lib/process-map/model';
import { roles } from '../../../../src/lib/roles';
import { processes } from '../../../../src/machines';

const root = path.resolve(import.meta.dirname, '../../../..');
const packageFont = (file: string) => path.join(root, 'node_modules/@fontsource/atkinson-hyperlegible/files', file);

describe('the diagram font', () => {
  it('is served from the site itself, the same file whose metrics the build uses', () => {
    for (const file of Object.values(diagramFonts))
      expect(readFileSync(path.join(root, 'public/fonts', file)).equals(readFileSync(packageFont(file)))).toBe(true);
  });

  it('has metrics generated from the font file as it is now', () => {
    expect(JSON.parse(JSON.stringify(fontMetrics.regular))).toEqual(
      cachedFontMetrics(packageFont(diagramFonts.regular)),
    );
    expect(JSON.parse(JSON.stringify(fontMetrics.bold))).toEqual(cachedFontMetrics(packageFont(diagramFonts.bold)));
  });

  it('has a glyph for every character in every step title, option and lane name', () => {
    const text = processes.flatMap((process) =>
      describeMachine(process.machine).steps.flatMap((step) => [
        step.meta.title,
        ...step.outcomes.map((outcome) => outcome.label),
      ]),
    );
    expect(missingCharacters([...text, ...Object.values(roles)].join(' '))).toEqual([]);
  });
});

describe('measureText', () => {
  it('grows with the text and the font size, and bold is wider', () => {
    expect(measureText('Send a warning letter', 16)).toBeGreaterThan(measureText('Send a letter', 16));
    expect(measureText('Send a warning letter', 16)).toBeCloseTo(measureText('Send a warning letter', 8) * 2, 5);
    expect(measureText('Send a warning letter', 16, 'bold')).toBeGreaterThan(measureText('Send a warning letter', 16));
  });

  it('applies the font’s kerning, as the browser does', () => {
    const [a, v] = [measureText('A', 100), measureText('V', 100)];
    expect(measureText('AV', 100)).toBeLessThan(a + v);
  });
});

describe('wrapText', () => {
  it('keeps a title on one line when it fits', () => {
    expect(wrapText('Send a warning letter', 400, 16)).toEqual(['Send a warning letter']);
  });

  it('breaks at spaces into lines that each fit the width', () => {
    const lines = wrapText('Decide whether the explanation is acceptable (licence)', 110, 16);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe('Decide whether the explanation is acceptable (licence)');
    for (const line of lines) expect(measureText(line, 16)).toBeLessThanOrEqual(110);
  });

  it('splits a word only when the word alone is wider than the line, and loses no letter', () => {
    const lines = wrapText('Pneumonoultramicroscopic', 60, 16);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Pneumonoultramicroscopic');
    for (const line of lines) expect(measureText(line, 16)).toBeLessThanOrEqual(60);
  });
});
