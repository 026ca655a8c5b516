// `npm run bench`: builds the real site and a generated large corpus through the same pipeline, and prints the
// figures the issues set budgets for, each with its budget and PASS or FAIL. Timings are measurements, not tests.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { openSite, watchedPage } from '../tests/browser/harness.ts';
import { generateCorpus, linkPackages, projectEntries } from './bench-corpus.mjs';
import { measureDiagrams } from './bench-diagram.mjs';
import { measureConcurrentSearch, printConcurrentSearch } from './bench-load.mjs';
import { measureMermaid } from './bench-mermaid.mjs';
import { measureSearch, median, printSearch } from './bench-search.mjs';
import { compareWithStarlight, printComparison, starlightVersion } from './bench-starlight.mjs';

const root = path.resolve(import.meta.dirname, '..');
if (process.argv.includes('--scale')) {
  // `npm run bench -- --scale`: the scale bench (issue 36) alone; it takes much longer than the rest.
  const { runScaleBench } = await import('./bench-scale.mjs');
  await runScaleBench(process.argv.slice(2));
  process.exit(0);
}
const started = Date.now();
const rows = [];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;

function record(name, value, budget, pass) {
  rows.push({ name, value, budget: budget ?? '', result: pass === undefined ? '' : pass ? 'PASS' : 'FAIL' });
  console.log(`  ${name}: ${value}${budget ? ` (budget ${budget}: ${pass ? 'PASS' : 'FAIL'})` : ''}`);
}

