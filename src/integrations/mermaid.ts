// Turns ```mermaid blocks in guidance MDX into inline SVG at build time (src/lib/content/mermaid-blocks.ts), drawn by
// the real Mermaid in headless Chromium (./mermaid-renderer.ts): adds its step to the Sätteri Markdown processor.
// `npm run build` has drawn the diagrams into the cache before Astro starts (./mermaid-ahead.ts), so this step reads
// them; one it lacks (or every one, under `astro build` alone or the development server) starts the browser, which is
// closed once the build has compiled every page, or when the development server ends. No Mermaid script reaches the
// reader.
import { fileURLToPath } from 'node:url';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { mermaidBlocksPlugin } from '../lib/content/mermaid-blocks';
import { createMermaidRenderer, drawingId, mermaidCacheDir } from './mermaid-renderer';

export function mermaidDiagrams(): AstroIntegration {
  let renderer: ReturnType<typeof createMermaidRenderer> | undefined;
  const close = async () => {
    await renderer?.close();
  };
  return {
    name: 'app-mermaid-diagrams',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const processor = config.markdown.processor;
        if (!processor || !isSatteriProcessor(processor))
          throw new Error('mermaidDiagrams() adds its step to the Sätteri Markdown processor: set markdown.processor');
        const root = fileURLToPath(config.root);
        renderer = createMermaidRenderer({ cacheDir: mermaidCacheDir(root) });
        const drawings = renderer;
        const render = (text: string) => drawings.render(text);
        processor.options.mdastPlugins.push(mermaidBlocksPlugin({ render, drawingId, root }));
        // Every page's MDX is compiled by the time the server bundle's modules are all loaded: the browser (over half
        // a gigabyte) is closed then rather than kept through rendering. A diagram asked for later starts it again.
        if (command === 'build')
          updateConfig({
            vite: {
              plugins: [
                {
                  name: 'app-mermaid-diagrams',
                  async buildEnd() {
                    if (this.environment.config.consumer === 'server') await close();
                  },
                },
              ],
            },
          });
      },
      'astro:build:done': async ({ logger }) => {
        const { drawn = 0, cached = 0 } = renderer?.counts() ?? {};
        if (drawn + cached > 0) logger.info(renderer!.summary());
        await close();
      },
      'astro:server:done': close,
    },
  };
}
