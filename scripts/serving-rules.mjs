// How the built site is served, written once: content types, caching, time limits for clients and the "not found"
// page. The preview server (static-server.mjs) follows it, and deploy-config.mjs writes deploy/nginx.conf and
// deploy/_headers from it, beside the security headers in security-headers.mjs.

/** Cache-Control values. Short-lived files are kept a minute, then checked with the server (ETag or date: 304). */
export const cacheControl = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'public, max-age=60, must-revalidate',
};

/**
 * Files whose names carry a hash of their content, so a new build never changes a file under the same name: a browser
 * or CDN may keep them for a year without asking. `*` matches any characters, `/` included (a `_headers` splat).
 * Everything else (pages, the feed, fonts, Pagefind's fixed-name entry files pagefind.js, pagefind-entry.json,
 * pagefind-worker.js and wasm.*.pagefind) changes in place, so it is kept briefly and revalidated.
 */
export const immutablePaths = [
  { pattern: '/_astro/*', what: "Astro's scripts and stylesheets (name.<hash>.js, name.<hash>.css)" },
  { pattern: '/pagefind/*.pf_meta', what: "Pagefind's index metadata (pagefind.<language>_<hash>.pf_meta)" },
  { pattern: '/pagefind/index/*', what: "Pagefind's index chunks" },
  { pattern: '/pagefind/fragment/*', what: "Pagefind's result fragments" },
  { pattern: '/pagefind/filter/*', what: "Pagefind's filter chunks" },
];

/** `/pagefind/*.pf_meta` → `^/pagefind/.*\.pf_meta$`, a regular expression in the syntax nginx and JavaScript share. */
export function patternSource(pattern) {
  return `^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`;
}

export const patternToRegExp = (pattern) => new RegExp(patternSource(pattern));

/** The Cache-Control header for a URL path. */
export function cacheControlFor(urlPath) {
  return immutablePaths.some(({ pattern }) => patternToRegExp(pattern).test(urlPath))
    ? cacheControl.immutable
    : cacheControl.revalidate;
}

/** Content types by file extension; anything else is sent as `defaultContentType`. */
export const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.bpmn': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  // Pagefind's search runs as WebAssembly, which browsers compile as it streams only when sent as application/wasm.
  '.wasm': 'application/wasm',
};

/** Pagefind's index files (.pagefind, .pf_meta, .pf_index, .pf_fragment, .pf_filter) are plain binary. */
export const defaultContentType = 'application/octet-stream';

/** Files whose type their extension does not tell. */
export const pathContentTypes = {
  '/whats-new.xml': 'application/atom+xml; charset=utf-8',
};

/** The Content-Type header for a URL path. */
export function contentTypeFor(urlPath) {
  const extension = /\.[^./]+$/.exec(urlPath)?.[0] ?? '';
  return pathContentTypes[urlPath] ?? contentTypes[extension] ?? defaultContentType;
}

/** The page sent, with status 404, for a path that names no file, and for a folder with no index.html. */
export const notFoundPage = '/404.html';

/**
 * How long a client may take. A client that trickles its request (slowloris) is cut off when the headers have not
 * all arrived in `headers` ms; a connection waiting for its next request is closed after `keepAlive` ms.
 */
export const clientTimeouts = {
  headers: 10_000,
  request: 30_000,
  keepAlive: 5_000,
};
