// One number per step, 1 to N in the order the process flows: the number on the diagram's box is the number the
// procedure, walk-through, presenter mode and search show, and it reads top to bottom, left to right on the diagram.
import { setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { layoutDiagram } from '../../../src/lib/process-map/diagram';
import { describeMachine, stepsInOrder } from '../../../src/lib/process-map/model';
import { processes } from '../../../src/machines';

const source = [{ framework: 'national-standards' as const, section: '9.1' }];
const meta = (title: string, kind: string, lane = 'com') => ({ title, lane, kind, summary: `${title}.`, source });

describe('step numbers', () => {
  it('follow the flow, not the order the machine is written in', () => {
    const model = describeMachine(
      setup({}).createMachine({
        id: 'written-backwards',
        initial: 'start',
        states: {
          finish: { type: 'final', meta: meta('Finish', 'end') },
          middle: { meta: meta('Middle', 'activity'), on: { DONE: { target: 'finish', description: 'Done' } } },
          start: { meta: meta('Start', 'start'), on: { GO: { target: 'middle', description: 'Go' } } },
        },
      }),
    );
    expect(Object.fromEntries(model.steps.map((step) => [step.path, step.number]))).toEqual({
      start: 1,
      middle: 2,
      finish: 3,
    });
  });

  it('are plain numbers with no letters: the options of a decision get numbers of their own', () => {
    const model = describeMachine(
      setup({}).createMachine({
        id: 'decision',
        initial: 'decide',
        states: {
          decide: {
            meta: meta('Decide', 'decision'),
            on: {
              ACCEPT: { target: 'accept', description: 'Accept' },
              REFUSE: { target: 'refuse', description: 'Refuse' },
            },
          },
          accept: { type: 'final', meta: meta('Accepted', 'end') },
          refuse: { type: 'final', meta: meta('Refused', 'end', 'spo') },
        },
      }),
    );
    expect(stepsInOrder(model.steps).map((step) => step.number)).toEqual([1, 2, 3]);
    expect(model.steps.find((step) => step.path === 'decide')!.number).toBe(1);
  });
});

describe.each(processes)('numbering of "$id"', ({ machine }) => {
  const model = describeMachine(machine);
  const layout = layoutDiagram(model);

  it('numbers the steps 1 to N, the first step 1', () => {
    expect(model.steps.map((step) => step.number).sort((a, b) => a - b)).toEqual(
      model.steps.map((_, index) => index + 1),
    );
    expect(model.steps.find((step) => step.path === model.initialPaths[0])!.number).toBe(1);
  });

  it('writes each step’s number in its box, reading down the diagram row by row and across each row', () => {
    const boxes = [...layout.boxes].sort((a, b) => a.number - b.number);
    for (const [index, box] of boxes.entries()) {
      expect(box.number).toBe(model.steps.find((step) => step.path === box.path)!.number);
      const next = boxes[index + 1];
      if (!next) continue;
      const [middle, nextMiddle] = [box.rect.y + box.rect.height / 2, next.rect.y + next.rect.height / 2];
      expect(nextMiddle >= middle, `${box.number} above ${next.number}`).toBe(true);
      if (nextMiddle === middle)
        expect(next.rect.x, `${box.number} left of ${next.number}`).toBeGreaterThan(box.rect.x);
    }
  });
});