/** Builds the site in `cwd` into `outDir` as `npm run build` does: how long it took, and what it printed. */
function build(cwd, outDir, env = {}) {
  const begin = performance.now();
  const result = spawnSync(process.execPath, [path.join(cwd, 'scripts/build.mjs'), '--outDir', outDir], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`Build failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return { ms: performance.now() - begin, output: `${result.stdout}\n${result.stderr}` };
}

function htmlPages(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
  );
}

function folderBytes(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((total, file) => {
    const full = path.join(dir, file);
    return statSync(full).isFile() ? total + statSync(full).size : total;
  }, 0);
}

/** The spelling list is fetched with search: its gzipped size has a budget of its own (issue 19). */
function recordSpellingList(name, outDir) {
  const list = readFileSync(path.join(outDir, 'search/spelling.json'));
  const { words, complete } = JSON.parse(list.toString('utf8'));
  const gzipped = gzipSync(list).length;
  record(
    `${name} (${words.length} words${complete ? ', every indexed word' : ', the most used'}) gzipped`,
    kb(gzipped),
    '30 KB',
    gzipped <= 30 * 1024,
  );
}

async function measureSite(outDir) {
  const site = await openSite(outDir);
  try {
    const pageTypes = {
      home: '/',
      'guidance page': htmlPages(outDir)
        .map((file) => `/${file.replace(/index\.html$/, '')}`)
        .find((url) => /^\/guidance\/[^/]+\/[^/]+\/$/.test(url)),
      'framework overview': '/guidance/national-standards/',
      'process map': '/process-maps/enforcement/',
      'presenter mode': '/process-maps/enforcement/present/',
      quiz: '/process-maps/enforcement/quiz/',
      'learning path': '/learn/',
      search: '/search/',
      glossary: '/glossary/',
      'deadline calculator': '/tools/deadlines/',
      'timescales index': '/timescales/',
    };
    console.log('\nBytes each page type loads (in Chromium, before any interaction):');
    for (const [type, url] of Object.entries(pageTypes)) {
      if (!url) continue;
      const { page } = await watchedPage(site.browser);
      const loaded = { script: [0, 0], stylesheet: [0, 0], document: [0, 0] };
      page.on('response', async (response) => {
        const kind = response.request().resourceType();
        if (!(kind in loaded)) return;
        try {
          const body = await response.body();
          loaded[kind][0] += body.length;
          loaded[kind][1] += gzipSync(body).length;
        } catch {
          // redirects have no body
        }
      });
      await page.goto(`${site.url}${url}`, { waitUntil: 'networkidle' });
      await page.close();
      const [jsRaw, jsGzip] = loaded.script;
      const [cssRaw, cssGzip] = loaded.stylesheet;
      const [htmlRaw, htmlGzip] = loaded.document;
      console.log(
        `  ${type} (${url}): JS ${kb(jsRaw)} raw / ${kb(jsGzip)} gzipped; CSS ${kb(cssRaw)} / ${kb(cssGzip)}; HTML ${kb(htmlRaw)} / ${kb(htmlGzip)}`,
      );
      if (type === 'guidance page') {
        // The only script is the check for words to highlight when the page is opened from search (issue 19).
        record('Guidance page JavaScript before search', kb(jsRaw), '2 KB', jsRaw <= 2 * 1024);
        record('Guidance page HTML + CSS gzipped', kb(htmlGzip + cssGzip), '60 KB', htmlGzip + cssGzip <= 60 * 1024);
      }
      if (type === 'process map')
        record('Process map page JavaScript gzipped', kb(jsGzip), '25 KB', jsGzip <= 25 * 1024);
    }

    // Walk-through: time from a click on an option to the next step's box highlighted on the diagram and painted.
    const { page: mapPage } = await watchedPage(site.browser);
    await mapPage.goto(`${site.url}/process-maps/enforcement/`);
    await mapPage.waitForSelector('[data-walkthrough][data-ready]');
    const clicks = [];
    for (let run = 0; run < 20; run += 1) {
      await mapPage
        .getByRole('button', { name: 'Start walk-through' })
        .or(mapPage.getByRole('button', { name: 'Restart' }))
        .first()
        .click();
      clicks.push(
        await mapPage.evaluate(async () => {
          const button = document.querySelector('.app-walkthrough__option');
          const begin = performance.now();
          button.click();
          await new Promise((resolve) => requestAnimationFrame(() => resolve()));
          const elapsed = performance.now() - begin;
          const current = document.querySelector('[data-procedure] [data-step][aria-current="step"]')?.dataset.step;
          const box = document.querySelector(`[data-map-diagram] g[data-step="${current}"]`);
          // No highlighted box means the measurement did not measure what it says.
          return box?.classList.contains('app-diagram__step--current') ? elapsed : Number.POSITIVE_INFINITY;
        }),
      );
    }
    await mapPage.close();
    record('Walk-through click to highlighted box (median of 20)', ms(median(clicks)), '50 ms', median(clicks) < 50);

    // Presenter mode: cumulative layout shift while the slides replace the no-JavaScript list.
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ]) {
      const context = await site.browser.newContext({ viewport: { width, height } });
      const { page: presenterPage } = await watchedPage(context);
      await presenterPage.addInitScript(() => {
        window.layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.layoutShift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await presenterPage.goto(`${site.url}/process-maps/enforcement/present/`);
      await presenterPage.waitForSelector('[data-presenter][data-ready]');
      await presenterPage.waitForTimeout(300);
      const shift = await presenterPage.evaluate(() => window.layoutShift);
      await context.close();
      record(`Presenter mode cumulative layout shift at ${width} × ${height}`, shift.toFixed(3), '0', shift === 0);
    }
  } finally {
    await site.close();
  }
}

console.log('HMPPS Guidance and process maps: benchmark\n');
console.log('Process-map diagrams (layout at build time):');
await measureDiagrams(root, record);
console.log('');
console.log('Real site:');
const realOut = mkdtempSync(path.join(tmpdir(), 'bench-real-'));
const realBuild = build(root, realOut).ms;
const realPages = htmlPages(realOut).length;
record(
  'Build time',
  `${(realBuild / 1000).toFixed(1)} s for ${realPages} pages (${(realPages / (realBuild / 1000)).toFixed(1)} pages/s)`,
);
record('Search index size', kb(folderBytes(path.join(realOut, 'pagefind'))));
recordSpellingList('Search spelling list', realOut);
await measureSite(realOut);
printSearch(await measureSearch(realOut, { runs: Number(process.env.BENCH_SEARCH_RUNS ?? 3) }), record);
printConcurrentSearch(await measureConcurrentSearch(realOut), record);

console.log('\nMermaid diagrams in guidance (drawn at build time, then from the cache):');
measureMermaid(root, record, build, { runs: Number(process.env.BENCH_MERMAID_RUNS ?? 2), tmp: tmpdir() });

console.log('\nGenerated large corpus (2,000 guidance pages, 100 process maps of about 30 steps):');
const corpusRoot = mkdtempSync(path.join(tmpdir(), 'bench-corpus-'));
for (const entry of projectEntries) cpSync(path.join(root, entry), path.join(corpusRoot, entry), { recursive: true });
linkPackages(root, corpusRoot);
const { guidancePages, machines, steps } = generateCorpus(corpusRoot, { pages: 2000, machines: 100, steps: 30 });
const corpusOut = path.join(corpusRoot, 'dist');
const corpusBuild = build(corpusRoot, corpusOut).ms;
const corpusPages = htmlPages(corpusOut).length;
record('Corpus', `${guidancePages} guidance pages and ${machines} maps with ${steps} steps in all`);
record(
  'Corpus build time',
  `${(corpusBuild / 1000).toFixed(1)} s for ${corpusPages} pages (${(corpusPages / (corpusBuild / 1000)).toFixed(1)} pages/s)`,
);
record('Corpus search index size', kb(folderBytes(path.join(corpusOut, 'pagefind'))));
recordSpellingList('Corpus search spelling list', corpusOut);
const corpusMap = readdirSync(path.join(corpusOut, '_astro')).filter((file) => file.endsWith('.js'));
record('Corpus JavaScript chunks', `${corpusMap.length} files (one per map, loaded only on its own page)`);

rmSync(realOut, { recursive: true, force: true });
rmSync(corpusRoot, { recursive: true, force: true });

console.log(`\nThe same 1,000 plain-Markdown pages built by this site and by Astro Starlight ${starlightVersion}:`);
const comparison = await compareWithStarlight(root, {
  pages: 1000,
  runs: Number(process.env.BENCH_STARLIGHT_RUNS ?? 2),
});
const ratio = printComparison(comparison);
record(
  'Whole build of 1,000 pages, this site ÷ Starlight (median of alternating builds)',
  `${ratio.toFixed(2)} (${(comparison.ours.whole / 1000).toFixed(1)} s ÷ ${(comparison.starlight.whole / 1000).toFixed(1)} s)`,
  '1.0',
  ratio <= 1,
);
const total = (Date.now() - started) / 1000;
record('Benchmark run time', `${total.toFixed(0)} s`, '10 minutes', total < 600);
const failed = rows.filter((row) => row.result === 'FAIL');
console.log(
  `\n${rows.filter((row) => row.result === 'PASS').length} budgets passed, ${failed.length} failed${failed.length ? `: ${failed.map((row) => row.name).join('; ')}` : ''}.`,
);
