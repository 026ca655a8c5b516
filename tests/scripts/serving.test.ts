// Both servers the site is served by, the preview server (scripts/static-server.mjs) and nginx with deploy/nginx.conf,
// answer the same requests the same way: redirects that stay on the site, the site's own 404 page, the right types,
// the security headers, and caching that fits a static site. nginx runs for real when it is installed.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../scripts/security-headers.mjs';
import { cacheControlFor, contentTypeFor } from '../../scripts/serving-rules.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { nginxMissing, startNginx } from '../support/nginx';

/** A small copy of the built site's shapes: pages, a folder with no page, hashed assets and Pagefind's files. */
const files: Record<string, string> = {
  'index.html': '<p>home</p>',
  '404.html': '<p>Page not found</p>',
  'guidance/index.html': '<p>guidance</p>',
  'guidance/national-standards/index.html': '<p>national standards</p>',
  'whats-new.xml': '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>',
  '_astro/BaseLayout.DsZAqYQL.css': 'body{}',
  '_astro/enforcement.CLc9g2mH.js': 'export {};',
  'fonts/atkinson-hyperlegible-latin-400-normal.woff2': 'font',
  'pagefind/pagefind.js': 'export {};',
  'pagefind/pagefind-worker.js': 'export {};',
  'pagefind/pagefind-highlight.js': 'export {};',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/wasm.en.pagefind': 'wasm',
  'pagefind/pagefind.en_7f5502d94f.pf_meta': 'meta',
  'pagefind/index/en_0a1b2c3.pf_index': 'index',
  'pagefind/fragment/en_0166bdd.pf_fragment': 'fragment',
  'pagefind/filter/en_6ee7e4c.pf_filter': 'filter',
};

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends one raw request (the target exactly as written) and parses the answer. */
function rawGet(port: number, target: string, extra: Record<string, string> = {}): Promise<Answer> {
  const lines = [`GET ${target} HTTP/1.1`, 'Host: localhost', 'Connection: close'];
  for (const [name, value] of Object.entries(extra)) lines.push(`${name}: ${value}`);
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${lines.join('\r\n')}\r\n\r\n`));
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', ...rest] = received.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

const immutable = 'public, max-age=31536000, immutable';

/** Whether a Cache-Control value lets a browser keep the file only briefly, then ask again. */
function isShortWithRevalidation(value: string | undefined): boolean {
  if (!value) return false;
  if (/(^|,\s*)no-cache(,|$)/.test(value)) return true;
  const maxAge = /max-age=(\d+)/.exec(value);
  return Boolean(maxAge && Number(maxAge[1]) <= 300 && value.includes('must-revalidate'));
}

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'serving-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
    // A fixed time in the past, so If-Modified-Since with the file's own date is not "in the future".
    utimesSync(path.join(folder, file), new Date('2026-01-02T03:04:05Z'), new Date('2026-01-02T03:04:05Z'));
  }
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const missingNginx = nginxMissing();
if (missingNginx) console.warn(`Skipping the nginx half of tests/scripts/serving.test.ts: ${missingNginx}`);

const servers = [
  {
    name: 'the preview server',
    skip: false,
    start: async (root: string) => {
      const { server, url } = await startStaticServer(root);
      return { port: Number(new URL(url).port), stop: () => new Promise<void>((done) => server.close(() => done())) };
    },
  },
  { name: 'nginx with deploy/nginx.conf', skip: Boolean(missingNginx), start: startNginx },
];

describe.each(servers)('$name', ({ skip, start }) => {
  let port: number;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    if (skip) return;
    ({ port, stop } = await start(folder));
  });
  afterAll(async () => {
    if (!skip) await stop();
  });
  const test = it.skipIf(skip);

  test.each([
    '//guidance',
    '//guidance//guidance',
    '///guidance',
    '//guidance/',
    '/guidance//national-standards',
    '/\\guidance',
    'http://localhost//guidance',
  ])('never redirects %s to another host: a redirect is a path starting with a single slash', async (target) => {
    const answer = await rawGet(port, target);
    if (answer.headers.location !== undefined) {
      expect(answer.headers.location).toMatch(/^\/(?![/\\])/);
      expect(answer.headers.location).not.toContain('//');
    }
    expect([200, 301, 404]).toContain(answer.status);
  });

  test('collapses repeated slashes before adding the trailing one: //guidance → /guidance/', async () => {
    const answer = await rawGet(port, '//guidance');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/guidance/');
  });

  test('redirects a folder without its trailing slash, keeping the query', async () => {
    const answer = await rawGet(port, '/guidance/national-standards?q=recall');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/guidance/national-standards/?q=recall');
  });

  test.each(['/no-such-page/', '/pagefind/', '/pagefind/index/', '/_astro/'])(
    "answers %s with 404 and the site's own 404 page",
    async (target) => {
      const answer = await rawGet(port, target);
      expect(answer.status).toBe(404);
      expect(answer.body).toContain('Page not found');
    },
  );

  test.each(Object.keys(files))(
    'sends %s with the content type and caching of scripts/serving-rules.mjs',
    async (file) => {
      const answer = await rawGet(port, `/${file}`);
      expect(answer.headers['content-type']?.toLowerCase()).toBe(contentTypeFor(`/${file}`).toLowerCase());
      expect(answer.headers['cache-control']).toBe(cacheControlFor(`/${file}`));
    },
  );

  test('serves the Atom feed as application/atom+xml', async () => {
    const answer = await rawGet(port, '/whats-new.xml');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/atom\+xml(;|$)/);
  });

  test.each(['/', '/guidance', '/no-such-page/', '/_astro/enforcement.CLc9g2mH.js'])(
    'sends every security header with %s',
    async (target) => {
      const answer = await rawGet(port, target);
      for (const [name, value] of Object.entries(securityHeaders))
        expect(answer.headers[name.toLowerCase()]).toBe(value);
    },
  );

  test.each([
    '/_astro/BaseLayout.DsZAqYQL.css',
    '/_astro/enforcement.CLc9g2mH.js',
    '/pagefind/pagefind.en_7f5502d94f.pf_meta',
    '/pagefind/index/en_0a1b2c3.pf_index',
    '/pagefind/fragment/en_0166bdd.pf_fragment',
    '/pagefind/filter/en_6ee7e4c.pf_filter',
  ])('lets browsers keep the hashed file %s for a year', async (target) => {
    const answer = await rawGet(port, target);
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe(immutable);
  });

  test.each([
    '/',
    '/guidance/',
    '/whats-new.xml',
    '/fonts/atkinson-hyperlegible-latin-400-normal.woff2',
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
    '/pagefind/pagefind-entry.json',
    '/pagefind/wasm.en.pagefind',
  ])('lets browsers keep %s only briefly, then revalidate', async (target) => {
    const answer = await rawGet(port, target);
    expect(answer.status).toBe(200);
    expect(isShortWithRevalidation(answer.headers['cache-control']), answer.headers['cache-control']).toBe(true);
  });

  test.each(['/guidance/', '/pagefind/pagefind-entry.json', '/_astro/enforcement.CLc9g2mH.js'])(
    'answers a repeat request for %s with 304 and no body, by ETag and by date',
    async (target) => {
      const first = await rawGet(port, target);
      expect(first.headers.etag).toMatch(/^(W\/)?"[^"]+"$/);
      expect(new Date(first.headers['last-modified']!).toISOString()).toBe('2026-01-02T03:04:05.000Z');
      const byTag = await rawGet(port, target, { 'If-None-Match': first.headers.etag! });
      expect(byTag.status).toBe(304);
      expect(byTag.body).toBe('');
      expect(byTag.headers.etag).toBe(first.headers.etag);
      expect(byTag.headers['cache-control']).toBe(first.headers['cache-control']);
      const byDate = await rawGet(port, target, { 'If-Modified-Since': first.headers['last-modified']! });
      expect(byDate.status).toBe(304);
      const changed = await rawGet(port, target, { 'If-None-Match': '"something-else"' });
      expect(changed.status).toBe(200);
      const older = await rawGet(port, target, { 'If-Modified-Since': 'Thu, 01 Jan 2026 00:00:00 GMT' });
      expect(older.status).toBe(200);
    },
  );
});
