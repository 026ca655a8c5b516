// Finishes each map's standalone SVG (dist/process-maps/<id>/map.svg) and draws it into map.png beside it, at twice
// the diagram's size, for slides: the very file people download, with the font the site ships, in the project's
// Chromium (scripts/browser.mjs). The build runs it (src/integrations/map-pictures.ts); `node scripts/map-pictures.mjs
// dist` runs it on a built site.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './browser.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function fontFaces() {
  const faces = await Promise.all(
    [400, 700].map(async (weight) => {
      const file = path.join(projectRoot, `public/fonts/atkinson-hyperlegible-latin-${weight}-normal.woff2`);
      const font = (await readFile(file)).toString('base64');
      return `@font-face{font-family:'Atkinson Hyperlegible';font-weight:${weight};src:url(data:font/woff2;base64,${font}) format('woff2')}`;
    }),
  );
  return faces.join('');
}

/** The drawing properties the diagram's stylesheet sets, all of them SVG presentation attributes too. */
const drawingProperties = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'font-family',
  'font-weight',
];

/**
 * Writes what the file's own stylesheet draws onto each element as presentation attributes (fill="…"), keeping the
 * stylesheet. A map.svg opened from the site is a document under the site's Content-Security-Policy, which refuses
 * its <style> (no 'unsafe-inline'): without the attributes it drew as a black rectangle. Presentation attributes are
 * not styles to the policy, and Word, which reads few stylesheets, reads them too.
 */
async function writeStylesAsAttributes(page, file) {
  await page.goto(pathToFileURL(file).href);
  const svg = await page.evaluate((properties) => {
    const elements = [document.documentElement, ...document.documentElement.querySelectorAll('*')];
    const styled = elements.map((element) => properties.map((name) => getComputedStyle(element)[name]));
    for (const sheet of document.styleSheets) sheet.disabled = true;
    // Parents first, so an element inherits what its parent's attributes already give it and repeats nothing.
    elements.forEach((element, index) =>
      properties.forEach((name, property) => {
        const value = styled[index][property];
        if (getComputedStyle(element)[name] !== value) element.setAttribute(name, value);
      }),
    );
    for (const sheet of document.styleSheets) sheet.disabled = false;
    return new XMLSerializer().serializeToString(document.documentElement);
  }, drawingProperties);
  await writeFile(file, `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`);
}

/** What shapes every picture besides its SVG: this script, the browser it drives and the installed packages. */
async function drawingDigest() {
  const hash = createHash('sha256');
  for (const file of ['scripts/map-pictures.mjs', 'scripts/browser.mjs', 'package-lock.json'])
    hash.update(await readFile(path.join(projectRoot, file)).catch(() => ''));
  return hash.digest('hex');
}

/**
 * Writes map.png beside every map.svg under `outDir`/process-maps; returns how many it wrote and how many came from
 * `cacheDir`. With `cacheDir`, a map whose SVG was finished and drawn by an earlier build with the same script and
 * packages takes both files from there (keyed by a hash of the SVG the build wrote), and Chromium starts only for the
 * rest; the cache keeps only what this build used.
 */
export async function drawMapPictures(outDir, { cacheDir } = {}) {
  const mapsDir = path.join(outDir, 'process-maps');
  const folders = (await readdir(mapsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && existsSync(path.join(mapsDir, entry.name, 'map.svg')))
    .map((entry) => path.join(mapsDir, entry.name));
  const counts = { drawn: folders.length, cached: 0 };
  if (!folders.length) return counts;
  const digest = cacheDir && (await drawingDigest());
  const keys = new Map();
  const toDraw = [];
  for (const folder of folders) {
    if (!cacheDir) {
      toDraw.push(folder);
      continue;
    }
    const svg = await readFile(path.join(folder, 'map.svg'));
    const key = createHash('sha256').update(digest).update(svg).digest('hex');
    keys.set(folder, key);
    const [finished, png] = await Promise.all(
      ['svg', 'png'].map((kind) => readFile(path.join(cacheDir, `${key}.${kind}`)).catch(() => undefined)),
    );
    if (finished && png) {
      await writeFile(path.join(folder, 'map.svg'), finished);
      await writeFile(path.join(folder, 'map.png'), png);
      counts.cached += 1;
    } else toDraw.push(folder);
  }
  if (toDraw.length) {
    const browser = await launchChromium();
    try {
      const files = await browser.newPage();
      const page = await browser.newPage({ deviceScaleFactor: 2 });
      const fonts = await fontFaces();
      for (const folder of toDraw) {
        await writeStylesAsAttributes(files, path.join(folder, 'map.svg'));
        const svg = (await readFile(path.join(folder, 'map.svg'), 'utf8')).replace(/^<\?xml[^>]*>\s*/, '');
        await page.setContent(`<!doctype html><style>${fonts}body{margin:0}</style>${svg}`);
        await page.evaluate(() => document.fonts.ready);
        const drawing = page.locator('body > svg');
        const box = await drawing.boundingBox();
        if (box) await page.setViewportSize({ width: Math.ceil(box.width), height: Math.ceil(box.height) });
        await drawing.screenshot({ path: path.join(folder, 'map.png') });
      }
    } finally {
      await browser.close();
    }
  }
  if (cacheDir) {
    await mkdir(cacheDir, { recursive: true });
    for (const folder of toDraw)
      for (const kind of ['svg', 'png'])
        await writeFile(
          path.join(cacheDir, `${keys.get(folder)}.${kind}`),
          await readFile(path.join(folder, `map.${kind}`)),
        );
    const used = new Set([...keys.values()]);
    for (const name of await readdir(cacheDir))
      if (!used.has(name.replace(/\.(svg|png)$/, ''))) await rm(path.join(cacheDir, name), { force: true });
  }
  return counts;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { drawn, cached } = await drawMapPictures(path.resolve(process.argv[2] ?? 'dist'), {
    cacheDir: process.argv[3],
  });
  console.log(`map.png at twice the size of the diagram for ${drawn} maps (${cached} unchanged, from the cache)`);
}
