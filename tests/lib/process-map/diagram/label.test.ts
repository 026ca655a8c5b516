// The label phase: each option's words beside its own connector's first segment, clear of every other line, box and
// label, and a shortfall when there is no room, so the layout can make some.
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest } from '../../../../src/lib/process-map/diagram/label';
import { segmentDistance } from '../../../../src/lib/process-map/diagram/quality';
import type { Point } from '../../../../src/lib/process-map/diagram';

const area = { x: 0, y: 0, width: 600, height: 600 };
const request = (key: string, points: Point[], text = 'Referral accepted'): LabelRequest => ({
  key,
  leg: key,
  text,
  points,
  centre: 100,
});

describe('placeLabels', () => {
  it('writes the words beside the first segment, next to where the line leaves its step, on the outer side', () => {
    const line = [
      { x: 120, y: 100 },
      { x: 120, y: 300 },
    ];
    const { placed, shortfalls } = placeLabels([request('a', line)], new Map([['a', line]]), [], area);
    const rect = placed.get('a')!.rect;
    expect(shortfalls).toEqual([]);
    expect(segmentDistance([line[0]!, line[1]!], rect)).toBeLessThanOrEqual(6);
    expect(rect.x).toBeGreaterThan(120);
    expect(rect.y).toBeLessThan(120);
  });

  it('keeps clear of another connector running beside the first segment, taking the other side', () => {
    const own = [
      { x: 120, y: 100 },
      { x: 120, y: 300 },
    ];
    const other = [
      { x: 150, y: 0 },
      { x: 150, y: 600 },
    ];
    const { placed } = placeLabels(
      [request('a', own)],
      new Map([
        ['a', own],
        ['b', other],
      ]),
      [],
      area,
    );
    const rect = placed.get('a')!.rect;
    expect(segmentDistance([other[0]!, other[1]!], rect)).toBeGreaterThan(0);
    expect(rect.x + rect.width).toBeLessThan(120);
  });

  it('reports how much longer a line from the bottom must run before it turns, when its words do not fit beside it', () => {
    const line = [
      { x: 120, y: 100 },
      { x: 120, y: 140 },
      { x: 400, y: 140 },
    ];
    const boxOnTheLeft = { x: 0, y: 90, width: 110, height: 200 };
    const { shortfalls } = placeLabels(
      [request('a', line, 'A long option that wraps onto several lines of words')],
      new Map([['a', line]]),
      [boxOnTheLeft],
      area,
    );
    expect(shortfalls.map(({ key, along }) => ({ key, along }))).toEqual([{ key: 'a', along: 'vertical' }]);
    expect(shortfalls[0]!.needed).toBeGreaterThan(10);
  });

  it('writes a loop’s words above its run across when its upright has no room, if the layout allows it', () => {
    // Out of a step's right side, up between it and a box beside it, across and up to the step it returns to.
    const loop = [
      { x: 300, y: 400 },
      { x: 312, y: 400 },
      { x: 312, y: 300 },
      { x: 500, y: 300 },
      { x: 500, y: 100 },
    ];
    const step = { x: 150, y: 250, width: 150, height: 200 };
    const beside = { x: 330, y: 320, width: 200, height: 150 };
    const lines = new Map([['a', loop]]);
    const text = 'Not agreed: keep enhanced contact';
    const upright = placeLabels([request('a', loop, text)], lines, [step, beside], area, true);
    expect(upright.shortfalls.map(({ key }) => key)).toEqual(['a']);

    const across = placeLabels([{ ...request('a', loop, text), runAcross: true }], lines, [step, beside], area, true);
    const rect = across.placed.get('a')!.rect;
    expect(across.shortfalls).toEqual([]);
    expect(rect.y + rect.height).toBeLessThanOrEqual(300);
    expect(rect.x).toBeGreaterThan(312);
    expect(segmentDistance([loop[2]!, loop[3]!], rect)).toBeLessThanOrEqual(6);
  });
});
