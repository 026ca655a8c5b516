// Search figures for `npm run bench` (issues 19 and 32): every request the first query makes, with its size; the time
// from a query to results on screen once the index has loaded; and how often the answer comes first and in the top
// three for the browser tests' questions (search under load is bench-load.mjs). Sizes are counted by the server, so
// requests from workers are counted too. Run alone on a built site with `node scripts/bench-search.mjs [dist] [runs]`.
import path from 'node:path';
import { searchQuestions } from '../tests/browser/search-questions.ts';
import { staffQuestions } from '../tests/browser/staff-questions.ts';
import { launchChromium } from './browser.mjs';
import { scoreQuestions, summarise } from './search-answers.mjs';
import { startStaticServer } from './static-server.mjs';

/** The bench's queries: the first is the first query measured; all twenty are timed. */
export const benchQueries = [
  'warning letter',
  'recall',
  'chaplain',
  'information sharing agreement',
  'POM',
  'DPIA',
  'polygraph',
  'approved premises',
  'summons',
  'MAPPA',
  'signatory',
  'type 2 agreement',
  'victim',
  'sentence plan',
  'WASPI',
  'release',
  'local authority',
  'golden principles',
  'data protection',
  'breach',
];

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** What a request is, for the breakdown: Pagefind's own files by their role, then ours by path. */
export function requestKind(url) {
  const file = url.split('?')[0];
  if (file === '/pagefind/pagefind.js') return 'Pagefind script';
  if (file === '/pagefind/pagefind-worker.js') return 'Pagefind web worker';
  if (file === '/pagefind/pagefind-entry.json') return 'Pagefind entry';
  if (file.endsWith('.pf_meta')) return 'Pagefind index metadata';
  if (/\/wasm\.[^/]+\.pagefind$/.test(file)) return 'Pagefind WebAssembly';
  if (file.startsWith('/pagefind/index/')) return 'index chunk';
  if (file.startsWith('/pagefind/filter/')) return 'filter chunk';
  if (file.startsWith('/pagefind/fragment/')) return 'result fragment';
  if (file === '/search/spelling.json') return 'spelling list';
  if (file.endsWith('.js')) return 'script';
  if (file.endsWith('.css')) return 'stylesheet';
  return 'page';
}

