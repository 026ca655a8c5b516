// Making the rendered flowchart safe to inline: no styles (the CSP forbids them), no font import, ids unique to the diagram.
import { describe, expect, it } from 'vitest';
import { renderFlowchart, sanitiseFlowchartSvg } from '../../../src/lib/process-map/flowchart-svg';
import { mermaidNodeId, toMermaid } from '../../../src/lib/process-map/mermaid';
import { describeMachine } from '../../../src/lib/process-map/model';
import { enforcement } from '../../../src/machines/enforcement';

const svg = [
  '<svg xmlns="http://www.w3.org/2000/svg" style="--bg:#fff;background:var(--bg)">',
  "<style>\n  @import url('https://fonts.googleapis.com/css2?family=Inter');\n  text { font-family: Inter; }\n</style>",
  '<defs><marker id="arrowhead"><polygon points="0 0"/></marker><marker id="arrow.start"/></defs>',
  '<g class="node" data-id="sendWarningLetter"><rect style="fill:red" x="1"/></g>',
  '<polyline marker-end="url(#arrowhead)" marker-start="url(#arrow.start)"/>',
  '<use href="#arrowhead"/><use xlink:href="#arrowhead"/>',
  '</svg>',
].join('\n');

describe('sanitiseFlowchartSvg', () => {
  const out = sanitiseFlowchartSvg(svg, 'flowchart-enforcement');

  it('removes the <style> element and its font @import', () => {
    expect(out).not.toContain('<style');
    expect(out).not.toContain('@import');
    expect(out).not.toContain('fonts.googleapis.com');
  });

  it('removes every style attribute', () => {
    expect(out).not.toMatch(/\sstyle=/);
    expect(out).toContain('<rect x="1"/>');
  });

  it('removes an @import left outside a <style> element', () => {
    expect(sanitiseFlowchartSvg('<svg>@import url(x.css);<g/></svg>', 'p')).toBe('<svg><g/></svg>');
  });

  it('prefixes every id with the diagram’s name', () => {
    expect(out).toContain('<marker id="flowchart-enforcement-arrowhead">');
    expect(out).toContain('<marker id="flowchart-enforcement-arrow.start"/>');
    expect(out).not.toMatch(/\sid="arrow/);
  });

  it('points url(#...) and href="#..." references at the prefixed ids, even ids with regex characters', () => {
    expect(out).toContain('marker-end="url(#flowchart-enforcement-arrowhead)"');
    expect(out).toContain('marker-start="url(#flowchart-enforcement-arrow.start)"');
    expect(out).toContain('<use href="#flowchart-enforcement-arrowhead"/>');
    expect(out).toContain('<use xlink:href="#flowchart-enforcement-arrowhead"/>');
  });

  it('leaves the node data the walk-through reads alone', () => {
    expect(out).toContain('data-id="sendWarningLetter"');
  });

  it('keeps two diagrams on one page from sharing an id', () => {
    const first = sanitiseFlowchartSvg(svg, 'flowchart-a');
    const second = sanitiseFlowchartSvg(svg, 'flowchart-b');
    const ids = (text: string) => [...text.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids(first).filter((id) => ids(second).includes(id))).toEqual([]);
  });

  it('leaves a data-id alone even when it equals an element id', () => {
    const out = sanitiseFlowchartSvg('<svg><marker id="arrowhead"/><g class="node" data-id="arrowhead"/></svg>', 'p');
    expect(out).toContain('data-id="arrowhead"');
  });
});

describe('renderFlowchart', () => {
  const model = describeMachine(enforcement);
  const rendered = renderFlowchart(toMermaid(model), 'flowchart-enforcement');

  it('renders the enforcement map to an SVG with no styles or font import', () => {
    expect(rendered.trimStart()).toMatch(/^<svg[\s>]/);
    expect(rendered).not.toContain('<style');
    expect(rendered).not.toContain('@import');
    expect(rendered).not.toMatch(/\sstyle=/);
  });

  it('draws a node for every step, findable by its Mermaid id', () => {
    for (const step of model.steps) expect(rendered, step.path).toContain(`data-id="${mermaidNodeId(step.path)}"`);
  });

  it('gives every id the prefix, and every url(#...) reference an id that exists', () => {
    const ids = [...rendered.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^flowchart-enforcement-/);
    const references = [...rendered.matchAll(/url\(#([^)]+)\)/g)].map((match) => match[1]!);
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) expect(ids).toContain(reference);
  });
});

describe('renderFlowchart when the layout engine fails', () => {
  // A 30-step chain with decisions every fifth step across four lanes: ELK throws "Invalid hitboxes" laying it out top to bottom.
  const lanes = ['pom', 'com', 'spo', 'chaplain'];
  const steps = Array.from({ length: 30 }, (_, index) => index + 1);
  const shape = (n: number) =>
    n === 1 || n === 30
      ? `step${n}(["${n}. Benchmark benchmark-map-1 step ${n}"])`
      : n % 5 === 0 && n + 1 < 30
        ? `step${n}{"${n}. Benchmark benchmark-map-1 step ${n}"}`
        : `step${n}["${n}. Benchmark benchmark-map-1 step ${n}"]`;
  const text = [
    'flowchart TD',
    ...lanes.flatMap((lane, index) => [
      `  subgraph lane_${lane}["${lane}"]`,
      ...steps.filter((n) => (n - 1) % 4 === index).map((n) => `    ${shape(n)}`),
      '  end',
    ]),
    ...steps
      .slice(0, -1)
      .flatMap((n) =>
        n % 5 === 0 && n + 1 < 30
          ? [
              `  step${n} -->|"First option at step${n}"| step${n + 1}`,
              `  step${n} -->|"Second option at step${n}"| step${n + 2}`,
            ]
          : [`  step${n} -->|"Done: go on from step${n}"| step${n + 1}`],
      ),
  ].join('\n');

  it('falls back to another layout, keeps every step, and says so in the build log', () => {
    const warnings: string[] = [];
    const svg = renderFlowchart(text, 'flowchart-big', (message) => warnings.push(message));
    for (const n of steps) expect(svg).toContain(`data-id="step${n}"`);
    expect(warnings.join('\n')).toMatch(/flowchart-big: laid out .* because the top to bottom layout failed/);
  });
});
