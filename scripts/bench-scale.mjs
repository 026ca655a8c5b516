// `npm run bench -- --scale` (issue 36): builds generated corpora of 1,000, 5,000 and 10,000 guidance pages with 10,
// 50 and 100 maps, each in a copy of the project in a temporary folder, and prints for each size the build's phases,
// its peak memory (the resident memory of the whole process tree: Astro, Pagefind, the drawing browser), the output
// and search index sizes, what the first search query fetches and how soon it shows results (in Chromium), and how
// long the build takes again after one page is edited. Then the same plain pages built with this site and with
// Starlight, alternating. `--sizes 200,1000` and `--starlight 1000` choose the sizes; `--starlight none` skips it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateScaleCorpus, linkPackages, projectEntries } from './bench-corpus.mjs';
import { measureSearch, median } from './bench-search.mjs';
import {
  compareWithStarlight,
  phaseEnds,
  phasesFromLog,
  printComparison,
  starlightVersion,
  timedBuild,
} from './bench-starlight.mjs';

const root = path.resolve(import.meta.dirname, '..');
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (value) => `${(value / 1000).toFixed(1)} s`;

/** The budgets issue 36 sets at 10,000 pages. */
export const scaleBudgets = {
  peakRss: 4 * 1024 ** 3,
  ratioToStarlight: 0.6,
  editShare: 0.15,
  firstQueryBytes: 300 * 1024,
  firstResultMs: 300,
};

/** The resident memory of a process and every process under it, in bytes, read from /proc (Linux). */
export function treeRss(pid) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in brackets and may hold spaces: the parent id is the second field after it.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const queue = [pid];
  while (queue.length) {
    const current = queue.pop();
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      total += Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      continue;
    }
    queue.push(...(children.get(current) ?? []));
  }
  return total;
}

/** Bytes of every file under `dir` whose path passes `keep`. */
function folderBytes(dir, keep = () => true) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((total, file) => {
    const full = path.join(dir, file);
    return keep(file) && statSync(full).isFile() ? total + statSync(full).size : total;
  }, 0);
}

const ourPhases = { ...phaseEnds.ours, gzip: /\[hmpps-precompress\]/ };

/** One build of the project (`npm run build`'s), with its phases and the peak memory of its process tree. */
async function measuredBuild(projectRoot, outDir) {
  let peak = 0;
  const build = timedBuild(projectRoot, outDir, {
    watch: (pid) => {
      const timer = setInterval(() => {
        peak = Math.max(peak, treeRss(pid));
      }, 200);
      return () => clearInterval(timer);
    },
  });
  const result = await build;
  return { ...phasesFromLog(result, ourPhases), peak, log: result.lines };
}

/** The build's own summary lines: each of its steps (content sync, bundling, our own steps, gzip) as it ends. */
const summaryLine = /\[(?:app-[a-z-]+|hmpps-[a-z-]+|build|content)\]|page\(s\) built in|^Built in/;

/**
 * What Astro did with each page: copied from the last build (incremental build) or rendered, and the rendering time
 * summed by the first two parts of the address, largest first (its log line ends "(+12ms)" or "(+1.20s)").
 */
export function pageWork(lines) {
  let copied = 0;
  const rendered = new Map();
  for (const { text } of lines) {
    const page = /├─ (\S+)/.exec(text)?.[1];
    if (!page) continue;
    if (/\((?:cached|restored)\)\s*$/.test(text)) copied += 1;
    const time = /\(\+(\d+(?:\.\d+)?)(ms|s)\)\s*$/.exec(text);
    if (!time) continue;
    const group = page.split('/').slice(0, 3).join('/');
    const ms = Number(time[1]) * (time[2] === 's' ? 1000 : 1);
    const entry = rendered.get(group) ?? { pages: 0, ms: 0 };
    rendered.set(group, { pages: entry.pages + 1, ms: entry.ms + ms });
  }
  return { copied, rendered: [...rendered].sort((a, b) => b[1].ms - a[1].ms) };
}

