// The layout engine's design, tested on small machines: ranks along the flow, lanes as fixed columns, shared rows,
// fork and join bars, loops, labelled branches, and checks that catch a broken picture.
import { setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  diagramGeometryProblems,
  layoutDiagram,
  layoutGeometry,
  type DiagramLayout,
} from '../../../../src/lib/process-map/diagram';
import { targetWidth } from '../../../../src/lib/process-map/diagram/layout';
import { Router } from '../../../../src/lib/process-map/diagram/route';
import { describeMachine, type ProcessModel } from '../../../../src/lib/process-map/model';
import { processById } from '../../../../src/machines';

const source = [{ framework: 'national-standards' as const, section: '9.1' }];
type Lane = 'com' | 'spo' | 'pom' | 'court-team' | 'police' | 'chaplain';
const step = (
  title: string,
  lane: Lane,
  kind: string,
  on?: Record<string, { target: string; description: string }>,
) => ({
  meta: { title, lane, kind, summary: `${title}.`, source },
  ...(on ? { on } : {}),
});

/** Refer, review, decide: accept (SPO) or reject (court team), or send back for more work (a loop). */
const loopModel = describeMachine(
  setup({}).createMachine({
    id: 'loop',
    initial: 'refer',
    states: {
      refer: step('Refer the case', 'com', 'start', { REFERRED: { target: 'review', description: 'Referred' } }),
      review: step('Review the referral', 'spo', 'activity', {
        REVIEWED: { target: 'decide', description: 'Reviewed' },
      }),
      decide: step('Decide on the referral', 'spo', 'decision', {
        ACCEPTED: { target: 'accepted', description: 'Referral accepted' },
        REJECTED: { target: 'rejected', description: 'Referral rejected' },
        MORE_WORK: { target: 'review', description: 'More work is needed first' },
      }),
      accepted: { type: 'final', ...step('Accepted', 'com', 'end') },
      rejected: { type: 'final', ...step('Rejected', 'court-team', 'end') },
    },
  }),
);

const box = (layout: DiagramLayout, path: string) => layout.boxes.find((candidate) => candidate.path === path)!;

describe('ranks along the flow', () => {
  const layout = layoutDiagram(loopModel);

  it('puts the start at the top and each step below the step that leads to it in the same lane', () => {
    expect(box(layout, 'refer').rect.y).toBe(Math.min(...layout.boxes.map((candidate) => candidate.rect.y)));
    expect(box(layout, 'decide').rect.y).toBeGreaterThan(box(layout, 'review').rect.y);
  });

  it('keeps a simple handover to the next lane on the same row, joined by a level connector', () => {
    const [refer, review] = [box(layout, 'refer').rect, box(layout, 'review').rect];
    expect(refer.y + refer.height / 2).toBe(review.y + review.height / 2);
    const handover = layout.connectors.find((connector) => connector.event === 'REFERRED')!;
    expect(handover.points).toEqual([
      { x: refer.x + refer.width, y: refer.y + refer.height / 2 },
      { x: review.x, y: review.y + review.height / 2 },
    ]);
  });

  it('draws the way back to an earlier step as a loop, still ending on that step', () => {
    const loop = layout.connectors.find((connector) => connector.event === 'MORE_WORK')!;
    expect(loop.isLoop).toBe(true);
    expect(layout.connectors.filter((connector) => connector.isLoop)).toHaveLength(1);
    expect(loop.points.at(-1)!.y).toBeLessThan(loop.points[0]!.y);
  });

  it('lets steps in different lanes share a row when they are the same distance from the start', () => {
    expect(box(layout, 'accepted').rect.y + box(layout, 'accepted').rect.height / 2).toBe(
      box(layout, 'rejected').rect.y + box(layout, 'rejected').rect.height / 2,
    );
  });

  it('labels every branch of a decision with the option in words, beside its own connector', () => {
    const branches = layout.connectors.filter((connector) => connector.from === 'decide');
    expect(branches.map((connector) => connector.labelLines.join(' '))).toEqual([
      'Referral accepted',
      'Referral rejected',
      'More work is needed first',
    ]);
    for (const branch of branches) expect(branch.labelRect!.width).toBeGreaterThan(0);
    expect(layout.connectors.find((connector) => connector.event === 'REVIEWED')!.labelRect).toBeUndefined();
  });

  it('is deterministic: the same model gives the same layout', () => {
    expect(layoutDiagram(loopModel)).toEqual(layout);
  });
});

