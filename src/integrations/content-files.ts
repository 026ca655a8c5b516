// Stops the build, before Astro loads any content, when a content file does not parse or does not fit its schema:
// one message naming every file, line and problem (src/lib/content/content-files.ts). A file that passed in the last
// build, with the same text and the same rules, is not checked again (the list is kept in Astro's cache folder).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inputsDigest } from './mdx-cache';
import { assertContentFiles, checkedFiles } from '../lib/content/content-files';

/** The files the last build found passing, as `checkedFiles` hashes them; none when the list is missing or unreadable. */
function readPassed(file: string): string[] {
  try {
    const kept: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(kept) ? kept.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    return [];
  }
}

export function contentFiles(contentRoot: string): AstroIntegration {
  return {
    name: 'app-content-files',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const listFile = fileURLToPath(new URL('hmpps-content-files.json', config.cacheDir));
        // The rules are the schemas (src/lib) and the packages that parse and check (yaml, zod).
        const checked = checkedFiles(inputsDigest(root, ['package-lock.json', 'src/lib']), readPassed(listFile));
        try {
          assertContentFiles(path.resolve(root, contentRoot), root, checked);
        } finally {
          mkdirSync(path.dirname(listFile), { recursive: true });
          writeFileSync(listFile, JSON.stringify([...checked.passing]));
        }
        const { checked: read, unchanged } = checked.counts;
        logger.info(`Content files: ${read} checked, ${unchanged} unchanged since the last build`);
      },
    },
  };
}
