// Printing a tall diagram over several landscape pages, each slice at the page's width.
import { describe, expect, it } from 'vitest';
import { printTiles, svgViewBox, withRootId } from '../../../src/lib/process-map/diagram-view';

describe('svgViewBox', () => {
  it('reads the viewBox of the root svg, and nothing from markup without one', () => {
    expect(svgViewBox('<svg class="app-diagram" viewBox="0 0 960 2400" width="960">')).toEqual([0, 0, 960, 2400]);
    expect(svgViewBox('<svg width="10">')).toBeUndefined();
  });
});

describe('printTiles', () => {
  it('keeps a diagram that fits one page whole', () => {
    expect(printTiles([0, 0, 1000, 600])).toEqual([]);
  });

  it('slices a tall diagram into pieces that cover it exactly, top to bottom, the first sharing a page with the title', () => {
    expect(printTiles([0, 0, 1000, 1500], 0.6, 0.4)).toEqual(['0 0 1000 400', '0 400 1000 600', '0 1000 1000 500']);
  });

  it('joins a sliver left at the bottom to the slice above rather than print it on a page of its own', () => {
    expect(printTiles([0, 0, 1000, 1050], 0.6, 0.4)).toEqual(['0 0 1000 400', '0 400 1000 650']);
  });

  it('gives the root svg an id and leaves nested ones alone', () => {
    expect(withRootId('<svg viewBox="0 0 1 1"><svg></svg></svg>', 'map')).toBe(
      '<svg id="map" viewBox="0 0 1 1"><svg></svg></svg>',
    );
  });
});
