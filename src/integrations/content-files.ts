// Stops the build, before Astro loads any content, when a content file does not parse or does not fit its schema:
// one message naming every file, line and problem (src/lib/content/content-files.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { assertContentFiles } from '../lib/content/content-files';

export function contentFiles(contentRoot: string): AstroIntegration {
  return {
    name: 'app-content-files',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        assertContentFiles(path.resolve(root, contentRoot), root);
      },
    },
  };
}
