// The quality figures, counted the way the review's tool (shared/tools/diagram-quality.py) counts them, on small
// hand-drawn diagrams where the right answer is plain.
import { describe, expect, it } from 'vitest';
import { diagramQuality, type DiagramLayout, type Point, type Rect } from '../../../../src/lib/process-map/diagram';

const rect = (x: number, y: number, width = 100, height = 40): Rect => ({ x, y, width, height });

function layout(
  connectors: { from: string; to: string; points: Point[]; labelRect?: Rect }[],
  boxes: { path: string; rect: Rect; text?: Rect; kind?: 'activity' | 'decision' }[] = [],
): DiagramLayout {
  return {
    id: 'drawn',
    width: 600,
    height: 600,
    headerHeight: 40,
    fontSizes: { label: 16, edgeLabel: 16, badge: 16, lane: 16 },
    lanes: [],
    gateways: [],
    boxes: boxes.map(({ path, rect: shape, text, kind = 'activity' }) => ({
      path,
      number: 1,
      kind,
      lane: 'com',
      title: path,
      rect: shape,
      lines: [path],
      labelRect: text ?? { x: shape.x + 10, y: shape.y + 10, width: 20, height: 20 },
    })),
    connectors: connectors.map((connector, index) => ({
      ...connector,
      event: `E${index}`,
      labelLines: [],
      isLoop: false,
      legs: [connector.points],
    })),
  };
}

const line = (...xy: number[]): Point[] =>
  Array.from({ length: xy.length / 2 }, (_, index) => ({ x: xy[2 * index]!, y: xy[2 * index + 1]! }));

describe('diagramQuality', () => {
  it('counts a crossing where one connector cuts through another, not where one ends on another', () => {
    const quality = diagramQuality(
      layout([
        { from: 'a', to: 'b', points: line(100, 0, 100, 200) },
        { from: 'c', to: 'd', points: line(0, 100, 200, 100) },
        { from: 'e', to: 'f', points: line(0, 150, 100, 150) },
      ]),
    );
    expect(quality.crossings).toBe(1);
  });

  it('counts the bends of every connector', () => {
    expect(diagramQuality(layout([{ from: 'a', to: 'b', points: line(0, 0, 0, 50, 80, 50, 80, 100) }])).bends).toBe(2);
  });

  it('counts connectors running close beside each other as crowded (under 8 px) or close (8 to 12 px)', () => {
    const quality = diagramQuality(
      layout([
        { from: 'a', to: 'b', points: line(100, 0, 100, 200) },
        { from: 'c', to: 'd', points: line(105, 50, 105, 150) },
        { from: 'e', to: 'f', points: line(110, 0, 110, 40) },
      ]),
    );
    expect(quality.crowdedPx).toBe(100);
    expect(quality.closePx).toBe(40);
  });

  it('lets connectors into one step share a line, but counts two that share one and go to different steps', () => {
    const merging = diagramQuality(
      layout([
        { from: 'a', to: 'x', points: line(0, 100, 100, 100, 100, 200) },
        { from: 'b', to: 'x', points: line(200, 100, 100, 100, 100, 200) },
      ]),
    );
    expect(merging.overlapPx).toBe(0);
    const sharing = diagramQuality(
      layout([
        { from: 'a', to: 'x', points: line(100, 0, 100, 200) },
        { from: 'b', to: 'y', points: line(100, 50, 100, 150) },
      ]),
    );
    expect(sharing.overlapPx).toBe(100);
  });

  it('counts a label another connector touches, and one far from its own connector', () => {
    const quality = diagramQuality(
      layout([
        { from: 'a', to: 'b', points: line(100, 0, 100, 200), labelRect: rect(104, 20, 80, 20) },
        { from: 'c', to: 'd', points: line(150, 0, 150, 200) },
        { from: 'e', to: 'f', points: line(400, 0, 400, 200), labelRect: rect(300, 20, 60, 20) },
      ]),
    );
    expect(quality.labelsTouched).toBe(1);
    expect(quality.farLabels).toBe(1);
  });

  it('counts a connector through a box that is neither its source nor its target', () => {
    const quality = diagramQuality(
      layout(
        [{ from: 'a', to: 'b', points: line(150, 0, 150, 300) }],
        [
          { path: 'a', rect: rect(100, -40) },
          { path: 'in-the-way', rect: rect(100, 100) },
          { path: 'b', rect: rect(100, 300) },
        ],
      ),
    );
    expect(quality.throughBox).toBe(1);
  });

  it('counts text that spills out of its box, for a decision out of its flat top and bottom', () => {
    const quality = diagramQuality(
      layout(
        [],
        [
          { path: 'fits', rect: rect(0, 0, 100, 40), text: rect(10, 10, 80, 20) },
          { path: 'spills', rect: rect(200, 0, 100, 40), text: rect(190, 10, 80, 20) },
          { path: 'decision', rect: rect(400, 0, 100, 40), text: rect(405, 10, 90, 20), kind: 'decision' },
        ],
      ),
    );
    expect(quality.textOverflow).toBe(2);
  });
});
