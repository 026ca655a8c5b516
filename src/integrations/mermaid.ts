// Turns ```mermaid blocks in guidance MDX into inline SVG at build time (src/lib/content/mermaid-blocks.ts), drawn by
// the real Mermaid in headless Chromium (./mermaid-renderer.ts): adds its step to the Sätteri Markdown processor and
// closes the browser when the build or the development server ends. No Mermaid script reaches the reader.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { mermaidBlocksPlugin } from '../lib/content/mermaid-blocks';
import { createMermaidRenderer, drawingId } from './mermaid-renderer';

export function mermaidDiagrams(): AstroIntegration {
  let renderer: ReturnType<typeof createMermaidRenderer> | undefined;
  const close = async () => {
    await renderer?.close();
  };
  return {
    name: 'app-mermaid-diagrams',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor;
        if (!processor || !isSatteriProcessor(processor))
          throw new Error('mermaidDiagrams() adds its step to the Sätteri Markdown processor: set markdown.processor');
        const root = fileURLToPath(config.root);
        renderer = createMermaidRenderer({ cacheDir: path.join(root, 'node_modules', '.cache', 'hmpps-mermaid') });
        const drawings = renderer;
        const render = (text: string) => drawings.render(text);
        processor.options.mdastPlugins.push(mermaidBlocksPlugin({ render, drawingId, root }));
      },
      'astro:build:done': async ({ logger }) => {
        const counts = renderer?.counts();
        if (counts && counts.drawn + counts.cached > 0)
          logger.info(`Mermaid: ${counts.drawn} diagram(s) drawn, ${counts.cached} from the cache`);
        await close();
      },
      'astro:server:done': close,
    },
  };
}