describe('lanes', () => {
  it('are columns side by side in the order roles first act, each the full height of the diagram', () => {
    const layout = layoutDiagram(loopModel);
    expect(layout.lanes.map((lane) => lane.role)).toEqual(['com', 'spo', 'court-team']);
    let x = 0;
    for (const lane of layout.lanes) {
      expect(lane.band.x).toBe(x);
      expect(lane.band.height).toBe(layout.height);
      x += lane.band.width;
    }
    expect(x).toBe(layout.width);
  });

  it('fit six lanes into the 960 px diagram area, so a 1280 px screen needs no horizontal scroll', () => {
    const lanes: Lane[] = ['com', 'spo', 'pom', 'court-team', 'police', 'chaplain'];
    const states = Object.fromEntries(
      lanes.map((lane, index) => [
        `step${index}`,
        index === lanes.length - 1
          ? { type: 'final' as const, ...step(`Finish the work of lane ${index}`, lane, 'end') }
          : step(`Do the work that belongs to lane ${index}`, lane, index === 0 ? 'start' : 'activity', {
              NEXT: { target: `step${index + 1}`, description: 'Done' },
            }),
      ]),
    );
    const model = describeMachine(setup({}).createMachine({ id: 'six', initial: 'step0', states }));
    const layout = layoutDiagram(model);
    expect(layout.lanes).toHaveLength(6);
    expect(layout.width).toBeLessThanOrEqual(targetWidth);
    expect(layout.fontSizes.label).toBeGreaterThanOrEqual(16);
    expect(diagramGeometryProblems(layoutGeometry(model, layout))).toEqual([]);
  });
});

describe('parallel strands', () => {
  const model = describeMachine(processById('chaplaincy-in-prison')!.machine);
  const layout = layoutDiagram(model);
  const fork = layout.gateways.find((gateway) => gateway.kind === 'fork')!;
  const join = layout.gateways.find((gateway) => gateway.kind === 'join')!;

  it('sit side by side, below a fork bar and above a join bar', () => {
    const forked = layout.connectors.filter((connector) => connector.gateway?.kind === 'fork');
    const joined = layout.connectors.filter((connector) => connector.gateway?.kind === 'join');
    const firsts = forked.map((connector) => box(layout, connector.to).rect);
    expect(firsts.length).toBeGreaterThan(1);
    expect(new Set(firsts.map((rect) => rect.y + rect.height / 2)).size).toBe(1);
    expect(new Set(firsts.map((rect) => rect.x)).size).toBe(firsts.length);
    expect(fork.rect.y).toBeLessThan(Math.min(...firsts.map((rect) => rect.y)));
    expect(fork.rect.y).toBeGreaterThan(box(layout, forked[0]!.from).rect.y);
    for (const connector of joined) {
      expect(join.rect.y).toBeGreaterThan(box(layout, connector.from).rect.y);
      expect(join.rect.y).toBeLessThan(box(layout, connector.to).rect.y);
    }
  });

  it('are reached through the fork bar: each connector crosses it on the way to its strand', () => {
    for (const connector of layout.connectors.filter((candidate) => candidate.gateway?.kind === 'fork')) {
      expect(connector.legs).toHaveLength(2);
      expect(connector.legs[0]!.at(-1)!.y).toBe(fork.rect.y);
      expect(connector.legs[1]![0]!.y).toBe(fork.rect.y + fork.rect.height);
    }
  });
});

