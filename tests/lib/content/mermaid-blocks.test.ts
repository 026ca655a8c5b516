// ```mermaid blocks in guidance: checked before drawing, Mermaid's drawing cleaned for the page's CSP, a figure with the
// diagram's text, and problems reported at the MDX file's line. The drawing itself is faked here (the browser test
// draws real ones).
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  cleanDrawing,
  diagramFigure,
  diagramTextProblems,
  errorLine,
  isRhombus,
  mermaidBlocksPlugin,
  needsTitleAndDescription,
  widthClass,
  type Drawing,
} from '../../../src/lib/content/mermaid-blocks';
import { formatTimescale } from '../../../src/lib/timescale';
import { timescaleById } from '../../../src/lib/timescales/registry';

const drawingId = 'test-drawing';

/** An SVG shaped like the one Mermaid draws: its own styles, style attributes, a title, a description, a rhombus. */
function mermaidSvg({ title = 'Who signs', description = 'The SIRO signs type 1.' } = {}) {
  return (
    `<svg id="${drawingId}" width="240.5" height="300" viewBox="0 0 240.5 300" style="max-width: 240px;" ` +
    `role="graphics-document document" aria-roledescription="flowchart-v2" ` +
    `aria-labelledby="chart-title-${drawingId}" aria-describedby="chart-desc-${drawingId}">` +
    (title ? `<title id="chart-title-${drawingId}">${title}</title>` : '') +
    (description ? `<desc id="chart-desc-${drawingId}">${description}</desc>` : '') +
    `<style>#${drawingId} .node rect{fill:#fff4dd;}</style>` +
    `<marker id="${drawingId}_flowchart-v2-pointEnd"><path style="stroke-width: 1;" d="M0 0"></path></marker>` +
    `<g class="node" data-look="classic"><rect style="" x="0" y="0" width="10" height="10"></rect>` +
    `<text><tspan font-style="normal">Type 1</tspan></text></g>` +
    `<g class="node"><polygon points="50,0 100,-50 50,-100 0,-50" class="label-container"></polygon></g>` +
    `<g class="node"><polygon points="9,0 141,0 150,-18 141,-36 9,-36 0,-18"></polygon></g>` +
    `<path class="flowchart-link" style=";" data-points="W3sieCI6MX1d" marker-end="url(#${drawingId}_flowchart-v2-pointEnd)"></path>` +
    `</svg>`
  );
}

describe('diagramTextProblems', () => {
  it('accepts a flowchart with a title, a description and a timescale named from the registry', () => {
    const text = 'flowchart TD\n  accTitle: T\n  accDescr: D\n  a["Send a letter {{ns-9.1-letter}}"] --> b';
    expect(diagramTextProblems(text)).toEqual([]);
  });

  it('refuses a time amount typed into the diagram, at its line, pointing to the registry', () => {
    const problems = diagramTextProblems('flowchart TD\n  a --> b["Decide within 6 working days"]');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(2);
    expect(problems[0]!.message).toMatch(/"6 working days" is a time amount typed into a diagram: write \{\{id\}\}/);
  });

  it('refuses a timescale token that names no registry entry, or asks for a form there is not', () => {
    const problems = diagramTextProblems('flowchart TD\n  a["{{no-such-timescale}}"]\n  b["{{ns-9.1-letter|long}}"]');
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [2, '{{no-such-timescale}}: no such timescale in src/lib/timescales/registry.ts'],
      [3, '{{ns-9.1-letter|long}}: the only form is {{ns-9.1-letter|short}}'],
    ]);
  });

  it('refuses colours written into a diagram, which would be lost (the stylesheet colours every diagram)', () => {
    const problems = diagramTextProblems(
      'flowchart TD\n  a --> b\n  style a fill:#f00\n  classDef x fill:#0f0\n  c:::x',
    );
    expect(problems.map((problem) => problem.line)).toEqual([3, 4, 5]);
  });

  it('refuses a kind of diagram the stylesheet does not colour', () => {
    const [problem] = diagramTextProblems('%% a comment\nsequenceDiagram\n  A->>B: Hi');
    expect(problem).toMatchObject({ line: 2, message: expect.stringMatching(/draws flowcharts only/) as string });
  });
});

