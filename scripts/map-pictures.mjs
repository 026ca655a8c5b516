// Finishes each map's standalone SVG (dist/process-maps/<id>/map.svg) and draws it into map.png beside it, at twice
// the diagram's size, for slides: the very file people download, with the font the site ships, in the project's
// Chromium (scripts/browser.mjs). The build runs it (src/integrations/map-pictures.ts); `node scripts/map-pictures.mjs
// dist` runs it on a built site.
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
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

/** Writes map.png beside every map.svg under `outDir`/process-maps; returns how many it wrote. */
export async function drawMapPictures(outDir) {
  const mapsDir = path.join(outDir, 'process-maps');
  const folders = (await readdir(mapsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && existsSync(path.join(mapsDir, entry.name, 'map.svg')))
    .map((entry) => path.join(mapsDir, entry.name));
  if (!folders.length) return 0;
  const browser = await launchChromium();
  try {
    const files = await browser.newPage();
    const page = await browser.newPage({ deviceScaleFactor: 2 });
    const fonts = await fontFaces();
    for (const folder of folders) {
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
  return folders.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = await drawMapPictures(path.resolve(process.argv[2] ?? 'dist'));
  console.log(`map.png at twice the size of the diagram for ${count} maps`);
}
