// Draws every process map's swimlane diagram on one page with the site's CSS and font, and screenshots it in the
// bundled Chromium at 1280, 1920 and 375 px wide, so the layout can be looked at by eye: `node scripts/diagram-preview.mjs [out-dir]`.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as sass from 'sass';
import { createServer } from 'vite';
import { launchChromium } from './browser.mjs';
import { startStaticServer } from './static-server.mjs';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'diagram-preview'));
mkdirSync(outDir, { recursive: true });

const vite = await createServer({ root, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
const { processes } = await vite.ssrLoadModule('/src/machines/index.ts');
const { describeMachine } = await vite.ssrLoadModule('/src/lib/process-map/model.ts');
const { layoutDiagram, renderDiagramSvg } = await vite.ssrLoadModule('/src/lib/process-map/diagram/index.ts');
await vite.close();

const site = mkdtempSync(path.join(tmpdir(), 'diagram-preview-'));
mkdirSync(path.join(site, 'fonts'));
for (const file of ['atkinson-hyperlegible-latin-400-normal.woff2', 'atkinson-hyperlegible-latin-700-normal.woff2'])
  copyFileSync(path.join(root, 'public/fonts', file), path.join(site, 'fonts', file));
const css = sass.compile(path.join(root, 'src/styles/app.scss'), {
  loadPaths: [root],
  quietDeps: true,
  silenceDeprecations: ['import'],
}).css;
writeFileSync(path.join(site, 'app.css'), css);
const layouts = new Map();
for (const process of processes) {
  const layout = layoutDiagram(describeMachine(process.machine));
  layouts.set(process.id, layout);
  const svg = renderDiagramSvg(layout, { idPrefix: `diagram-${process.id}`, title: process.title });
  writeFileSync(
    path.join(site, `${process.id}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${process.title}</title><link rel="stylesheet" href="/app.css"></head>` +
      `<body class="govuk-template__body"><main class="govuk-width-container"><h1 class="govuk-heading-m">${process.title}</h1>${svg}</main></body></html>`,
  );
}

const { server, url } = await startStaticServer(site);
const browser = await launchChromium();
try {
  for (const [name, width, height] of [
    ['1280', 1280, 900],
    ['1920', 1920, 1080],
    ['375', 375, 812],
  ]) {
    const page = await browser.newPage({ viewport: { width, height } });
    for (const process of processes) {
      await page.goto(`${url}/${process.id}.html`);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: path.join(outDir, `${process.id}-${name}.png`), fullPage: true });
      if (name !== '1280') continue;
      // How far the browser's text differs from the build's measurement, and any text poking out of its box.
      const measured = await page.evaluate(() =>
        [...document.querySelectorAll('.app-diagram__step')].map((step) => {
          const shape = step.querySelector('.app-diagram__shape').getBBox();
          return [...step.querySelectorAll('text')].map((text) => {
            const box = text.getBBox();
            const widest = Math.max(...[...text.querySelectorAll('tspan')].map((span) => span.getComputedTextLength()));
            const inside =
              box.x >= shape.x - 0.5 &&
              box.y >= shape.y - 0.5 &&
              box.x + box.width <= shape.x + shape.width + 0.5 &&
              box.y + box.height <= shape.y + shape.height + 0.5;
            return { step: step.dataset.step, widest, inside };
          });
        }),
      );
      const layout = layouts.get(process.id);
      let worst = 0;
      for (const texts of measured)
        for (const [index, { step, widest, inside }] of texts.entries()) {
          const box = layout.boxes.find((candidate) => candidate.path === step);
          const predicted = index === 0 ? box.labelRect.width : box.badge.rect.width - 8;
          worst = Math.max(worst, widest - predicted);
          if (!inside) console.log(`  ${process.id}: text of ${step} pokes out of its box`);
        }
      console.log(`  ${process.id}: browser text at most ${worst.toFixed(2)} px wider than measured at build time`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Screenshots in ${outDir}`);
