// The view models of the guidance: the list of frameworks, a framework's overview and each guidance page.
import type { CollectionEntry } from 'astro:content';
import { cacheKey, compileInputs } from '../content/cache-key';
import { guidanceSlug, misfiledGuidance, pagesOf, sideNavWindow } from '../content/guidance';
import type { PartialDate } from '../dates';
import { siteData } from '../site-data/load';
import { sitePageKey } from './page-key';

/** Each framework A to Z with its guidance pages in reading order. */
export async function guidanceIndexView() {
  const { frameworksByTitle, guidance } = await siteData();
  return frameworksByTitle.map((framework) => ({ framework, pages: pagesOf(guidance, framework.id) }));
}

/** One path per framework overview, with its pages in reading order. */
export async function frameworkPaths() {
  const { frameworks, guidance } = await siteData();
  return frameworks.map((framework) => ({
    params: { framework: framework.id },
    props: { framework, pages: pagesOf(guidance, framework.id) },
  }));
}

const statusLabels = { current: 'Current', dated: 'Dated', 'partly-superseded': 'Partly superseded' } as const;

/** A framework's status in words and the dates its document gives (those it leaves out are left out). */
export function frameworkStatus(framework: CollectionEntry<'frameworks'>) {
  const { data } = framework;
  const dates: [string, PartialDate | undefined][] = [
    ['Issued', data.issued],
    ['Re-issued', data.reissued],
    ['Implemented', data.implemented],
  ];
  return {
    label: statusLabels[data.status],
    dates: dates.filter((date): date is [string, PartialDate] => date[1] !== undefined),
  };
}

/**
 * One path per guidance page, with its framework and the framework's pages (each framework's reading order worked
 * out once, not again for every one of its pages). The build fails on a page filed under another framework's folder,
 * or naming a framework with no overview.
 */
export async function guidancePagePaths() {
  const data = await siteData();
  const { frameworks, guidance } = data;
  const misfiled = misfiledGuidance(guidance);
  if (misfiled.length) throw new Error(misfiled.join('\n'));
  // Each framework's reading order is worked out once, not again for every one of its pages.
  const frameworkPages = new Map<string, typeof guidance>();
  for (const { data } of guidance)
    if (!frameworkPages.has(data.framework)) frameworkPages.set(data.framework, pagesOf(guidance, data.framework));
  const pageIndex = new Map([...frameworkPages.values()].flatMap((pages) => pages.map((page, index) => [page, index])));
  // What a page shows besides its own entry and the site's code (src/lib/content/cache-key.ts): a page whose key is
  // unchanged since the last build is copied from it, not rendered again.
  const shared = sitePageKey(data);
  return guidance.map((entry) => {
    const framework = frameworks.find((candidate) => candidate.id === entry.data.framework);
    if (!framework)
      throw new Error(
        `src/content/guidance/${entry.id}.mdx: framework: no overview at src/content/frameworks/${entry.data.framework}.mdx`,
      );
    const pages = frameworkPages.get(entry.data.framework)!;
    const index = pageIndex.get(entry)!;
    const nav = sideNavWindow(pages, index);
    return {
      params: { framework: entry.data.framework, slug: guidanceSlug(entry.id) },
      props: { entry, framework, pages, pageIndex: index },
      cacheKey: cacheKey(
        shared,
        entry,
        nav.items.map((page) => `${page.id}:${page.data.title}`),
        pages.length,
        compileInputs(process.env),
      ),
    };
  });
}
