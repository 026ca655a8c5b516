// Fails the build when any built page links to a page, file or anchor that does not exist, naming the link and the
// MDX file and line it is written on (or the built page, for a link a component makes); when a process map step links
// to guidance or a heading that does not exist, naming machine and state; or when two pages share a <title>.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mapBounded } from './bounded';
import type { BuiltSite, StepLogger } from './built-site';
import { fileState, sameState, type FileState } from './file-state';
import { shownPath } from '../lib/content/content-files';
import { brokenLinks, duplicateTitles, hrefsIn, idsIn, titleIn, type BuiltPage } from '../lib/links';
import { brokenGuidanceLinks, builtGuidancePages } from '../lib/process-map/links';
import { mapsWithModels } from '../lib/site-data/models';
import { decodeSafely } from '../lib/url';

/**
 * Each built page's links, ids and title. With `cacheDir`, a page left as it was since the last build (its file's
 * state unchanged: a page kept in dist/) is not read again: what the last build found in it is kept there.
 */
export async function readBuiltPages(outDir: string, cacheDir?: string): Promise<BuiltPage[]> {
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter(
    (entry) =>
      entry.isFile() && entry.name.endsWith('.html') && !path.relative(outDir, entry.parentPath).startsWith('pagefind'),
  );
  const listFile = cacheDir && path.join(cacheDir, 'hmpps-links.json');
  // A page as the list keeps it: its ids as a list.
  type Kept = { state: FileState; page: Omit<BuiltPage, 'ids'> & { ids: string[] } };
  let last: Record<string, Kept> = {};
  if (listFile) {
    try {
      const list = JSON.parse(await readFile(listFile, 'utf8')) as { outDir?: string; pages?: typeof last };
      if (list.outDir === outDir && list.pages) last = list.pages;
    } catch {
      last = {};
    }
  }
  const found: typeof last = {};
  const pages = await mapBounded(files, async (entry): Promise<BuiltPage> => {
    const file = path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    const state = await fileState(path.join(outDir, file));
    const before = last[file];
    if (state && before && sameState(state, before.state) && Array.isArray(before.page?.ids)) {
      found[file] = before;
      return { ...before.page, ids: new Set(before.page.ids) };
    }
    const html = await readFile(path.join(outDir, file), 'utf8');
    const url =
      file === 'index.html'
        ? '/'
        : file.endsWith('/index.html')
          ? `/${file.slice(0, -'index.html'.length)}`
          : `/${file}`;
    const page = { url, ids: idsIn(html), hrefs: hrefsIn(html), title: titleIn(html) };
    if (state) found[file] = { state, page: { ...page, ids: [...page.ids] } };
    return page;
  });
  if (listFile) {
    await mkdir(path.dirname(listFile), { recursive: true });
    await writeFile(listFile, JSON.stringify({ outDir, pages: found }));
  }
  return pages;
}

/**
 * Where an author wrote a link: "src/content/guidance/x/y.mdx:12 (/guidance/x/y/)" when the page is built from an MDX
 * file whose text has the link, else the built page's address (the link comes from a component or layout).
 */
export function linkSource(contentRoot: string, root: string): (page: BuiltPage, href: string) => string {
  const sources = new Map<string, string | undefined>();
  const sourceOf = (url: string) => {
    if (!sources.has(url)) {
      const [, framework, slug] = /^\/guidance\/([^/]+)\/(?:([^/]+)\/)?$/.exec(url) ?? [];
      const file = !framework
        ? undefined
        : slug
          ? path.join(contentRoot, 'guidance', framework, `${slug}.mdx`)
          : path.join(contentRoot, 'frameworks', `${framework}.mdx`);
      sources.set(url, file && existsSync(file) ? file : undefined);
    }
    return sources.get(url);
  };
  return (page, href) => {
    const file = sourceOf(page.url);
    if (!file) return page.url;
    const lines = readFileSync(file, 'utf8').split('\n');
    const written = [`](${href})`, `](${href} `, `"${href}"`, href];
    for (const form of written) {
      const index = lines.findIndex((line) => line.includes(form));
      if (index >= 0) return `${shownPath(file, root)}:${index + 1} (${page.url})`;
    }
    return page.url;
  };
}

export async function checkLinks(
  { root, outDir, cacheDir, contentRoot }: BuiltSite,
  logger: StepLogger,
): Promise<void> {
  const pages = await readBuiltPages(outDir, cacheDir);
  const problems = brokenLinks(
    pages,
    (pathname) => existsSync(path.join(outDir, decodeSafely(pathname))),
    linkSource(contentRoot, root),
  );
  if (problems.length) throw new Error(`Broken links in the built site:\n${problems.join('\n')}`);
  // Checked here once for every map, against the built guidance pages, rather than on each map page.
  const guidance = builtGuidancePages(pages);
  const broken = mapsWithModels().flatMap((map) => brokenGuidanceLinks(map.model, guidance));
  if (broken.length) throw new Error(`Process map guidance links do not resolve:\n${broken.join('\n')}`);
  const shared = duplicateTitles(pages);
  if (shared.length) throw new Error(`Pages that share a title (each needs its own):\n${shared.join('\n')}`);
  logger.info(
    `Links: every internal link and anchor on ${pages.length} pages, and every map step's guidance link, resolves; every page has its own title`,
  );
}
