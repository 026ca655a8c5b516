// The shape the site keeps: content is loaded and machines are described once, in src/lib/site-data, and routes only
// fetch a view model and render it, each short enough to read at a glance.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const loadOnceFolder = 'src/lib/site-data/';
const routeLimit = 60;

function filesUnder(folder: string, pattern: RegExp): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .map((file) => `${folder}/${file.split(path.sep).join('/')}`)
    .filter((file) => pattern.test(file))
    .sort();
}

/** Each call of getCollection or describeMachine (not describeMachine's own declaration) as "file:line". */
function loadCalls(files: { file: string; text: string }[]): string[] {
  return files.flatMap(({ file, text }) =>
    text
      .split('\n')
      .flatMap((line, index) =>
        /\b(getCollection|describeMachine)\(/.test(line) && !/function describeMachine\(/.test(line)
          ? [`${file}:${index + 1}: ${line.trim()}`]
          : [],
      ),
  );
}

/** Routes longer than the limit, as "file: N lines". */
function longRoutes(files: { file: string; text: string }[], limit: number): string[] {
  return files.flatMap(({ file, text }) => {
    const lines = text.replace(/\n$/, '').split('\n').length;
    return lines > limit ? [`${file}: ${lines} lines (the limit is ${limit})`] : [];
  });
}

const read = (file: string) => ({ file, text: readFileSync(path.join(root, file), 'utf8') });

describe('loading content and describing maps once', () => {
  it('calls getCollection and describeMachine only inside src/lib/site-data (the build config included)', () => {
    const outside = [...filesUnder('src', /\.(ts|mts|mjs|astro|mdx)$/), 'astro.config.mjs']
      .filter((file) => !file.startsWith(loadOnceFolder))
      .map(read);
    expect(loadCalls(outside)).toEqual([]);
  });

  it('names the file and line of a call outside the load-once module', () => {
    const page = { file: 'src/pages/example.astro', text: "---\nconst all = await getCollection('guidance');\n---" };
    const model = { file: 'src/lib/process-map/model.ts', text: 'export function describeMachine(machine) {' };
    expect(loadCalls([page, model])).toEqual([
      "src/pages/example.astro:2: const all = await getCollection('guidance');",
    ]);
  });
});

describe('routes only route', () => {
  it(`keeps every route under ${routeLimit} lines`, () => {
    const routes = filesUnder('src/pages', /\.(astro|ts)$/).map(read);
    expect(routes.length).toBeGreaterThan(20);
    expect(longRoutes(routes, routeLimit)).toEqual([]);
  });

  it('names a long route and its line count', () => {
    const route = { file: 'src/pages/long.astro', text: `${'<p>line</p>\n'.repeat(61)}` };
    expect(longRoutes([route], routeLimit)).toEqual(['src/pages/long.astro: 61 lines (the limit is 60)']);
  });
});
