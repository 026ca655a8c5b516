// Writes each map's picture for slides (map.png, beside map.svg) once the build has written the SVG files, by running
// scripts/map-pictures.mjs, which drives Chromium, in a Node process of its own.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BuiltSite, StepLogger } from './built-site';

const run = promisify(execFile);

export async function drawMapPictures({ root, outDir, cacheDir }: BuiltSite, logger: StepLogger): Promise<void> {
  // Pictures drawn by an earlier build, under Astro's cache folder (node_modules/.astro), keyed by each map's SVG.
  const pictureCache = path.join(cacheDir, 'hmpps-map-pictures');
  const script = path.join(root, 'scripts/map-pictures.mjs');
  const { stdout } = await run(process.execPath, [script, outDir, pictureCache]);
  logger.info(`Pictures: ${stdout.trim()}`);
}
