// The build's caches keyed by content (issue 36): compiled MDX (src/integrations/mdx-cache.ts), gzipped copies
// (src/integrations/precompress.ts) and the search index's prepared pages (src/integrations/search-index.ts). A cached answer is given only for the same input, and the cache keeps only
// what the last build used.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cachedTransform,
  compilesInFlight,
  createCompileCache,
  pruneCompileCache,
} from '../../src/integrations/mdx-cache';
import { mapBounded } from '../../src/integrations/bounded';
import { precompress } from '../../src/integrations/precompress';
import { readBuiltPages } from '../../src/integrations/link-check';
import { writeSearchIndex } from '../../src/integrations/search-index';
import { searchableIndex } from '../support/pagefind-index';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'build-caches-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A wait of `ms` that counts how many waits are under way at once; `seen.most` is the most at any moment. */
function overlapCounter() {
  let running = 0;
  const seen = { most: 0 };
  const wait = async (ms: number) => {
    running += 1;
    seen.most = Math.max(seen.most, running);
    await new Promise((resolve) => setTimeout(resolve, ms));
    running -= 1;
  };
  return { wait, seen };
}

describe('the compiled-MDX cache', () => {
  const compiler = () => {
    const calls: string[] = [];
    const compile = async (code: string, id: string) => {
      calls.push(id);
      if (code.includes('BROKEN')) throw new Error(`${id}: cannot compile`);
      return { code: `compiled(${code})`, meta: { astro: { containsHead: false } } };
    };
    return { calls, compile };
  };

  it('compiles a page once, and gives the same result from the cache on the next build', async () => {
    const { calls, compile } = compiler();
    const first = createCompileCache(path.join(folder, 'mdx'), 'inputs-1');
    const compiled = await cachedTransform(compile, first).call(undefined, 'text', '/a.mdx');
    const next = createCompileCache(path.join(folder, 'mdx'), 'inputs-1');
    const again = await cachedTransform(compile, next).call(undefined, 'text', '/a.mdx');
    expect(again).toEqual(compiled);
    expect(calls).toEqual(['/a.mdx']);
    expect(next.counts).toEqual({ compiled: 0, cached: 1 });
  });

  it('compiles again when the page text, its file or the inputs that shape every page change', async () => {
    const { calls, compile } = compiler();
    const cache = createCompileCache(path.join(folder, 'mdx'), 'inputs-1');
    await cachedTransform(compile, cache).call(undefined, 'text', '/a.mdx');
    await cachedTransform(compile, cache).call(undefined, 'text edited', '/a.mdx');
    await cachedTransform(compile, cache).call(undefined, 'text', '/b.mdx');
    await cachedTransform(compile, createCompileCache(cache.dir, 'inputs-2')).call(undefined, 'text', '/a.mdx');
    expect(calls).toEqual(['/a.mdx', '/a.mdx', '/b.mdx', '/a.mdx']);
  });

  it('never keeps a failed compile: the error comes back on every build', async () => {
    const { calls, compile } = compiler();
    for (let build = 0; build < 2; build += 1)
      await expect(
        cachedTransform(compile, createCompileCache(path.join(folder, 'mdx'), 'i')).call(undefined, 'BROKEN', '/a.mdx'),
      ).rejects.toThrow('/a.mdx: cannot compile');
    expect(calls).toHaveLength(2);
  });

  it('compiles a few pages at a time when the bundler asks for them all at once, and a failed page frees its place', async () => {
    const { wait, seen } = overlapCounter();
    const compile = async (code: string) => {
      await wait(1);
      if (code === 'BROKEN') throw new Error('cannot compile');
      return { code: `compiled(${code})` };
    };
    const transform = cachedTransform(compile, createCompileCache(path.join(folder, 'mdx'), 'i'));
    const pages = Array.from({ length: compilesInFlight * 4 }, (_, index) =>
      index === 3 ? 'BROKEN' : `page ${index}`,
    );
    const results = await Promise.allSettled(
      pages.map((code, index) => transform.call(undefined, code, `/${index}.mdx`)),
    );
    expect(seen.most).toBe(compilesInFlight);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(pages.length - 1);
    expect(results[5]).toEqual({ status: 'fulfilled', value: { code: 'compiled(page 5)' } });
  });

  it('keeps only the pages the last build compiled', async () => {
    const { compile } = compiler();
    const first = createCompileCache(path.join(folder, 'mdx'), 'i');
    await cachedTransform(compile, first).call(undefined, 'old', '/a.mdx');
    const next = createCompileCache(first.dir, 'i');
    await cachedTransform(compile, next).call(undefined, 'new', '/a.mdx');
    await pruneCompileCache(next);
    expect(readdirSync(first.dir)).toHaveLength(1);
  });
});