function printPhases(label, measured) {
  for (const line of measured.log.filter((entry) => summaryLine.test(entry.text)))
    console.log(`    ${(line.at / 1000).toFixed(1).padStart(6)} s  ${line.text.replace(/^\d\d:\d\d:\d\d /, '')}`);
  const { copied, rendered } = pageWork(measured.log);
  const count = rendered.reduce((total, [, entry]) => total + entry.pages, 0);
  console.log(
    `  pages: ${copied} copied from the last build, ${count} rendered; rendering time by address: ${rendered
      .slice(0, 6)
      .map(([group, entry]) => `${group} ${entry.pages} in ${seconds(entry.ms)}`)
      .join(', ')}`,
  );
  console.log(
    `  ${label}: ${['setup', 'compile', 'render', 'link check', 'index', 'gzip', 'whole', 'cpu']
      .filter((phase) => measured[phase] !== undefined)
      .map((phase) => `${phase} ${seconds(measured[phase])}`)
      .join(', ')}; peak RSS ${mb(measured.peak)}`,
  );
}

/** Builds one corpus size and measures it; returns the row of the summary table. */
async function measureSize({ pages, maps, searchRuns }) {
  console.log(`\n${pages.toLocaleString('en-GB')} pages and ${maps} maps:`);
  const projectRoot = mkdtempSync(path.join(tmpdir(), `bench-scale-${pages}-`));
  for (const entry of projectEntries)
    cpSync(path.join(root, entry), path.join(projectRoot, entry), { recursive: true });
  linkPackages(root, projectRoot);
  const { files } = generateScaleCorpus(projectRoot, { pages, machines: maps, sourceRoot: root });
  const outDir = path.join(projectRoot, 'dist');
  try {
    const full = await measuredBuild(projectRoot, outDir);
    printPhases('full build', full);
    const built = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
    ).length;
    if (built < pages) throw new Error(`built ${built} pages, fewer than the ${pages} generated`);
    const output = folderBytes(outDir, (file) => !file.endsWith('.gz'));
    const index = folderBytes(path.join(outDir, 'pagefind'));
    console.log(`  ${built} HTML pages; output ${mb(output)} without the .gz copies; Pagefind index ${mb(index)}`);

    // Search, as a user meets it: a fresh page, the box focused, then the first query (bench-search.mjs).
    const search = searchRuns
      ? await measureSearch(outDir, { runs: searchRuns })
      : { runs: [{ requests: [], latencies: [Number.NaN] }], firstQueries: [{ bytes: Number.NaN }] };
    const firstBytes = median(
      search.runs.map((run) =>
        run.requests
          .filter((entry) => entry.phase === 'start-up' || entry.phase === 'first query')
          .reduce((total, entry) => total + entry.bytes, 0),
      ),
    );
    const worstFirst = Math.max(...search.firstQueries.map((entry) => entry.bytes));
    const firstResult = median(search.runs.map((run) => run.latencies[0]));
    console.log(
      `  first query: ${kb(firstBytes)} fetched (the largest of the bench's queries asked first: ${kb(worstFirst)}); first result on screen in ${firstResult.toFixed(0)} ms (median of ${searchRuns} fresh pages)`,
    );

    // One page edited: a sentence added to its body, then the same build again with every cache the first one left.
    const edited = files[Math.floor(files.length / 2)];
    const marker = `Edited for the bench at ${Date.now()}.`;
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/\n## /, `\n${marker}\n\n## `));
    const edit = await measuredBuild(projectRoot, outDir);
    printPhases('after a one-page edit', edit);
    const page = path.join(outDir, 'guidance', path.basename(path.dirname(edited)), path.basename(edited, '.mdx'));
    if (!readFileSync(path.join(page, 'index.html'), 'utf8').includes(marker))
      throw new Error(`the rebuild after the edit did not show it on ${page}`);
    return {
      pages,
      maps,
      built,
      full,
      edit,
      output,
      index,
      firstBytes,
      worstFirst,
      firstResult,
    };
  } finally {
    rmSync(projectRoot, { recursive: true, force: true });
  }
}

