// @vitest-environment jsdom
// Every map's "Copy this map as Mermaid" text is read by Mermaid itself (the package Mermaid Live, GitHub and
// Confluence run), and what Mermaid reads is the map: a subgraph per lane, a rhombus per decision, timescales shown.
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { stepTimescaleText } from '../../../src/lib/process-map/diagram/timescale-text';
import { describeMachine } from '../../../src/lib/process-map/model';
import { mermaidNodeId, toMermaid } from '../../../src/lib/process-map/mermaid';
import { roles } from '../../../src/lib/roles';
import { processes } from '../../../src/machines';

interface FlowDb {
  getAccTitle(): string;
  getAccDescription(): string;
  getVertices(): Map<string, { id: string; text?: string; type?: string }>;
  getSubGraphs(): { title: string; nodes: string[] }[];
  getEdges(): { start: string; end: string; text: string }[];
}

/**
 * What Mermaid makes of the text: its flowchart's nodes, subgraphs and edges. mermaidAPI is marked deprecated, but
 * Mermaid has no other way to read what it parsed, and this test checks exactly that.
 */
async function readByMermaid(text: string): Promise<FlowDb> {
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  return diagram.db as unknown as FlowDb;
}

describe('each map as Mermaid text', () => {
  it.each(processes.map((process) => [process.id, process.title, describeMachine(process.machine)] as const))(
    '%s is a flowchart Mermaid reads as the map',
    async (_id, title, model) => {
      const text = toMermaid(model, title);
      await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
      const db = await readByMermaid(text);
      const vertices = db.getVertices();
      expect(db.getAccTitle()).toBe(`Process map: ${title}`);
      expect(db.getAccDescription()).toMatch(/^The steps in the order they happen/);

      // Each lane is a subgraph titled with its role, holding that lane's steps.
      expect(db.getSubGraphs().map((subgraph) => subgraph.title)).toEqual(model.lanes.map((lane) => roles[lane]));
      for (const subgraph of db.getSubGraphs()) {
        const lane = model.lanes.find((candidate) => roles[candidate] === subgraph.title);
        const inLane = model.steps.filter((step) => step.meta.lane === lane).map((step) => mermaidNodeId(step.path));
        expect([...subgraph.nodes].sort()).toEqual([...inLane].sort());
      }

      for (const step of model.steps) {
        const vertex = vertices.get(mermaidNodeId(step.path));
        expect(vertex?.id, step.path).toBe(mermaidNodeId(step.path));
        expect(vertex!.type === 'diamond', `${step.path} is a rhombus only if it is a decision`).toBe(
          step.meta.kind === 'decision',
        );
        const timescale = stepTimescaleText(step);
        if (timescale) expect(vertex!.text).toContain(timescale);
      }

      const edges = model.steps.flatMap((step) => step.outcomes.flatMap((outcome) => outcome.targets));
      expect(db.getEdges()).toHaveLength(edges.length);
    },
  );

  it('refuses text that is not Mermaid, so the check above can fail', async () => {
    const text = toMermaid(describeMachine(processes[0]!.machine)).replace('flowchart TD', 'flowchart TD\n  A -->|');
    await expect(mermaid.parse(text)).rejects.toThrow(/Parse error/);
  });
});
