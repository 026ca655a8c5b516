// Fails the build when any built page links to a page, file or anchor that does not exist, naming page and link,
// or when a process map step links to guidance or a heading that does not exist, naming machine and state, or when
// two pages share a <title>.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { brokenLinks, duplicateTitles, hrefsIn, idsIn, titleIn, type BuiltPage } from '../lib/links';
import { brokenGuidanceLinks, builtGuidancePages } from '../lib/process-map/links';
import { describeMachine } from '../lib/process-map/model';
import { processes } from '../machines';

export async function readBuiltPages(outDir: string): Promise<BuiltPage[]> {
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter(
    (entry) =>
      entry.isFile() && entry.name.endsWith('.html') && !path.relative(outDir, entry.parentPath).startsWith('pagefind'),
  );
  return Promise.all(
    files.map(async (entry) => {
      const file = path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      const html = await readFile(path.join(outDir, file), 'utf8');
      const url =
        file === 'index.html'
          ? '/'
          : file.endsWith('/index.html')
            ? `/${file.slice(0, -'index.html'.length)}`
            : `/${file}`;
      return { url, ids: idsIn(html), hrefs: hrefsIn(html), title: titleIn(html) };
    }),
  );
}

export function linkCheck(): AstroIntegration {
  return {
    name: 'app-link-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = await readBuiltPages(outDir);
        const problems = brokenLinks(pages, (pathname) => existsSync(path.join(outDir, decodeURIComponent(pathname))));
        if (problems.length) throw new Error(`Broken links in the built site:\n${problems.join('\n')}`);
        // Checked here once for every map, against the built guidance pages, rather than on each map page.
        const guidance = builtGuidancePages(pages);
        const broken = processes.flatMap((process) => brokenGuidanceLinks(describeMachine(process.machine), guidance));
        if (broken.length) throw new Error(`Process map guidance links do not resolve:\n${broken.join('\n')}`);
        const shared = duplicateTitles(pages);
        if (shared.length) throw new Error(`Pages that share a title (each needs its own):\n${shared.join('\n')}`);
        logger.info(
          `Links: every internal link and anchor on ${pages.length} pages, and every map step's guidance link, resolves; every page has its own title`,
        );
      },
    },
  };
}
