// What pages get from a map's diagram: the standalone file people download, the page it prints on, its source line.
import { describe, expect, it } from 'vitest';
import {
  mapDiagramFile,
  mapDiagramViewBox,
  mapSourceLine,
  minimumPrintPoints,
  printSheet,
  svgViewBox,
  withRootId,
} from '../../../src/lib/process-map/diagram-view';
import { describeMachine } from '../../../src/lib/process-map/model';
import { processById } from '../../../src/machines';

const model = describeMachine(processById('enforcement')!.machine);

describe('svgViewBox and withRootId', () => {
  it('reads the viewBox of the root svg, and nothing from markup without one', () => {
    expect(svgViewBox('<svg class="app-diagram" viewBox="0 0 960 2400" width="960">')).toEqual([0, 0, 960, 2400]);
    expect(svgViewBox('<svg width="10">')).toBeUndefined();
  });

  it('gives the root svg an id and leaves nested ones alone', () => {
    expect(withRootId('<svg viewBox="0 0 1 1"><svg></svg></svg>', 'map')).toBe(
      '<svg id="map" viewBox="0 0 1 1"><svg></svg></svg>',
    );
  });
});

describe('printSheet', () => {
  it('prints a tall diagram on A4 portrait when its text stays readable there', () => {
    const sheet = printSheet([0, 0, 960, 900], 16);
    expect(sheet.page).toBe('a4-portrait');
    expect(sheet.textPoints).toBeGreaterThanOrEqual(minimumPrintPoints);
    // Whole, within the page’s printable width (210 mm less two 8 mm margins).
    expect(sheet.widthMm).toBeLessThanOrEqual(194);
    expect(sheet.heightMm / sheet.widthMm).toBeCloseTo(900 / 960, 2);
  });

  it('turns a wide diagram to landscape, where it prints larger', () => {
    expect(printSheet([0, 0, 1600, 700], 16).page).toBe('a4-landscape');
  });

  it('moves to A3 rather than print text below the minimum, and never slices the diagram', () => {
    const sheet = printSheet([0, 0, 960, 2400], 16);
    expect(sheet.page).toBe('a3-portrait');
    expect(sheet.textPoints).toBeGreaterThanOrEqual(minimumPrintPoints);
    expect(sheet.heightMm).toBeLessThanOrEqual(420 - 16);
  });
});

describe('mapSourceLine', () => {
  it('names the source document, the site, the map’s address and the day it was last updated', () => {
    expect(mapSourceLine({ id: 'enforcement', lastUpdated: '2026-11-23' }, 'Probation National Standards 2021')).toBe(
      'Written from Probation National Standards 2021. HMPPS Guidance and process maps, /process-maps/enforcement/, updated 23 November 2026.',
    );
    expect(mapSourceLine({ id: 'enforcement' })).toBe('HMPPS Guidance and process maps, /process-maps/enforcement/.');
  });
});

describe('mapDiagramFile', () => {
  const file = mapDiagramFile(model, {
    title: 'Enforcement of orders & licences',
    source: 'Written from the standards.',
    styles: '.app-diagram__shape{fill:#fff}',
  });

  it('carries its own styles, so it needs nothing from the site', () => {
    expect(file).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(file).toContain('<style><![CDATA[.app-diagram__shape{fill:#fff}]]></style>');
    expect(file).toContain('<rect class="app-diagram__file-background"');
  });

  it('shows the map’s title and source line above the diagram, which keeps its size', () => {
    expect(file).toContain('<title id="map-file-title">Enforcement of orders &amp; licences</title>');
    expect(file).toMatch(
      /<text class="app-diagram__file-title" font-size="20"><tspan[^>]*>Enforcement of orders &amp; licences</,
    );
    expect(file).toMatch(
      /<text class="app-diagram__file-source" font-size="16"><tspan[^>]*>Written from the standards\.</,
    );
    const [, , width, height] = mapDiagramViewBox(model);
    const [, , fileWidth, fileHeight] = svgViewBox(file)!;
    expect(fileWidth).toBe(width);
    expect(fileHeight).toBeGreaterThan(height);
    expect(file).toContain(
      `<svg x="0" y="${fileHeight - height}" xmlns="http://www.w3.org/2000/svg" class="app-diagram"`,
    );
  });

  it('draws every step', () => {
    for (const step of model.steps) expect(file).toContain(`data-step="${step.path}"`);
  });
});
