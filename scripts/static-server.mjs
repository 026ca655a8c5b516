// A small static file server for local preview (`npm start`) and the tests, with the site's security headers.
// It is not a production server: on an intranet, serve dist/ with a real web server configured from deploy/.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { securityHeaders } from './security-headers.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.bpmn': 'application/xml',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
};

const allowedMethods = 'GET, HEAD';

/** Whether an Accept-Encoding header takes gzip (and does not refuse it with q=0). */
export function acceptsGzip(header = '') {
  return header
    .split(',')
    .map((part) =>
      part
        .trim()
        .toLowerCase()
        .split(/\s*;\s*/),
    )
    .some(
      ([coding, ...params]) => (coding === 'gzip' || coding === '*') && !params.some((p) => /^q=0(\.0*)?$/.test(p)),
    );
}

/** The file under `root` a URL path names, or undefined: never anything outside `root`, even in a folder whose name starts with root's. */
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const candidate = path.resolve(root, `.${path.posix.sep}${decoded}`);
  const relative = path.relative(root, candidate);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  for (const file of [candidate, path.join(candidate, 'index.html')]) {
    try {
      const info = await stat(file);
      if (info.isFile())
        return { file, size: info.size, url: `/${path.relative(root, file).split(path.sep).join('/')}` };
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

/** `//guidance///x` → `/guidance/x`. URL parsing reads a backslash as a slash, so those go too. */
const singleSlashes = (pathname) => pathname.replace(/[\\/]+/g, '/');

/**
 * The path and query of a request target, or undefined when the target is not a valid URL (`//[`, `http://[`).
 * Repeated slashes are collapsed before the target is parsed: otherwise `//guidance` reads as a host name, and a
 * redirect to `//guidance/` sends the browser to another host.
 */
function parseTarget(target = '/') {
  try {
    const url = new URL(target.replace(/^[^?#]*/, singleSlashes), 'http://localhost');
    return { pathname: singleSlashes(url.pathname), search: url.search };
  } catch {
    return undefined;
  }
}

function sendPlain(response, status, message, extraHeaders = {}) {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(message),
    ...securityHeaders,
    ...extraHeaders,
  });
  response.end(message);
}

async function handle(base, request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    // Read nothing of the body: close the connection instead of accepting an upload.
    response.setHeader('Connection', 'close');
    sendPlain(response, 405, 'Method not allowed: this site only serves files.\n', { Allow: allowedMethods });
    return;
  }
  const target = parseTarget(request.url);
  if (!target) {
    sendPlain(response, 400, 'Bad request: the address could not be read.\n');
    return;
  }
  const { pathname, search } = target;
  if (!pathname.endsWith('/') && !path.extname(pathname) && (await resolveFile(base, `${pathname}/index.html`))) {
    response.writeHead(301, { Location: `${pathname}/${search}`, 'Content-Length': 0, ...securityHeaders });
    response.end();
    return;
  }
  const found = await resolveFile(base, pathname);
  const served = found ?? (await resolveFile(base, '/404.html'));
  if (!served) {
    sendPlain(response, 404, 'Not found.\n');
    return;
  }
  // The build writes page.html.gz beside page.html (src/integrations/precompress.ts): send it to browsers that take
  // gzip, as nginx's gzip_static does.
  const gzipped = await resolveFile(base, `${served.url}.gz`);
  const zipped = gzipped && acceptsGzip(request.headers['accept-encoding']) ? gzipped : undefined;
  const sent = zipped ?? served;
  response.writeHead(found ? 200 : 404, {
    'Content-Type': types[path.extname(served.file)] ?? 'application/octet-stream',
    'Content-Length': sent.size,
    'Cache-Control': 'no-cache',
    ...(zipped ? { 'Content-Encoding': 'gzip' } : {}),
    ...(gzipped ? { Vary: 'Accept-Encoding' } : {}),
    ...securityHeaders,
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  // pipeline closes the file when the client goes away mid-download, so aborted downloads leak no descriptors.
  await pipeline(createReadStream(sent.file), response).catch(() => response.destroy());
}

/** Starts serving `root` on 127.0.0.1; resolves with the server and its base URL. */
export function startStaticServer(root, port = 0) {
  const base = path.resolve(root);
  const server = createServer((request, response) => {
    handle(base, request, response).catch(() => {
      if (!response.headersSent) sendPlain(response, 500, 'The server could not answer this request.\n');
      else response.destroy();
    });
  });
  // A malformed request line never reaches the handler: answer 400 and keep serving.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${address.port}` });
    });
  });
}