describe('diagramGeometryProblems', () => {
  const model: ProcessModel = loopModel;
  const good = () => structuredClone(layoutGeometry(model, layoutDiagram(model)));

  it('finds nothing wrong with a good layout', () => {
    expect(diagramGeometryProblems(good())).toEqual([]);
  });

  it('reports two boxes on top of each other', () => {
    const geometry = good();
    geometry.boxes[1]!.rect = { ...geometry.boxes[0]!.rect };
    expect(diagramGeometryProblems(geometry)).toContain('boxes "refer" and "review" overlap');
  });

  it('reports a box outside its lane and text spilling out of its box', () => {
    const geometry = good();
    geometry.boxes[0]!.rect = { ...geometry.boxes[0]!.rect, x: geometry.boxes[0]!.rect.x + 400 };
    const problems = diagramGeometryProblems(geometry);
    expect(problems.some((problem) => problem.startsWith('box "refer"') && problem.includes('outside its lane'))).toBe(
      true,
    );
    expect(problems.some((problem) => problem.startsWith('text') && problem.includes('"refer"'))).toBe(true);
  });

  it('reports a transition with no connector, and one whose end does not touch its target', () => {
    const geometry = good();
    geometry.connectors = geometry.connectors.filter((connector) => connector.event !== 'REFERRED');
    const loop = geometry.connectors.find((connector) => connector.event === 'MORE_WORK')!;
    const review = geometry.boxes[1]!.rect;
    loop.points = [...loop.points.slice(0, -1), { x: review.x - 30, y: loop.points.at(-2)!.y }];
    const problems = diagramGeometryProblems(geometry);
    expect(problems).toContain('transition "refer" → "review" (REFERRED) has 0 connectors, not one');
    expect(problems).toContain('transition "decide" → "review" (MORE_WORK) does not end on the edge of its target box');
  });

  it('reports a connector through a box and a label on a box', () => {
    const geometry = good();
    const review = geometry.boxes[1]!.rect;
    const connector = geometry.connectors.find((candidate) => candidate.event === 'ACCEPTED')!;
    const middle = review.y + review.height / 2;
    connector.points = [
      { x: review.x - 10, y: middle },
      { x: review.x + review.width + 10, y: middle },
    ];
    connector.labelRect = { ...review, width: 20, height: 10 };
    const problems = diagramGeometryProblems(geometry);
    expect(problems.some((problem) => problem.includes('(ACCEPTED) passes through box'))).toBe(true);
    expect(problems).toContain('the label of "decide" → "accepted" (ACCEPTED) overlaps box "review"');
  });
});

describe('Router', () => {
  it('finds an orthogonal way round a box in the way, never through it', () => {
    const wall = { x: 40, y: 40, width: 120, height: 40 };
    const router = new Router([wall], [0, 20, 100, 180, 200], [0, 20, 100, 120]);
    const route = router.route({
      source: 'a',
      target: 'b',
      sources: [{ name: 'bottom', point: { x: 100, y: 10 }, outside: { x: 100, y: 20 }, direction: 'down', cost: 0 }],
      targets: [{ name: 'top', point: { x: 100, y: 110 }, outside: { x: 100, y: 100 }, direction: 'down', cost: 0 }],
    })!;
    expect(route.points[0]).toEqual({ x: 100, y: 10 });
    expect(route.points.at(-1)).toEqual({ x: 100, y: 110 });
    for (let index = 1; index < route.points.length; index += 1) {
      const [a, b] = [route.points[index - 1]!, route.points[index]!];
      expect(a.x === b.x || a.y === b.y).toBe(true);
      const crosses =
        Math.min(a.x, b.x) < wall.x + wall.width &&
        Math.max(a.x, b.x) > wall.x &&
        Math.min(a.y, b.y) < wall.y + wall.height &&
        Math.max(a.y, b.y) > wall.y;
      expect(crosses).toBe(false);
    }
    expect(route.points.length).toBeGreaterThan(2);
  });

  it('says so when there is no way through, rather than drawing through a box', () => {
    const router = new Router([{ x: -10, y: 40, width: 220, height: 40 }], [0, 100, 200], [0, 20, 100, 120]);
    expect(
      router.route({
        source: 'a',
        target: 'b',
        sources: [{ name: 'bottom', point: { x: 100, y: 10 }, outside: { x: 100, y: 20 }, direction: 'down', cost: 0 }],
        targets: [{ name: 'top', point: { x: 100, y: 110 }, outside: { x: 100, y: 100 }, direction: 'down', cost: 0 }],
      }),
    ).toBeUndefined();
  });
});
