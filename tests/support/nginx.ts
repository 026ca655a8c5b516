// Runs real nginx with deploy/nginx.conf on a loopback port, serving a folder, for the tests of the deploy config.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The nginx executable on this machine, if any (Debian installs it in /usr/sbin, which is not always on PATH). */
export function findNginx(): string | undefined {
  for (const folder of [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin']) {
    const candidate = path.join(folder, 'nginx');
    if (folder && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Why the nginx tests cannot run here, or undefined when they can. CI installs nginx (.ci/run), so there a missing
 * nginx is a failure, not a skip.
 */
export function nginxMissing(): string | undefined {
  const nginx = findNginx();
  if (nginx && spawnSync(nginx, ['-v']).status === 0) return undefined;
  const message =
    'nginx is not installed, so deploy/nginx.conf is not tested under real nginx (install it with `apt-get install nginx`; CI does)';
  if (process.env.CI) throw new Error(message);
  return message;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** The deploy server block, moved to a loopback port and the given root, inside the least http{} nginx needs. */
export function testConfig(root: string, port: number, work: string): string {
  const server = readFileSync('deploy/nginx.conf', 'utf8')
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root [^;]+;$/m, `$1root ${root};`);
  if (!server.includes(`listen 127.0.0.1:${port};`) || !server.includes(`root ${root};`))
    throw new Error('deploy/nginx.conf no longer has the `listen 80;` and `root ...;` lines the test replaces');
  // As root, nginx's workers would drop to `nobody`, who cannot read a test's private temporary folder.
  const user = process.getuid?.() === 0 ? 'user root root;\n' : '';
  return `${user}worker_processes 1;
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
${server}
}
`;
}

/** Starts nginx serving `root`; resolves with its URL and a function that stops it. */
export async function startNginx(root: string): Promise<{ url: string; port: number; stop(): Promise<void> }> {
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx is not installed');
  const work = mkdtempSync(path.join(tmpdir(), 'nginx-test-'));
  const port = await freePort();
  writeFileSync(path.join(work, 'nginx.conf'), testConfig(path.resolve(root), port, work));
  const check = spawnSync(nginx, ['-t', '-q', '-p', work, '-c', path.join(work, 'nginx.conf')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refuses deploy/nginx.conf:\n${check.stderr}`);
  const child = spawn(nginx, ['-p', work, '-c', path.join(work, 'nginx.conf')], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let tries = 0; !(await accepting(port)); tries += 1) {
    if (tries > 100 || child.exitCode !== null) {
      const log = existsSync(path.join(work, 'error.log')) ? readFileSync(path.join(work, 'error.log'), 'utf8') : '';
      throw new Error(`nginx did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    async stop() {
      child.kill('SIGQUIT');
      await exited;
      rmSync(work, { recursive: true, force: true });
    },
  };
}
