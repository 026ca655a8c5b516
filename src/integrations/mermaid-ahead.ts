// Draws the guidance's Mermaid diagrams into the drawing cache before Astro's build starts (scripts/build.mjs), so
// the browser that draws them is never running beside Astro's bundler: at 10,000 pages it added 0.6 GB to the
// build's peak memory, while Astro held every page's modules. Astro's own step (./mermaid.ts) then finds each
// drawing in the cache. A block it finds here that Astro's step sees differently is drawn there, as before.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { mdxToMdast } from 'satteri';
import { contentRootSetting } from '../lib/content/content-root';
import { textToDraw } from '../lib/content/mermaid-blocks';
import { createMermaidRenderer, mermaidCacheDir } from './mermaid-renderer';
import { stepLogger } from './step-logger';

/** A ```mermaid (or ~~~mermaid) fence: the files worth parsing. */
const mermaidFence = /^[ \t>*+-]*(?:`{3,}|~{3,})[ \t]*mermaid\b/m;

interface Node {
  type: string;
  lang?: string | null;
  value?: string;
  children?: Node[];
}

/**
 * The texts Mermaid is given for the ```mermaid blocks of an MDX file, parsed as the build parses it (Sätteri), with
 * blocks that cannot be drawn left out: the build reports those, naming the file and line. A file that does not parse
 * gives none (the build reports that too).
 */
export function mermaidTextsIn(source: string): string[] {
  if (!mermaidFence.test(source)) return [];
  // Front matter is YAML, not MDX: blanked, line for line, so a brace in it is not read as an expression.
  const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (matter) => matter.replace(/[^\n]/g, ''));
  let tree: Node;
  try {
    tree = mdxToMdast(body, { position: false }) as Node;
  } catch {
    return [];
  }
  const texts: string[] = [];
  const visit = (node: Node) => {
    if (node.type === 'code' && node.lang === 'mermaid') {
      const toDraw = textToDraw(node.value ?? '');
      if ('text' in toDraw) texts.push(toDraw.text);
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return texts;
}

/** Every diagram in the content's MDX files not yet in the cache, drawn, and a line in the build's log saying so. */
export async function drawMermaidAhead(root: string): Promise<void> {
  const contentRoot = path.resolve(root, contentRootSetting());
  const files = (await readdir(contentRoot, { recursive: true, encoding: 'utf8' })).filter((file) =>
    file.endsWith('.mdx'),
  );
  const texts = new Set<string>();
  for (const file of files)
    for (const text of mermaidTextsIn(await readFile(path.join(contentRoot, file), 'utf8'))) texts.add(text);
  if (!texts.size) return;
  const renderer = createMermaidRenderer({ cacheDir: mermaidCacheDir(root) });
  try {
    await Promise.all([...texts].map((text) => renderer.render(text)));
  } finally {
    await renderer.close();
  }
  // The words of Astro's own step's line (./mermaid.ts), which the bench reads: the first such line is this one.
  stepLogger('app-mermaid-diagrams').info(`${renderer.summary()}, before Astro's build`);
}