describe('the gzip cache', () => {
  const site = () => {
    const dist = path.join(folder, 'dist');
    mkdirSync(path.join(dist, 'page'), { recursive: true });
    writeFileSync(path.join(dist, 'page/index.html'), '<p>page</p>'.repeat(500));
    writeFileSync(path.join(dist, 'app.js'), 'const value = 1;\n'.repeat(500));
    return dist;
  };

  it('gives the same .gz files from the cache, and compresses a changed file again', async () => {
    const dist = site();
    const cacheDir = path.join(folder, 'gzip');
    expect(await precompress(dist, { cacheDir })).toMatchObject({ files: 2, cached: 0 });
    const before = readFileSync(path.join(dist, 'app.js.gz'));
    writeFileSync(path.join(dist, 'page/index.html'), '<p>edited</p>'.repeat(500));
    expect(await precompress(dist, { cacheDir })).toMatchObject({ files: 2, cached: 1 });
    expect(readFileSync(path.join(dist, 'app.js.gz'))).toEqual(before);
    expect(gunzipSync(readFileSync(path.join(dist, 'page/index.html.gz'))).toString()).toBe(
      '<p>edited</p>'.repeat(500),
    );
    // The old page's copy is gone from the cache: it holds what the last build used, no more.
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.gz'))).toHaveLength(2);
  });

  it('keeps the copy of a file left as it was, and takes away a copy whose file is gone or now too small', async () => {
    const dist = site();
    const cacheDir = path.join(folder, 'gzip');
    await precompress(dist, { cacheDir });
    // With the cache's copies gone, only the check that each file and its copy are as the last build left them
    // can find them unchanged.
    for (const name of readdirSync(cacheDir)) if (name.endsWith('.gz')) rmSync(path.join(cacheDir, name));
    expect(await precompress(dist, { cacheDir })).toMatchObject({ files: 2, cached: 2 });
    rmSync(path.join(dist, 'app.js'));
    writeFileSync(path.join(dist, 'page/index.html'), '<p>short</p>');
    expect(await precompress(dist, { cacheDir })).toMatchObject({ files: 0 });
    expect(readdirSync(dist, { recursive: true }).filter((name) => String(name).endsWith('.gz'))).toEqual([]);
  });
});

describe('the link check’s pages', () => {
  it('reads a page again only when its file has changed since the last build', async () => {
    const dist = path.join(folder, 'dist');
    const cacheDir = path.join(folder, 'cache');
    mkdirSync(path.join(dist, 'a'), { recursive: true });
    const html = '<title>A</title><a href="/b/">B</a>';
    writeFileSync(path.join(dist, 'a/index.html'), html);
    const hrefs = async () => (await readBuiltPages(dist, cacheDir)).find(({ url }) => url === '/a/')!.hrefs;
    expect(await hrefs()).toEqual(['/b/']);
    // What the last build found in a page left as it was is what the next one uses: changed here, it shows.
    const list = path.join(cacheDir, 'hmpps-links.json');
    writeFileSync(list, readFileSync(list, 'utf8').replace('"/b/"', '"/kept/"'));
    expect(await hrefs()).toEqual(['/kept/']);
    // Written again (as Astro writes a page it renders), the page is read again.
    writeFileSync(path.join(dist, 'a/index.html'), html);
    expect(await hrefs()).toEqual(['/b/']);
  });
});

