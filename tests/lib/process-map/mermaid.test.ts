// The flowchart's Mermaid text, generated from the model: one subgraph per lane, one labelled edge per outcome.
import { setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { describeMachine } from '../../../src/lib/process-map/model';
import { stepTimescaleText } from '../../../src/lib/process-map/diagram/timescale-text';
import { mermaidLabel, mermaidNodeId, toMermaid } from '../../../src/lib/process-map/mermaid';
import { roles } from '../../../src/lib/roles';
import { enforcement } from '../../../src/machines/enforcement';

const model = describeMachine(enforcement);
const lines = toMermaid(model).split('\n');

describe('mermaidNodeId', () => {
  it('turns the dots of a step path into double underscores', () => {
    expect(mermaidNodeId('recall.considerAlternatives')).toBe('recall__considerAlternatives');
    expect(mermaidNodeId('a.b.c')).toBe('a__b__c');
    expect(mermaidNodeId('sendWarningLetter')).toBe('sendWarningLetter');
  });
});

describe('mermaidLabel', () => {
  it('swaps double quotes for single ones so a label cannot end early', () => {
    expect(mermaidLabel('Say "no"')).toBe("Say 'no'");
  });

  it('drops angle brackets and joins lines', () => {
    expect(mermaidLabel('<b>Bold</b>\r\nnext\nline')).toBe('bBold/b next line');
  });
});

describe('toMermaid', () => {
  it('draws a top-down flowchart', () => {
    expect(lines[0]).toBe('flowchart TD');
  });

  it('gives the chart the map’s title and a description naming its roles, when it has the title', () => {
    const [, title, description] = toMermaid(model, 'Enforcement "breach"').split('\n');
    expect(title).toBe("  accTitle: Process map: Enforcement 'breach'");
    for (const lane of model.lanes) expect(description).toContain(mermaidLabel(roles[lane]));
    expect(description).toMatch(/^ {2}accDescr: The steps in the order they happen/);
    expect(lines.some((line) => line.includes('accTitle'))).toBe(false);
  });

  it('draws one subgraph per lane, named after the role, in lane order', () => {
    const subgraphs = lines.filter((line) => line.trim().startsWith('subgraph '));
    expect(subgraphs).toEqual(
      model.lanes.map((lane) => `  subgraph lane_${lane.replace(/-/g, '_')}["${mermaidLabel(roles[lane])}"]`),
    );
  });

  it('puts every step in its own lane’s subgraph, numbered and titled', () => {
    for (const lane of model.lanes) {
      const start = lines.findIndex((line) => line.startsWith(`  subgraph lane_${lane.replace(/-/g, '_')}[`));
      const end = lines.indexOf('  end', start);
      const inside = lines.slice(start + 1, end);
      const laneSteps = model.steps.filter((step) => step.meta.lane === lane);
      expect(inside).toHaveLength(laneSteps.length);
      laneSteps.forEach((step, index) => {
        expect(inside[index]).toContain(`${mermaidNodeId(step.path)}`);
        expect(inside[index]).toContain(`"${step.number}. ${mermaidLabel(step.meta.title)}`);
      });
    }
  });

  it('draws the shape that says what kind of step it is', () => {
    const shapeOf = (path: string) =>
      lines
        .find((line) => line.trim().startsWith(`${path}`))!
        .trim()
        .slice(path.length);
    const byKind = (kind: string) => model.steps.find((step) => step.meta.kind === kind)!.path;
    expect(shapeOf(byKind('decision'))).toMatch(/^\{".*"\}$/);
    expect(shapeOf(byKind('start'))).toMatch(/^\(\[".*"\]\)$/);
    expect(shapeOf(byKind('end'))).toMatch(/^\(\[".*"\]\)$/);
    expect(shapeOf(byKind('wait'))).toMatch(/^\(".*"\)$/);
    expect(shapeOf(byKind('activity'))).toMatch(/^\[".*"\]$/);
  });

  it('puts a step’s timescale under its title, in the registry’s words, and none on a step without one', () => {
    const line = (path: string) => lines.find((candidate) => candidate.trim().startsWith(`${path}`))!;
    const timed = model.steps.filter((step) => step.meta.timescale);
    expect(timed.length).toBeGreaterThan(0);
    for (const step of timed)
      expect(line(step.path)).toContain(`${mermaidLabel(step.meta.title)}<br/>${stepTimescaleText(step)}"`);
    for (const step of model.steps.filter((candidate) => !candidate.meta.timescale))
      expect(line(step.path)).not.toContain('<br/>');
    expect(line('sendWarningLetter')).toContain('Send a letter<br/>within 2 working days"');
  });

  it('draws one edge per outcome, labelled with the option in words', () => {
    const edges = lines.filter((line) => line.includes('-->'));
    const expected = model.steps.flatMap((step) =>
      step.outcomes.flatMap((outcome) =>
        outcome.targets.map(
          (target) => `  ${mermaidNodeId(step.path)} -->|"${mermaidLabel(outcome.label)}"| ${mermaidNodeId(target)}`,
        ),
      ),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(edges).toEqual(expected);
  });

  it('draws "No acceptable explanation" from the decision to the next step', () => {
    expect(lines).toContain('  decideOnExplanation -->|"No acceptable explanation"| decideEnforcementAction');
  });

  it('keeps quotes and angle brackets in titles and labels from breaking the chart', () => {
    const source = [{ framework: 'national-standards' as const, section: '9.1' }];
    const machine = setup({}).createMachine({
      id: 'quotes',
      initial: 'ask',
      states: {
        ask: {
          meta: { title: 'Ask "why?"', lane: 'com', kind: 'decision', summary: 'Ask.', source },
          on: { ANSWERED: { target: 'group', description: 'They said "because" <loudly>' } },
        },
        group: {
          type: 'parallel',
          meta: { title: 'Both', summary: 'Both.', source },
          onDone: { target: 'done', description: 'Both done' },
          states: {
            one: {
              initial: 'a',
              meta: { title: 'One', summary: 'One.', source },
              states: { a: { type: 'final', meta: { title: 'A', lane: 'spo', kind: 'wait', summary: 'A.', source } } },
            },
            two: {
              initial: 'b',
              meta: { title: 'Two', summary: 'Two.', source },
              states: { b: { type: 'final', meta: { title: 'B', lane: 'com', kind: 'wait', summary: 'B.', source } } },
            },
          },
        },
        done: { type: 'final', meta: { title: 'Done', lane: 'com', kind: 'end', summary: 'Done.', source } },
      },
    });
    const text = toMermaid(describeMachine(machine));
    expect(text).toContain(`ask{"1. Ask 'why?'"}`);
    expect(text).toContain(`  ask -->|"They said 'because' loudly"| group__one__a`);
    expect(text).toContain(`  ask -->|"They said 'because' loudly"| group__two__b`);
    expect(text).toContain('  group__one__a -->|"Both done"| done');
    expect(text).toContain('  group__two__b -->|"Both done"| done');
    expect(text).not.toContain('"because"');
  });
});