function printTable(rows, comparisons) {
  console.log('\nSummary:');
  const header = [
    'pages',
    'maps',
    'build',
    'CPU',
    'setup',
    'compile',
    'render',
    'index',
    'peak RSS',
    'output',
    'Pagefind',
    'first query',
    'first result',
    'one-page edit',
    '÷ Starlight',
  ];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map(() => '---').join(' | ')} |`);
  for (const row of rows) {
    const comparison = comparisons.find((entry) => entry.pages === row.pages);
    console.log(
      `| ${[
        row.pages.toLocaleString('en-GB'),
        row.maps,
        seconds(row.full.whole),
        seconds(row.full.cpu),
        seconds(row.full.setup ?? 0),
        seconds(row.full.compile ?? 0),
        seconds(row.full.render ?? 0),
        seconds(row.full.index ?? 0),
        mb(row.full.peak),
        mb(row.output),
        mb(row.index),
        kb(row.firstBytes),
        `${row.firstResult.toFixed(0)} ms`,
        `${seconds(row.edit.whole)} (${((100 * row.edit.whole) / row.full.whole).toFixed(0)}%)`,
        comparison
          ? `${(comparison.ours.whole / comparison.starlight.whole).toFixed(2)} (${seconds(comparison.ours.whole)} ÷ ${seconds(comparison.starlight.whole)}; CPU ${(comparison.ours.cpu / comparison.starlight.cpu).toFixed(2)})`
          : '—',
      ].join(' | ')} |`,
    );
  }
}

function sizesArgument(args, name, fallback) {
  const at = args.indexOf(name);
  if (at === -1) return fallback;
  const value = args[at + 1] ?? '';
  return value === 'none' ? [] : value.split(',').map(Number);
}

export async function runScaleBench(args) {
  const sizes = sizesArgument(args, '--sizes', [1000, 5000, 10000]);
  const starlightSizes = sizesArgument(args, '--starlight', [1000, 10000]);
  const searchRuns = Number(process.env.BENCH_SEARCH_RUNS ?? 3);
  console.log(`HMPPS Guidance and process maps: scale benchmark (Node ${process.version})`);
  console.log(`  load average before: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
  const rows = [];
  for (const pages of sizes)
    rows.push(await measureSize({ pages, maps: Math.max(1, Math.round(pages / 100)), searchRuns }));
  const comparisons = [];
  for (const pages of starlightSizes) {
    console.log(
      `\nThe same ${pages} plain-Markdown pages built by this site and by Astro Starlight ${starlightVersion}:`,
    );
    const runs = Number(process.env.BENCH_STARLIGHT_RUNS ?? (pages > 2000 ? 1 : 2));
    const comparison = await compareWithStarlight(root, { pages, runs });
    printComparison(comparison);
    comparisons.push(comparison);
  }
  printTable(rows, comparisons);
  const largest = rows.at(-1);
  if (largest) {
    const checks = [
      ['peak RSS', largest.full.peak <= scaleBudgets.peakRss, `${mb(largest.full.peak)} ≤ 4 GB`],
      [
        'one-page edit',
        largest.edit.whole <= scaleBudgets.editShare * largest.full.whole,
        `${((100 * largest.edit.whole) / largest.full.whole).toFixed(0)}% ≤ 15% of the full build`,
      ],
      ['first query bytes', largest.firstBytes <= scaleBudgets.firstQueryBytes, `${kb(largest.firstBytes)} ≤ 300 KB`],
      [
        'first result',
        largest.firstResult <= scaleBudgets.firstResultMs,
        `${largest.firstResult.toFixed(0)} ms ≤ 300 ms`,
      ],
    ];
    const comparison = comparisons.find((entry) => entry.pages === largest.pages);
    if (comparison) {
      const ratio = comparison.ours.whole / comparison.starlight.whole;
      checks.push(['÷ Starlight', ratio <= scaleBudgets.ratioToStarlight, `${ratio.toFixed(2)} ≤ 0.6`]);
    }
    console.log(`\nBudgets (issue 36) at ${largest.pages.toLocaleString('en-GB')} pages:`);
    for (const [name, pass, detail] of checks) console.log(`  ${name}: ${detail}: ${pass ? 'PASS' : 'FAIL'}`);
  }
  console.log(`  load average after: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
}
