// The local preview server answers bad requests safely and keeps serving: it is what `npm start` and the tests use.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { get } from 'node:http';
import { clientTimeouts } from '../../scripts/serving-rules.mjs';
import { acceptsGzip, startStaticServer } from '../../scripts/static-server.mjs';
import { precompress } from '../../src/integrations/precompress';

let folder: string;
let server: Server;
let url: string;
let port: number;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'static-server-'));
  mkdirSync(path.join(folder, 'dist', 'guidance'), { recursive: true });
  mkdirSync(path.join(folder, 'dist-old'), { recursive: true });
  writeFileSync(path.join(folder, 'dist', 'index.html'), '<p>home</p>');
  writeFileSync(path.join(folder, 'dist', '404.html'), '<p>not found</p>');
  writeFileSync(path.join(folder, 'dist', 'guidance', 'index.html'), '<p>guidance</p>');
  writeFileSync(path.join(folder, 'dist', 'big.txt'), 'x'.repeat(8 * 1024 * 1024));
  writeFileSync(path.join(folder, 'dist-old', 'secret.txt'), 'secret');
  writeFileSync(
    path.join(folder, 'dist', 'guidance', 'long.html'),
    `<p>${'Send a letter within 2 working days. '.repeat(200)}</p>`,
  );
  writeFileSync(path.join(folder, 'dist', 'guidance', 'short.css'), 'p{}');
  writeFileSync(path.join(folder, 'dist', 'guidance', 'chunk.pf_index'), Buffer.alloc(4096));
  ({ server, url } = await startStaticServer(path.join(folder, 'dist')));
  port = Number(new URL(url).port);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(folder, { recursive: true, force: true });
});

/** Sends a raw request and resolves with the whole response text (or what came before the socket closed). */
function rawRequest(text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('close', () => resolve(received));
    socket.on('error', () => resolve(received));
  });
}

