// The layout as a whole, on small machines and real maps: rows down the flow, lanes as columns side by side, the
// not-stated lane last, fork and join bars, loops, labelled branches, the same layout every time, and the checks that
// catch a broken picture. Each phase has its own tests beside this file.
import { describe, expect, it } from 'vitest';
import {
  diagramGeometryProblems,
  layoutDiagram,
  layoutGeometry,
  type DiagramLayout,
} from '../../../../src/lib/process-map/diagram';
import { notStatedLaneTitle, targetWidth } from '../../../../src/lib/process-map/diagram/layout';
import { describeMachine, type ProcessModel } from '../../../../src/lib/process-map/model';
import { processById } from '../../../../src/machines';
import { end, model, step } from './machines';

/** Refer, review, decide: accept (COM) or reject (court team), or send back for more work (a loop). */
const loopModel = model('loop', {
  refer: step('Refer the case', 'com', 'start', { REFERRED: 'review' }),
  review: step('Review the referral', 'spo', 'activity', { REVIEWED: 'decide' }),
  decide: step('Decide on the referral', 'spo', 'decision', {
    ACCEPTED: 'accepted',
    REJECTED: 'rejected',
    MORE_WORK: 'review',
  }),
  accepted: end('Accepted', 'com'),
  rejected: end('Rejected', 'court-team'),
});

const box = (layout: DiagramLayout, path: string) => layout.boxes.find((candidate) => candidate.path === path)!;

describe('rows along the flow', () => {
  const layout = layoutDiagram(loopModel);

  it('puts the start at the top and each step below the step that leads to it', () => {
    expect(box(layout, 'refer').rect.y).toBe(Math.min(...layout.boxes.map((candidate) => candidate.rect.y)));
    expect(box(layout, 'review').rect.y).toBeGreaterThan(box(layout, 'refer').rect.y);
    expect(box(layout, 'decide').rect.y).toBeGreaterThan(box(layout, 'review').rect.y);
  });

  it('draws the way back to an earlier step as a loop, still ending on that step', () => {
    const loop = layout.connectors.find((connector) => connector.event === 'MORE_WORK')!;
    expect(loop.isLoop).toBe(true);
    expect(layout.connectors.filter((connector) => connector.isLoop)).toHaveLength(1);
    expect(loop.points.at(-1)!.y).toBeLessThan(loop.points[0]!.y);
  });

  it('lets steps in different lanes share a row when they are the same distance from the start', () => {
    const middle = (path: string) => box(layout, path).rect.y + box(layout, path).rect.height / 2;
    expect(middle('accepted')).toBe(middle('rejected'));
  });

  it('labels every branch of a decision with the option in words, and no connector of a step with one way on', () => {
    const branches = layout.connectors.filter((connector) => connector.from === 'decide');
    expect(branches.map((connector) => connector.labelLines.join(' ')).sort()).toEqual([
      'accepted',
      'more work',
      'rejected',
    ]);
    for (const branch of branches) expect(branch.labelRect!.width).toBeGreaterThan(0);
    expect(layout.connectors.find((connector) => connector.event === 'REVIEWED')!.labelRect).toBeUndefined();
  });

  it('is deterministic: the same model gives the same layout', () => {
    expect(layoutDiagram(describeMachine(processById('enforcement')!.machine))).toEqual(
      layoutDiagram(describeMachine(processById('enforcement')!.machine)),
    );
  });
});

describe('lanes', () => {
  it('are columns side by side, each the full height of the diagram', () => {
    const layout = layoutDiagram(loopModel);
    expect(layout.lanes.map((lane) => lane.role).sort()).toEqual(['com', 'court-team', 'spo']);
    let x = 0;
    for (const lane of layout.lanes) {
      expect(lane.band.x).toBe(x);
      expect(lane.band.height).toBe(layout.height);
      x += lane.band.width;
    }
    expect(x).toBe(layout.width);
  });

  it('fit six lanes into the 960 px diagram area, so a 1280 px screen needs no horizontal scroll', () => {
    const lanes = ['com', 'spo', 'pom', 'court-team', 'police', 'chaplain'];
    const states = Object.fromEntries(
      lanes.map((lane, index) => [
        `step${index}`,
        index === lanes.length - 1
          ? end(`Finish the work of lane ${index}`, lane)
          : step(`Do the work that belongs to lane ${index}`, lane, index === 0 ? 'start' : 'activity', {
              NEXT: `step${index + 1}`,
            }),
      ]),
    );
    const six = model('six', states);
    const layout = layoutDiagram(six);
    expect(layout.lanes).toHaveLength(6);
    expect(layout.width).toBeLessThanOrEqual(targetWidth);
    expect(layout.fontSizes.label).toBeGreaterThanOrEqual(16);
    expect(diagramGeometryProblems(layoutGeometry(six, layout))).toEqual([]);
  });

  it('title the lane of steps whose actor the source does not name in words that name no role', () => {
    const layout = layoutDiagram(describeMachine(processById('enforcement')!.machine));
    expect(layout.lanes.at(-1)).toMatchObject({ role: 'not-stated', label: notStatedLaneTitle });
    expect(notStatedLaneTitle).toBe('Role not named in the source');
  });
});

describe('parallel strands', () => {
  const layout = layoutDiagram(describeMachine(processById('chaplaincy-in-prison')!.machine));
  const fork = layout.gateways.find((gateway) => gateway.kind === 'fork')!;
  const join = layout.gateways.find((gateway) => gateway.kind === 'join')!;

  it('sit below a fork bar and above a join bar', () => {
    const forked = layout.connectors.filter((connector) => connector.gateway?.kind === 'fork');
    const joined = layout.connectors.filter((connector) => connector.gateway?.kind === 'join');
    const firsts = forked.map((connector) => box(layout, connector.to).rect);
    expect(firsts.length).toBeGreaterThan(1);
    expect(new Set(firsts.map((rect) => rect.x)).size).toBe(firsts.length);
    for (const rect of firsts) expect(fork.rect.y).toBeLessThan(rect.y);
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
  const process: ProcessModel = loopModel;
  const good = () => structuredClone(layoutGeometry(process, layoutDiagram(process)));

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
