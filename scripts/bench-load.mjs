// Search under load (issue 32): 16 staff search at the same moment on the preview server. Each client is a browser
// profile of its own that has used search before (its HTTP cache kept, as a member of staff's browser keeps it), then
// opens the search page with a question, all at once, in rounds. The figure is the time from opening the page to the
// first result on screen, at p50 and p90 over every client and round. Run alone on a built site with
// `node scripts/bench-load.mjs [dist] [clients] [rounds] [server module]`; the server module (default the preview
// server) lets the same bench time another server, such as an older static-server.mjs, side by side.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './browser.mjs';
import { benchQueries } from './bench-search.mjs';

const percentile = (values, fraction) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
};

/** Opens the search page with a question; resolves with the ms from starting to load it to the first result shown. */
async function firstResult(page, url, query) {
  const begin = Date.now();
  await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  await page.waitForSelector('[data-search-results] > *', { timeout: 60_000 });
  return Date.now() - begin;
}

export async function measureConcurrentSearch(
  outDir,
  { clients = 16, rounds = 3, serverModule = './static-server.mjs' } = {},
) {
  const { startStaticServer } = await import(serverModule);
  const { server, url } = await startStaticServer(outDir);
  // What the measured rounds cost the server: requests by status, and body bytes sent.
  const served = { requests: 0, notModified: 0, bytes: 0, counting: false };
  server.prependListener('request', (_request, response) => {
    // The server passes its headers to writeHead, where getHeader cannot see them: read the length there.
    let length = 0;
    const { writeHead } = response;
    response.writeHead = function (status, headers, ...rest) {
      length = Number(headers?.['Content-Length'] ?? 0);
      return writeHead.call(this, status, headers, ...rest);
    };
    response.on('finish', () => {
      if (!served.counting) return;
      served.requests += 1;
      if (response.statusCode === 304) served.notModified += 1;
      served.bytes += length;
    });
  });
  const browser = await launchChromium();
  try {
    const contexts = await Promise.all(Array.from({ length: clients }, () => browser.newContext()));
    const pages = await Promise.all(contexts.map((context) => context.newPage()));
    // Each profile has searched before, one after another: its cache holds what the server let it keep.
    for (const [index, page] of pages.entries())
      await firstResult(page, url, benchQueries[index % benchQueries.length]);
    const times = [];
    served.counting = true;
    for (let round = 0; round < rounds; round += 1)
      times.push(
        ...(await Promise.all(
          pages.map((page, index) =>
            firstResult(page, url, benchQueries[(index + round * clients + 1) % benchQueries.length]),
          ),
        )),
      );
    await Promise.all(contexts.map((context) => context.close()));
    const views = clients * rounds;
    return {
      clients,
      rounds,
      times,
      p50: percentile(times, 0.5),
      p90: percentile(times, 0.9),
      perView: {
        requests: served.requests / views,
        notModified: served.notModified / views,
        bytes: served.bytes / views,
      },
    };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Prints the figures through `record(name, value, budget, pass)`, as bench.mjs records every figure. */
export function printConcurrentSearch({ clients, rounds, p50, p90, perView }, record) {
  console.log(
    `\nSearch under load: each search page view by a returning client asks the server ${perView.requests.toFixed(1)} requests (${perView.notModified.toFixed(1)} answered 304) for ${(perView.bytes / 1024).toFixed(1)} KB`,
  );
  record(
    `Search under load: page opened to first result, ${clients} clients at once × ${rounds} rounds, p50`,
    `${p50} ms`,
  );
  record(
    `Search under load: page opened to first result, ${clients} clients at once × ${rounds} rounds, p90`,
    `${p90} ms`,
    '600 ms',
    p90 <= 600,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir = 'dist', clients = '16', rounds = '3', serverModule] = process.argv.slice(2);
  const result = await measureConcurrentSearch(path.resolve(outDir), {
    clients: Number(clients),
    rounds: Number(rounds),
    serverModule: serverModule ? pathToFileURL(path.resolve(serverModule)).href : undefined,
  });
  printConcurrentSearch(result, (name, value, budget, pass) =>
    console.log(`  ${name}: ${value}${budget ? ` (budget ${budget}: ${pass ? 'PASS' : 'FAIL'})` : ''}`),
  );
}
