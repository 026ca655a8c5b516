// The diagrams drawn before Astro's build (src/integrations/mermaid-ahead.ts) are the ones Astro's MDX step asks for:
// otherwise the browser starts beside Astro's bundler after all.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mermaidTextsIn } from '../../src/integrations/mermaid-ahead';
import { mermaidBlocksPlugin } from '../../src/lib/content/mermaid-blocks';

/** The texts Astro's step hands to Mermaid when it compiles `mdx` (its front matter taken off, as Astro does). */
async function textsTheBuildDraws(mdx: string): Promise<string[]> {
  const asked: string[] = [];
  const render = async (text: string) => {
    asked.push(text);
    return { error: 'not drawn in this test' };
  };
  const body = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (matter) => matter.replace(/[^\n]/g, ''));
  try {
    // A Promise when the page has a diagram to draw, the compiled page when it has none.
    await mdxToJs(body, {
      mdastPlugins: [mermaidBlocksPlugin({ render, drawingId: 'test', root: '/site' })],
      fileURL: new URL('file:///site/page.mdx'),
      jsxImportSource: 'astro',
    });
  } catch {
    // Every drawing fails here ("not drawn in this test"): only what was asked for matters.
  }
  return asked;
}

describe('mermaidTextsIn', () => {
  const flowchart = 'flowchart TD\n  accTitle: Who signs\n  accDescr: The SIRO signs.\n  a --> b';

  it('finds ```mermaid and ~~~mermaid blocks, at the top level and in a list, and no other code', async () => {
    const mdx = [
      '---',
      'title: "Braces {like this} are YAML here"',
      '---',
      '',
      '# Page',
      '',
      '```mermaid',
      flowchart,
      '```',
      '',
      '- A step:',
      '',
      '  ~~~mermaid',
      `  ${flowchart.replace(/\n/g, '\n  ').replace('a --> b', 'a --> c')}`,
      '  ~~~',
      '',
      '```text',
      flowchart,
      '```',
      '',
    ].join('\n');
    const found = mermaidTextsIn(mdx);
    expect(found).toHaveLength(2);
    expect(found[1]).toContain('a --> c');
    expect(found).toEqual(await textsTheBuildDraws(mdx));
  });

  it('gives the text with its timescale tokens in words, and leaves out a block the build refuses', async () => {
    const mdx = [
      '```mermaid',
      `${flowchart}\n  b --> c["Letter sent {{ns-9.1-letter}}"]`,
      '```',
      '',
      '```mermaid',
      `${flowchart}\n  style a fill:#f00`,
      '```',
    ].join('\n');
    const found = mermaidTextsIn(mdx);
    expect(found).toHaveLength(1);
    expect(found[0]).not.toContain('{{');
    expect(found).toEqual(await textsTheBuildDraws(mdx));
  });

  it('finds nothing in a page with no diagram, or one that is not valid MDX', () => {
    expect(mermaidTextsIn('# Page\n\nText.\n')).toEqual([]);
    expect(mermaidTextsIn('```mermaid\nflowchart TD\n```\n\n<Unclosed\n')).toEqual([]);
  });

  it('finds, in every guidance page, the diagrams the build draws', async () => {
    const root = path.resolve(import.meta.dirname, '../../src/content');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
    let diagrams = 0;
    for (const file of files) {
      const mdx = readFileSync(path.join(root, file), 'utf8');
      const found = mermaidTextsIn(mdx);
      diagrams += found.length;
      expect(found, file).toEqual(await textsTheBuildDraws(mdx));
    }
    expect(diagrams).toBeGreaterThan(0);
  });
});
