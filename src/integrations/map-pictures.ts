// Writes each map's picture for slides (map.png, beside map.svg) once the build has written the SVG files, by running
// scripts/map-pictures.mjs in its own Node process: it drives Chromium, which Astro's module runner cannot load.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AstroIntegration } from 'astro';

const run = promisify(execFile);

export function mapPictures(): AstroIntegration {
  // Pictures drawn by an earlier build, under Astro's cache folder (node_modules/.astro), keyed by each map's SVG.
  let cacheDir = '';
  return {
    name: 'app-map-pictures',
    hooks: {
      'astro:config:setup': ({ config }) => {
        cacheDir = fileURLToPath(new URL('hmpps-map-pictures/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const script = fileURLToPath(new URL('../../scripts/map-pictures.mjs', import.meta.url));
        const { stdout } = await run(process.execPath, [script, fileURLToPath(dir), cacheDir]);
        logger.info(`Pictures: ${stdout.trim()}`);
      },
    },
  };
}