/** Serves `outDir` and records every response's body bytes, tagged with the phase the bench is in. */
async function countingServer(outDir) {
  const { server, url } = await startStaticServer(outDir);
  const state = { phase: 'page', log: [] };
  server.prependListener('request', (request, response) => {
    const phase = state.phase;
    const body = [];
    const count = (chunk) => {
      if (chunk && typeof chunk !== 'function') body.push(Buffer.from(chunk));
    };
    const { write, end, writeHead } = response;
    let encoding;
    response.writeHead = function (status, headers, ...rest) {
      encoding = headers?.['Content-Encoding'];
      return writeHead.call(this, status, headers, ...rest);
    };
    response.write = function (chunk, ...rest) {
      count(chunk);
      return write.call(this, chunk, ...rest);
    };
    response.end = function (chunk, ...rest) {
      count(chunk);
      return end.call(this, chunk, ...rest);
    };
    response.on('finish', () => {
      const sent = Buffer.concat(body);
      // Pagefind's index files are gzipped by Pagefind; scripts, JSON, CSS and HTML go as the build's .gz copies.
      state.log.push({
        phase,
        url: request.url,
        kind: requestKind(request.url),
        bytes: sent.length,
        gzipped: encoding === 'gzip',
      });
    });
  });
  return { url, state, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Waits until no request has been answered for `quiet` ms: the browser has fetched all it is going to. */
async function settle(state, quiet = 400) {
  let seen = -1;
  while (seen !== state.log.length) {
    seen = state.log.length;
    await new Promise((resolve) => setTimeout(resolve, quiet));
  }
}

/**
 * Types a query into the search page and submits it. Resolves with the ms until the first result is on screen, and
 * until the whole first page is shown and the number of results announced.
 */
function submitQuery(page, query) {
  return page.evaluate(async (text) => {
    const input = document.querySelector('#search-input');
    const status = document.querySelector('[data-search-status]');
    const list = document.querySelector('[data-search-results]');
    const before = list.firstElementChild;
    status.textContent = '';
    input.value = text;
    const begin = performance.now();
    let first;
    input.form.requestSubmit();
    await new Promise((resolve) => {
      const check = () => {
        const now = performance.now();
        if (first === undefined && list.firstElementChild && list.firstElementChild !== before) first = now - begin;
        if (status.textContent) resolve();
        else setTimeout(check, 1);
      };
      check();
    });
    const complete = performance.now() - begin;
    return { first: first ?? complete, complete };
  }, query);
}

/** Opens the search page in a fresh browser context and starts search by focusing the box, as a user does. */
async function openSearch(browser, site) {
  const context = await browser.newContext();
  const page = await context.newPage();
  site.state.phase = 'page';
  await page.goto(`${site.url}/search/`, { waitUntil: 'networkidle' });
  site.state.phase = 'start-up';
  await page.focus('#search-input');
  await settle(site.state);
  return { context, page };
}

/**
 * One run: a fresh page, search started, then the bench's twenty queries one after another. The first query's
 * requests are the breakdown; each query is timed once the index has loaded (start-up has settled).
 */
async function measureRun(browser, site) {
  site.state.log = [];
  const { context, page } = await openSearch(browser, site);
  const latencies = [];
  const complete = [];
  for (const [index, query] of benchQueries.entries()) {
    site.state.phase = index === 0 ? 'first query' : 'later queries';
    const timing = await submitQuery(page, query);
    latencies.push(timing.first);
    complete.push(timing.complete);
    if (index === 0) await settle(site.state);
  }
  await settle(site.state);
  await context.close();
  return { requests: site.state.log, latencies, complete };
}

/** Bytes of start-up plus the first query, for each bench query asked first on a fresh page. */
async function firstQueryBytesEach(browser, site) {
  const each = [];
  for (const query of benchQueries) {
    site.state.log = [];
    const { context, page } = await openSearch(browser, site);
    site.state.phase = 'first query';
    await submitQuery(page, query);
    await settle(site.state);
    await context.close();
    const bytes = site.state.log
      .filter((entry) => entry.phase === 'start-up' || entry.phase === 'first query')
      .reduce((total, entry) => total + entry.bytes, 0);
    each.push({ query, bytes });
  }
  return each;
}

/** Asks every question of the browser tests, and scores where the answer came. */
async function measureQuestions(browser, url) {
  const sets = {
    'questions of issue 19 and before': searchQuestions,
    'questions in staff words (issue 32), tuning half': staffQuestions.filter((question) => question.half === 'tuning'),
    'questions in staff words (issue 32), held-out half': staffQuestions.filter(
      (question) => question.half === 'held-out',
    ),
  };
  const scored = {};
  for (const [name, questions] of Object.entries(sets)) scored[name] = await scoreQuestions(browser, url, questions);
  return scored;
}

export async function measureSearch(outDir, { runs = 3 } = {}) {
  const site = await countingServer(outDir);
  const browser = await launchChromium();
  try {
    const measured = [];
    for (let run = 0; run < runs; run += 1) measured.push(await measureRun(browser, site));
    const firstQueries = await firstQueryBytesEach(browser, site);
    site.state.phase = 'questions';
    const questions = await measureQuestions(browser, site.url);
    return { runs: measured, firstQueries, questions };
  } finally {
    await browser.close();
    await site.close();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const sum = (entries) => entries.reduce((total, entry) => total + entry.bytes, 0);

/**
 * Prints the first query's requests, one line each (from the first run: every run fetches the same files), the
 * totals by kind, and the figures with their budgets through `record(name, value, budget, pass)`.
 */
export function printSearch({ runs, firstQueries, questions }, record) {
  const [first] = runs;
  const fetched = first.requests.filter((entry) => entry.phase === 'start-up' || entry.phase === 'first query');
  console.log(`\nSearch: what the first query (“${benchQueries[0]}”) fetches, from focusing the box to results:`);
  for (const entry of fetched)
    console.log(`  ${entry.phase.padEnd(11)} ${kb(entry.bytes).padStart(9)}  ${entry.kind.padEnd(24)} ${entry.url}`);
  const kinds = new Map();
  for (const entry of fetched) kinds.set(entry.kind, [...(kinds.get(entry.kind) ?? []), entry]);
  console.log('  By kind:');
  for (const [kind, entries] of [...kinds].sort((a, b) => sum(b[1]) - sum(a[1])))
    console.log(`    ${kind}: ${kb(sum(entries))} in ${entries.length} ${entries.length === 1 ? 'file' : 'files'}`);
  const pageLoad = first.requests.filter((entry) => entry.phase === 'page');
  console.log(
    `  Before search is used, the page itself: ${pageLoad.map((entry) => `${entry.url} ${kb(entry.bytes)}`).join(', ')}`,
  );

  const totals = runs.map((run) =>
    sum(run.requests.filter((entry) => entry.phase === 'start-up' || entry.phase === 'first query')),
  );
  const startUp = runs.map((run) => sum(run.requests.filter((entry) => entry.phase === 'start-up')));
  const each = firstQueries.map((entry) => entry.bytes);
  console.log(
    `  Each bench query asked first on a fresh page: ${kb(Math.min(...each))} to ${kb(Math.max(...each))}, median ${kb(median(each))}`,
  );
  console.log(`  ${firstQueries.map((entry) => `${entry.query} ${kb(entry.bytes)}`).join('; ')}`);
  console.log(
    `  Query to first result on screen, median of each run: ${runs.map((run) => ms(median(run.latencies))).join(', ')}`,
  );
  console.log(
    `  Query to the whole first page shown and the count announced, median of each run: ${runs.map((run) => ms(median(run.complete))).join(', ')}`,
  );
  const gzipped = fetched.filter((entry) => entry.gzipped);
  console.log(
    `  Sent as the build's gzipped copies (as nginx's gzip_static sends them): ${gzipped.length} of ${fetched.length} requests, ${kb(sum(gzipped))}`,
  );
  record(`Search: start-up fetched when the box is focused (median of ${runs.length} runs)`, kb(median(startUp)));
  record(
    `Search: bytes fetched for the first query, start-up included (median of ${runs.length} runs)`,
    kb(median(totals)),
    '150 KB',
    median(totals) <= 150 * 1024,
  );
  const latencies = runs.flatMap((run) => run.latencies);
  record(
    `Search: query to first results on screen after the index loads (median of ${latencies.length}: ${benchQueries.length} queries × ${runs.length} runs)`,
    ms(median(latencies)),
    '100 ms',
    median(latencies) <= 100,
  );

  console.log(
    '\nSearch: where the answer comes, for the questions the browser tests ask (the answer box counts as first):',
  );
  for (const [name, scored] of Object.entries(questions)) {
    const { first, topThree, total } = summarise(scored);
    const missed = scored.filter((question) => question.rank === undefined || question.rank > 3);
    console.log(
      `  ${name}: not in the top three: ${missed.length ? missed.map((question) => `“${question.query}”`).join(', ') : 'none'}`,
    );
    record(`Search: ${name}, answer first`, `${first}/${total}`);
    record(`Search: ${name}, answer in the top three`, `${topThree}/${total}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = path.resolve(process.argv[2] ?? 'dist');
  const runs = Number(process.argv[3] ?? 3);
  const result = await measureSearch(outDir, { runs });
  printSearch(result, (name, value, budget, pass) =>
    console.log(`  ${name}: ${value}${budget ? ` (budget ${budget}: ${pass ? 'PASS' : 'FAIL'})` : ''}`),
  );
}
