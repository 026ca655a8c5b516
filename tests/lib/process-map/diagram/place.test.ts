// The place phase: lane widths from the boxes' words, the not-stated lane narrowest, and one line per long connector,
// straight where it can be, a track from every other.
import { describe, expect, it } from 'vitest';
import { laneWidths, solveLines, targetWidth, trackGap } from '../../../../src/lib/process-map/diagram/place';
import { layoutDiagram } from '../../../../src/lib/process-map/diagram';
import { describeMachine } from '../../../../src/lib/process-map/model';
import { processes } from '../../../../src/machines';

describe('laneWidths', () => {
  const widths = { least: 120, comfortable: 160 };

  it('gives what is spare to the roles’ lanes (up to 300 px a column), never to the not-stated lane', () => {
    const lanes = ['com', 'spo', 'pom', 'not-stated'] as const;
    const result = laneWidths(
      lanes,
      new Map(lanes.map((lane) => [lane, 1])),
      new Map(lanes.map((lane) => [lane, widths])),
    );
    expect([...result.values()].reduce((sum, width) => sum + width, 0)).toBeCloseTo(targetWidth);
    expect(result.get('not-stated')).toBeLessThanOrEqual(160 + 36);
    expect(result.get('not-stated')).toBeGreaterThanOrEqual(120 + 36);
    expect(result.get('com')).toBeGreaterThan(result.get('not-stated')!);
    const two = laneWidths(
      ['com', 'not-stated'],
      new Map([
        ['com', 1],
        ['not-stated', 1],
      ]),
      new Map([
        ['com', widths],
        ['not-stated', widths],
      ]),
    );
    expect(two.get('com')).toBe(300);
  });

  it('squeezes lanes towards boxes that break no word when they do not fit', () => {
    const lanes = ['com', 'spo', 'pom', 'police', 'nsd', 'mappa'] as const;
    const result = laneWidths(
      lanes,
      new Map(lanes.map((lane) => [lane, 1])),
      new Map(lanes.map((lane) => [lane, { least: 120, comfortable: 200 }])),
    );
    expect([...result.values()].reduce((sum, width) => sum + width, 0)).toBeCloseTo(targetWidth);
    for (const width of result.values()) expect(width).toBeGreaterThanOrEqual(120 + 36);
  });
});

describe('solveLines', () => {
  it('gives a chain one straight line when every row has room for it', () => {
    const lines = solveLines(
      [
        { ids: ['a1', 'b1'], low: 0, high: 100 },
        { ids: ['a2', 'b2'], low: 0, high: 100 },
      ],
      [
        ['a1', 'a2'],
        ['b1', 'b2'],
      ],
      new Map([
        ['a1', 50],
        ['a2', 50],
        ['b1', 50],
        ['b2', 50],
      ]),
    );
    expect(lines.get('a1')).toBe(lines.get('a2'));
    expect(lines.get('b1')).toBe(lines.get('b2'));
    expect(lines.get('b1')! - lines.get('a1')!).toBeGreaterThanOrEqual(trackGap);
  });

  it('gives a chain a line per row when one row is too narrow for the line the others want', () => {
    const lines = solveLines(
      [
        { ids: ['a1'], low: 0, high: 100 },
        { ids: ['a2'], low: 200, high: 300 },
      ],
      [['a1', 'a2']],
      new Map([
        ['a1', 250],
        ['a2', 250],
      ]),
    );
    expect(lines.get('a1')).toBeLessThanOrEqual(100);
    expect(lines.get('a2')).toBe(250);
  });
});

describe.each(processes.map((process) => [process.id, process] as const))('the %s diagram', (_id, process) => {
  const model = describeMachine(process.machine);
  const layout = layoutDiagram(model);

  it('draws the not-stated lane, if any, last, its boxes given no spare width (narrower than the roles’ widest)', () => {
    if (!layout.lanes.some((lane) => lane.role === 'not-stated')) return;
    expect(layout.lanes.at(-1)!.role).toBe('not-stated');
    const widest = (unnamed: boolean) =>
      Math.max(...layout.boxes.filter((box) => (box.lane === 'not-stated') === unnamed).map((box) => box.rect.width));
    expect(widest(true)).toBeLessThan(widest(false));
  });
});
