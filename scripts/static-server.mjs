// A small static file server for local preview (`npm start`) and the tests, with the site's security headers.
// It is not a production server: on an intranet, serve dist/ with a real web server configured from deploy/.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { securityHeaders } from './security-headers.mjs';
import { cacheControlFor, clientTimeouts, contentTypeFor, notFoundPage } from './serving-rules.mjs';

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
        return {
          file,
          size: info.size,
          modified: info.mtime,
          url: `/${path.relative(root, file).split(path.sep).join('/')}`,
        };
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

/** nginx's form, from the file's time and size: the gzipped copy, a different file, has its own tag. */
const entityTag = (file) => `"${Math.floor(file.modified.getTime() / 1000).toString(16)}-${file.size.toString(16)}"`;

/** Whether the browser's copy is current (RFC 9110 13.1: If-None-Match wins over If-Modified-Since). */
function isUnchanged(requestHeaders, file) {
  const match = requestHeaders['if-none-match'];
  if (match !== undefined)
    return match.trim() === '*' || match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === entityTag(file));
  const since = Date.parse(requestHeaders['if-modified-since'] ?? '');
  return !Number.isNaN(since) && Math.floor(file.modified.getTime() / 1000) * 1000 <= since;
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
  const served = found ?? (await resolveFile(base, notFoundPage));
  if (!served) {
    sendPlain(response, 404, 'Not found.\n');
    return;
  }
  // The build writes page.html.gz beside page.html (src/integrations/precompress.ts): send it to browsers that take
  // gzip, as nginx's gzip_static does.
  const gzipped = await resolveFile(base, `${served.url}.gz`);
  const zipped = gzipped && acceptsGzip(request.headers['accept-encoding']) ? gzipped : undefined;
  const sent = zipped ?? served;
  const headers = {
    'Content-Type': contentTypeFor(served.url),
    'Cache-Control': cacheControlFor(served.url),
    ...(gzipped ? { Vary: 'Accept-Encoding' } : {}),
    ...securityHeaders,
  };
  if (found) {
    Object.assign(headers, { ETag: entityTag(sent), 'Last-Modified': sent.modified.toUTCString() });
    if (isUnchanged(request.headers, sent)) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
  }
  response.writeHead(found ? 200 : 404, {
    ...headers,
    'Content-Length': sent.size,
    ...(zipped ? { 'Content-Encoding': 'gzip' } : {}),
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
  const server = createServer(
    {
      // A client that trickles its headers (slowloris) is cut off once they have taken too long; Node checks every
      // connection's time at this interval (30 s unless set).
      headersTimeout: clientTimeouts.headers,
      requestTimeout: clientTimeouts.request,
      keepAliveTimeout: clientTimeouts.keepAlive,
      connectionsCheckingInterval: 250,
    },
    (request, response) => {
      handle(base, request, response).catch(() => {
        if (!response.headersSent) sendPlain(response, 500, 'The server could not answer this request.\n');
        else response.destroy();
      });
    },
  );
  // A socket silent for as long as a whole request may take is closed, not just reported.
  server.setTimeout(clientTimeouts.request, (socket) => socket.destroy());
  // A malformed request line, or headers that took too long, never reach the handler: answer and close the socket
  // (end() alone leaves it open for as long as the client keeps its side open), then keep serving.
  server.on('clientError', (error, socket) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.destroySoon();
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${address.port}` });
    });
  });
}