describe('the local preview server', () => {
  it.each(['//[', 'http://[', '//a%zz/', '//:99999/'])(
    'answers 400 to the request target %s and keeps serving',
    async (target) => {
      const answer = await rawRequest(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
      expect(answer).toMatch(/^HTTP\/1\.1 (400|404)/);
      const home = await fetch(`${url}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toBe('<p>home</p>');
    },
  );

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('refuses %s with 405 and an Allow header', async (method) => {
    const response = await fetch(`${url}/`, { method, body: method === 'POST' || method === 'PUT' ? 'x' : undefined });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('does not read a large upload', async () => {
    const answer = await rawRequest(`POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 52428800\r\n\r\nxxxx`);
    expect(answer).toMatch(/^HTTP\/1\.1 405/);
  });

  it('answers HEAD with the length of the file and no body', async () => {
    const answer = await rawRequest('HEAD /guidance/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toMatch(/content-length: 15\r\n/i);
    expect(answer.endsWith('\r\n\r\n')).toBe(true);
  });

  it.each(['/..%2fdist-old/secret.txt', '/../dist-old/secret.txt', '/%2e%2e/dist-old/secret.txt'])(
    'never serves a folder beside the root: %s',
    async (target) => {
      const answer = await rawRequest(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
      expect(answer).not.toContain('secret');
      expect(answer).toMatch(/^HTTP\/1\.1 404/);
    },
  );

  it('cuts off 300 clients that trickle their headers (slowloris) within the header time limit, and serves others meanwhile', async () => {
    const clients = 300;
    const started = performance.now();
    const closedAfter: number[] = [];
    const timers: NodeJS.Timeout[] = [];
    const sockets: Socket[] = [];
    // A first request outside the measurement: fetch's own start-up is not the server's time.
    await fetch(`${url}/`);
    await Promise.all(
      Array.from(
        { length: clients },
        () =>
          new Promise<void>((resolve) => {
            const socket = connect(port, '127.0.0.1', () => {
              socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n');
              resolve();
            });
            sockets.push(socket);
            // One more header line a second, never the blank line that ends the headers.
            let line = 0;
            const timer = setInterval(() => {
              if (!socket.destroyed) socket.write(`X-Trickle-${(line += 1)}: a\r\n`);
            }, 1000);
            timers.push(timer);
            // Read what the server says, as a real client does: its closing the connection is seen at once.
            socket.resume();
            socket.on('error', () => {});
            socket.on('close', () => {
              clearInterval(timer);
              closedAfter.push(performance.now() - started);
            });
          }),
      ),
    );
    try {
      // While they trickle, an ordinary visitor is answered at once.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      // The median of five requests: one slow answer while another test file runs on the same cores is not the server.
      const times: number[] = [];
      for (let request = 0; request < 5; request += 1) {
        const asked = performance.now();
        const home = await fetch(`${url}/`);
        times.push(performance.now() - asked);
        expect(home.status).toBe(200);
      }
      const answeredIn = times.sort((a, b) => a - b)[2]!;
      // A server held up by the trickling clients would take seconds (or the full header limit); 500 ms allows for a
      // machine busy with other test files.
      expect(answeredIn).toBeLessThan(500);
      // Every trickling client is cut off soon after the header time limit, none is kept. The limit is checked every
      // 250 ms; the margin allows for a machine busy with other test files, not for a server that keeps anyone.
      const deadline = clientTimeouts.headers + 4000;
      while (closedAfter.length < clients && performance.now() - started < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(closedAfter.length).toBe(clients);
      expect(Math.max(...closedAfter)).toBeLessThan(deadline);
      console.log(
        `slowloris: ${clients} trickling clients all cut off by ${(Math.max(...closedAfter) / 1000).toFixed(1)} s (header limit ${clientTimeouts.headers / 1000} s); a normal request answered in ${answeredIn.toFixed(1)} ms`,
      );
    } finally {
      for (const timer of timers) clearInterval(timer);
      for (const socket of sockets) socket.destroy();
    }
  }, 30_000);

  it('closes the file when a client aborts a download', async () => {
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    for (let i = 0; i < 40; i += 1) {
      await new Promise<void>((resolve) => {
        const socket = connect(port, '127.0.0.1', () =>
          socket.write('GET /big.txt HTTP/1.1\r\nHost: localhost\r\n\r\n'),
        );
        socket.once('data', () => {
          socket.destroy();
          resolve();
        });
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(openFiles() - before).toBeLessThan(5);
    const response = await fetch(`${url}/big.txt`);
    expect((await response.text()).length).toBe(8 * 1024 * 1024);
  });

  it('sends the gzipped copy the build wrote to a browser that takes gzip, and the plain file to one that does not', async () => {
    const written = await precompress(path.join(folder, 'dist'));
    // The long page and the 8 MB text file; not the tiny stylesheet or Pagefind's already-compressed index.
    expect(written.files).toBe(2);
    expect(readdirSync(path.join(folder, 'dist', 'guidance')).sort()).toEqual([
      'chunk.pf_index',
      'index.html',
      'long.html',
      'long.html.gz',
      'short.css',
    ]);
    const plain = `<p>${'Send a letter within 2 working days. '.repeat(200)}</p>`;
    const ask = (encoding?: string) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
        get(`${url}/guidance/long.html`, { headers: encoding ? { 'Accept-Encoding': encoding } : {} }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
    const zipped = await ask('gzip, deflate, br');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
    expect(zipped.body.length).toBeLessThan(plain.length / 10);
    expect(gunzipSync(zipped.body).toString()).toBe(plain);
    for (const encoding of [undefined, 'identity', 'gzip;q=0']) {
      const unzipped = await ask(encoding);
      expect(unzipped.headers['content-encoding'], encoding).toBeUndefined();
      expect(unzipped.body.toString(), encoding).toBe(plain);
    }
  });
});

describe('acceptsGzip', () => {
  it('reads Accept-Encoding as browsers send it', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('deflate, identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