describe('errorLine', () => {
  it('reads the line of the diagram Mermaid points at, if it says one', () => {
    expect(errorLine('Parse error on line 4:\n...B{Decide\n---^\nExpecting ...')).toBe(4);
    expect(errorLine('No diagram type detected matching given configuration')).toBeUndefined();
  });
});

describe('cleanDrawing', () => {
  const cleaned = cleanDrawing(mermaidSvg(), drawingId, 'app-mermaid-abc')!;

  it('takes out everything the Content-Security-Policy would refuse: the style element and every style attribute', () => {
    expect(cleaned.svg).not.toMatch(/<style/);
    expect(cleaned.svg).not.toMatch(/\sstyle="/);
    // Presentation attributes are not styles, and stay.
    expect(cleaned.svg).toContain('font-style="normal"');
  });

  it('makes the drawing one image named by its title and described by its description', () => {
    expect(cleaned.svg).toMatch(/^<svg [^>]*role="img"/);
    expect(cleaned.svg).not.toContain('aria-roledescription');
    expect(cleaned.svg).toContain('aria-labelledby="chart-title-app-mermaid-abc"');
    expect(cleaned.svg).toContain('<title id="chart-title-app-mermaid-abc">Who signs</title>');
    expect(cleaned.svg).toContain('<desc id="chart-desc-app-mermaid-abc">The SIRO signs type 1.</desc>');
    expect(cleaned.title).toBe('Who signs');
  });

  it('gives every id the page’s prefix, so its arrows still find their heads', () => {
    expect(cleaned.svg).not.toContain(drawingId);
    expect(cleaned.svg).toContain('marker-end="url(#app-mermaid-abc_flowchart-v2-pointEnd)"');
  });

  it('drops the layout data Mermaid keeps for its editor', () => {
    expect(cleaned.svg).not.toContain('data-points');
    expect(cleaned.svg).not.toContain('data-look');
  });

  it('marks the decisions (rhombuses) and no other polygon', () => {
    expect(cleaned.svg.match(/class="app-mermaid__decision"/g)).toHaveLength(1);
    expect(cleaned.svg).toContain('<polygon points="50,0 100,-50 50,-100 0,-50" class="app-mermaid__decision"');
  });

  it('reports the drawing’s width, rounded up', () => {
    expect(cleaned.width).toBe(241);
  });

  it('refuses a drawing without a title or without a description', () => {
    expect(cleanDrawing(mermaidSvg({ title: '' }), drawingId, 'x')).toBeUndefined();
    expect(cleanDrawing(mermaidSvg({ description: '' }), drawingId, 'x')).toBeUndefined();
  });
});

describe('isRhombus', () => {
  it('tells a decision’s rhombus from a parallelogram, a hexagon and a square', () => {
    expect(isRhombus('97.45,0 194.9,-97.45 97.45,-194.9 0,-97.45')).toBe(true);
    expect(isRhombus('-18,0 132,0 150,-36 0,-36')).toBe(false);
    expect(isRhombus('9,0 141,0 150,-18 141,-36 9,-36 0,-18')).toBe(false);
    expect(isRhombus('0,0 10,0 10,10 0,10')).toBe(false);
  });
});

describe('widthClass', () => {
  it('names the frame width, in steps of 20 px, below which the drawing overflows and the hint shows', () => {
    // 241 px of drawing, 8 px of padding each side and a 1 px border each side: 259, so 260.
    expect(widthClass(241)).toBe('app-mermaid--needs-260');
    expect(widthClass(5000)).toBe('app-mermaid--needs-1200');
  });
});

describe('diagramFigure', () => {
  const render = (svg: string) => {
    const asked: string[] = [];
    const drawing = async (text: string): Promise<Drawing> => {
      asked.push(text);
      return { svg };
    };
    return { asked, drawing };
  };

  it('draws the text with timescales from the registry, and shows the same text, escaped, beside the drawing', async () => {
    const { asked, drawing } = render(mermaidSvg());
    const text = 'flowchart TD\n  accTitle: T\n  accDescr: D\n  a["Send a letter {{ns-9.1-letter}}"] --> b<br/>';
    const figure = await diagramFigure({ text, fenceLine: 10 }, { render: drawing, drawingId });
    const words = formatTimescale(timescaleById('ns-9.1-letter')!);
    expect(asked).toEqual([text.replace('{{ns-9.1-letter}}', words)]);
    expect('html' in figure && figure.html).toContain(`a[&quot;Send a letter ${words}&quot;] --&gt; b&lt;br/&gt;`);
    expect('html' in figure && figure.html).toMatch(/<details class="govuk-details app-mermaid__text"/);
    expect('html' in figure && figure.html).toContain(
      '<section class="app-mermaid__frame" tabindex="0" aria-label="Diagram: Who signs">',
    );
  });

  it('reports a diagram without a title or description at its fence line', async () => {
    const { drawing } = render(mermaidSvg({ title: '' }));
    const figure = await diagramFigure(
      { text: 'flowchart TD\n  a --> b', fenceLine: 12 },
      { render: drawing, drawingId },
    );
    expect(figure).toEqual({ problems: [{ line: 12, message: needsTitleAndDescription }] });
    expect(needsTitleAndDescription).toMatch(/^every diagram needs a title and a description/);
  });

  it('reports Mermaid’s error at the MDX file’s line', async () => {
    const drawing = async (): Promise<Drawing> => ({ error: 'Parse error on line 3:\n...\nExpecting X, got Y' });
    const figure = await diagramFigure(
      { text: 'flowchart TD\n  a\n  a -->|', fenceLine: 20 },
      { render: drawing, drawingId },
    );
    expect(figure).toEqual({
      problems: [
        {
          line: 23,
          message: 'Mermaid cannot draw this diagram: Parse error on line 3:\n    ...\n    Expecting X, got Y',
        },
      ],
    });
  });

  it('does not draw a diagram whose text has problems', async () => {
    const { asked, drawing } = render(mermaidSvg());
    const figure = await diagramFigure(
      { text: 'flowchart TD\n  a["by day 8"]', fenceLine: 5 },
      { render: drawing, drawingId },
    );
    expect(asked).toEqual([]);
    expect('problems' in figure && figure.problems[0]!.line).toBe(7);
  });
});

describe('mermaidBlocksPlugin', () => {
  const compile = (mdx: string, drawing: (text: string) => Promise<Drawing>) =>
    mdxToJs(mdx, {
      mdastPlugins: [mermaidBlocksPlugin({ render: drawing, drawingId, root: '/site' })],
      fileURL: new URL('file:///site/src/content/guidance/page.mdx'),
      jsxImportSource: 'astro',
    });

  it('turns a ```mermaid block into the figure, as static HTML, and leaves other code blocks alone', async () => {
    const mdx = '# Page\n\n```mermaid\nflowchart TD\n  a --> b\n```\n\n```text\nflowchart\n```\n';
    const { code } = await compile(mdx, async () => ({ svg: mermaidSvg() }));
    expect(code).toContain('"set:html": "<figure class=\\"app-mermaid app-mermaid--needs-260\\" data-mermaid-diagram>');
    expect(code).toContain('language-text');
    expect(code).not.toContain('language-mermaid');
  });

  it('fails the file listing each diagram’s problem with the file and the line, in the file’s order', async () => {
    const mdx =
      '# Page\n\n```mermaid\nflowchart TD\n  a --> b\n```\n\nText.\n\n```mermaid\nflowchart TD\n  a -->|\n```\n';
    // The first diagram takes longer to draw, so its problem arrives last.
    const drawing = async (text: string): Promise<Drawing> => {
      if (text.includes('-->|')) return { error: 'Parse error on line 2: bad' };
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { svg: mermaidSvg({ title: '' }) };
    };
    await expect(compile(mdx, drawing)).rejects.toThrow(
      'Diagram problems:\n' +
        `src/content/guidance/page.mdx:3: ${needsTitleAndDescription}\n` +
        'src/content/guidance/page.mdx:12: Mermaid cannot draw this diagram: Parse error on line 2: bad',
    );
  });
});
