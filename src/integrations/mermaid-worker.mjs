// The process that draws Mermaid diagrams for the build: one headless Chromium page with the real `mermaid` package and
// the site's font, drawing one diagram at a time. It runs apart from Astro because Astro loads its integrations through
// Vite's module runner, which is closed by the time the build draws, so the build could not load the browser itself.
// Reads one JSON request a line on stdin ({ id, text }) and answers each on stdout ({ id, svg } or { id, error }); the
// Mermaid configuration and the drawing's element id come in argv. Ends, closing the browser, when stdin closes.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { launchChromium } from '../../scripts/browser.mjs';

const require = createRequire(import.meta.url);
const [config, drawingId] = [JSON.parse(process.argv[2] ?? '{}'), process.argv[3] ?? 'mermaid-drawing'];

const fontFace = async (weight) => {
  const file = require.resolve(
    `@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff2`,
  );
  const data = (await readFile(file)).toString('base64');
  return `@font-face{font-family:'Atkinson Hyperlegible';font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2')}`;
};

const browser = await launchChromium();
const page = await browser.newPage();
// A blank page with the site's font loaded from memory: the page reaches no file and no network.
const faces = await Promise.all([fontFace(400), fontFace(700)]);
await page.setContent(`<!doctype html><html lang="en"><style>${faces.join('')}</style><body></body></html>`);
await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
await page.evaluate(async (settings) => {
  await Promise.all(
    ["19px 'Atkinson Hyperlegible'", "bold 19px 'Atkinson Hyperlegible'"].map((font) => document.fonts.load(font)),
  );
  window.mermaid.initialize(settings);
}, config);

const draw = (text) =>
  page.evaluate(
    async ({ text, id }) => {
      try {
        return { svg: (await window.mermaid.render(id, text)).svg };
      } catch (error) {
        // Mermaid leaves its error drawing in the page; remove it so the next diagram starts clean.
        document.getElementById(`d${id}`)?.remove();
        return { error: error instanceof Error ? error.message : String(error) };
      }
    },
    { text, id: drawingId },
  );

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const { id, text } = JSON.parse(line);
  const answer = await draw(text).catch((error) => ({ error: `the browser failed: ${error.message}` }));
  process.stdout.write(`${JSON.stringify({ id, ...answer })}\n`);
}
await browser.close();