describe('the search index’s prepared pages', () => {
  const page = (title: string, text: string) =>
    `<!doctype html><html lang="en"><head><title>${title} – HMPPS Guidance and process maps</title></head><body>` +
    `<main data-pagefind-body><h1>${title}</h1><p>${text}</p></main><footer>Built today</footer></body></html>`;
  const write = (dist: string, slug: string, html: string) => {
    mkdirSync(path.join(dist, 'guidance', slug), { recursive: true });
    writeFileSync(path.join(dist, 'guidance', slug, 'index.html'), html);
  };
  const build = async (dist: string) => {
    const lines: string[] = [];
    const logger = { info: (line: string) => lines.push(line), warn: (line: string) => lines.push(line) };
    const site = {
      root: process.cwd(),
      outDir: dist,
      cacheDir: path.join(folder, 'cache'),
      contentRoot: 'src/content',
    };
    await writeSearchIndex({ ...site, contentRoot: path.resolve(site.contentRoot) }, logger);
    return {
      log: lines.join('\n'),
      files: readdirSync(path.join(dist, 'pagefind'), { recursive: true, encoding: 'utf8' }).sort(),
      spelling: JSON.parse(readFileSync(path.join(dist, 'search/spelling.json'), 'utf8')) as { words: string[] },
    };
  };

  it('gives the same index from the cache, and prepares an edited page again', { timeout: 60_000 }, async () => {
    const dist = path.join(folder, 'dist');
    write(dist, 'release', page('Share release information', 'The POM tells the council before release.'));
    write(dist, 'recall', page('Recall a person', 'The probation practitioner asks for a recall quickly.'));
    const first = await build(dist);
    expect(first.log).toContain('(2 page(s) prepared, 0 unchanged, from the cache)');

    // A new day's footer is outside what is indexed: the pages are still the ones prepared.
    write(
      dist,
      'release',
      page('Share release information', 'The POM tells the council before release.').replace('today', 'tomorrow'),
    );
    const again = await build(dist);
    expect(again.log).toContain('(0 page(s) prepared, 2 unchanged, from the cache)');
    expect(again.files).toEqual(first.files);
    expect(again.spelling).toEqual(first.spelling);

    write(dist, 'recall', page('Recall a person', 'The probation practitioner asks for a recall on licence.'));
    const edited = await build(dist);
    expect(edited.log).toContain('(1 page(s) prepared, 1 unchanged, from the cache)');
    expect(edited.spelling.words).toContain('licence');
    expect(edited.spelling.words).not.toContain('quickly');
    // The cache holds what the last build used: one entry per page.
    expect(readdirSync(path.join(folder, 'cache/hmpps-search'))).toHaveLength(2);
  });

  it(
    'patches an edited page into the last index, which is then the index a full build makes',
    { timeout: 60_000 },
    async () => {
      const dist = path.join(folder, 'dist');
      write(dist, 'release', page('Share release information', 'The POM tells the council before release.'));
      write(dist, 'recall', page('Recall a person', 'The probation practitioner asks for a recall quickly.'));
      expect((await build(dist)).log).toContain('; indexed in full;');
      expect((await build(dist)).log).toContain('; the last index, unchanged;');

      write(
        dist,
        'recall',
        page('Recall a person', 'The practitioner asks for a recall after an abscond from the hostel.'),
      );
      expect((await build(dist)).log).toContain('; 1 changed page(s) patched into the last index;');
      // The built site's copy was patched in place: it holds the kept index's files, no more and no fewer.
      const listing = (dir: string) =>
        readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((file) => !/^pagefind-(ui|modular-ui|component-ui)\./.test(file))
          .sort();
      expect(listing(path.join(dist, 'pagefind'))).toEqual(
        listing(path.join(folder, 'cache/hmpps-search-index/pagefind')),
      );
      const patched = await searchableIndex(path.join(dist, 'pagefind'));
      expect(patched.words['abscond']).toHaveProperty(['/guidance/recall/']);
      expect(patched.words['quick']).toBeUndefined();

      rmSync(path.join(folder, 'cache/hmpps-search-index'), { recursive: true });
      expect((await build(dist)).log).toContain('; indexed in full;');
      expect(patched).toEqual(await searchableIndex(path.join(dist, 'pagefind')));
    },
  );

  it(
    'indexes in full when a page is added, or when the last index’s list is unreadable',
    { timeout: 60_000 },
    async () => {
      const dist = path.join(folder, 'dist');
      write(dist, 'release', page('Share release information', 'The POM tells the council before release.'));
      await build(dist);
      write(dist, 'recall', page('Recall a person', 'The probation practitioner asks for a recall.'));
      expect((await build(dist)).log).toContain('; indexed in full: pages were added or taken away;');
      writeFileSync(path.join(folder, 'cache/hmpps-search-index/manifest.json'), '{"inputs": ');
      expect((await build(dist)).log).toContain('; indexed in full;');
      expect((await searchableIndex(path.join(dist, 'pagefind'))).pages).toHaveProperty(['/guidance/recall/']);
    },
  );
});

describe('reading built files a few at a time', () => {
  it('gives every result in the files’ order, with no more than the limit read at once', async () => {
    const { wait, seen } = overlapCounter();
    const read = async (file: number) => {
      // Later files finish sooner, so the results come back out of order.
      await wait((100 - file) % 5);
      return `file ${file}`;
    };
    const files = Array.from({ length: 100 }, (_, index) => index);
    expect(await mapBounded(files, read, 7)).toEqual(files.map((file) => `file ${file}`));
    expect(seen.most).toBe(7);
  });
});
