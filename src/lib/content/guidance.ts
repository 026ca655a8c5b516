// Derivations over guidance entries: their URLs, their order within a framework, and the "On this page" list.
export interface GuidanceLike {
  id: string;
  data: { framework: string; order: number; title: string };
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** "national-standards/09-enforcing-the-sentence" → "09-enforcing-the-sentence". */
export function guidanceSlug(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

/** The folder a guidance file sits in must be its framework, so URLs and front matter can never disagree. */
export function folderFramework(id: string): string | undefined {
  return id.includes('/') ? id.slice(0, id.indexOf('/')) : undefined;
}

/**
 * The one place a guidance address is built: a page from "<framework>/<page>" or a framework's overview from its id,
 * with a heading's anchor if given.
 */
export function guidanceLinkHref(page: string, anchor?: string): string {
  return `/guidance/${page}/${anchor ? `#${anchor}` : ''}`;
}

export function guidanceHref(entry: GuidanceLike): string {
  return guidanceLinkHref(`${entry.data.framework}/${guidanceSlug(entry.id)}`);
}

export function frameworkHref(frameworkId: string): string {
  return guidanceLinkHref(frameworkId);
}

/** A framework's pages in reading order (by `order`, then title). */
export function pagesOf<T extends GuidanceLike>(entries: T[], frameworkId: string): T[] {
  return entries
    .filter((entry) => entry.data.framework === frameworkId)
    .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** The "On this page" list: second-level headings only, as GOV.UK contents lists do. */
export function contentsList(headings: Heading[]): Heading[] {
  return headings.filter((heading) => heading.depth === 2);
}

/** Every guidance file must sit in the folder of the framework its front matter names. */
export function misfiledGuidance(entries: GuidanceLike[]): string[] {
  return entries
    .filter((entry) => folderFramework(entry.id) !== entry.data.framework)
    .map(
      (entry) =>
        `src/content/guidance/${entry.id}.mdx: framework: says "${entry.data.framework}" but the file is not in src/content/guidance/${entry.data.framework}/`,
    );
}

export interface CitingEntry extends GuidanceLike {
  data: GuidanceLike['data'] & { sources: { section: string }[] };
}

/**
 * Where a citation should take the reader: the guidance page that covers the section (the first in reading order),
 * or the framework overview when no page cites it yet.
 */
export function sectionHref(entries: CitingEntry[], framework: string, section: string): string {
  const page = pagesOf(entries, framework).find((entry) =>
    entry.data.sources.some((source) => source.section === section),
  );
  return page ? guidanceHref(page) : frameworkHref(framework);
}

/** Up to this many pages, a framework's side navigation lists them all. */
export const sideNavAll = 25;
/** Past it, the side navigation lists this many pages either side of the current one, then a link to all of them. */
export const sideNavReach = 5;

/**
 * The pages a framework's side navigation lists: all of them for a framework of up to `sideNavAll` pages; for a
 * larger one, the current page and its neighbours in reading order (the first pages, on the overview), so each page
 * carries a few links rather than one per page of its framework (a framework of 2,000 pages would otherwise put
 * 2,000 links on each of its 2,000 pages). `more` is how many pages it leaves out; the overview lists every page.
 */
export function sideNavWindow<T>(pages: T[], currentIndex: number): { items: T[]; more: number } {
  if (pages.length <= sideNavAll) return { items: pages, more: 0 };
  const width = 2 * sideNavReach + 1;
  const centre = currentIndex < 0 ? sideNavReach : currentIndex;
  const start = Math.max(0, Math.min(centre - sideNavReach, pages.length - width));
  return { items: pages.slice(start, start + width), more: pages.length - width };
}
