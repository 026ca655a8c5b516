// A small static file server for the built site, with the site's security headers. Used by `npm start` and the tests.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { securityHeaders } from './security-headers.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
};

async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = path.normalize(path.join(root, decoded));
  if (!candidate.startsWith(root)) return undefined;
  for (const file of [candidate, path.join(candidate, 'index.html')]) {
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

/** Starts serving `root` on 127.0.0.1; resolves with the server and its base URL. */
export function startStaticServer(root, port = 0) {
  const base = path.resolve(root);
  const server = createServer(async (request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (urlPath.endsWith('/') === false && !path.extname(urlPath)) {
      const dir = await resolveFile(base, `${urlPath}/index.html`);
      if (dir) {
        response.writeHead(301, { Location: `${urlPath}/${new URL(request.url ?? '/', 'http://localhost').search}`, ...securityHeaders });
        response.end();
        return;
      }
    }
    const file = await resolveFile(base, urlPath);
    const status = file ? 200 : 404;
    const served = file ?? path.join(base, '404.html');
    response.writeHead(status, {
      'Content-Type': types[path.extname(served)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...securityHeaders,
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(served).on('error', () => response.end()).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${address.port}` });
    });
  });
}
