// Reading the built site in dist/ for tests: its pages, their links and their element ids.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const distDir = path.resolve('dist');

export function builtPages(): string[] {
  if (!existsSync(path.join(distDir, 'index.html')))
    throw new Error('No built site in dist/: run `npm run build` before the tests (npm test does).');
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** "guidance/x/index.html" → "/guidance/x/"; "404.html" → "/404.html". */
export function urlOf(file: string): string {
  return file === 'index.html'
    ? '/'
    : file.endsWith('/index.html')
      ? `/${file.slice(0, -'index.html'.length)}`
      : `/${file}`;
}

export function readPage(file: string): string {
  return readFileSync(path.join(distDir, file), 'utf8');
}

/** The built file a site URL path resolves to, if any. */
export function fileFor(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath);
  for (const candidate of [clean, path.posix.join(clean, 'index.html')]) {
    const full = path.join(distDir, candidate);
    if (existsSync(full) && !full.endsWith(path.sep) && readdirSync(path.dirname(full)).includes(path.basename(full)))
      return path.relative(distDir, full).split(path.sep).join('/');
  }
  return undefined;
}

export { hrefsIn, idsIn } from '../../src/lib/links';
