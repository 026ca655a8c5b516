// Checks the links of the built site: every internal link must reach a page or file, and every anchor an element id.
import { detached } from './detached';
import { decodeSafely, siteUrl } from './url';

export interface BuiltPage {
  /** The page's address: "/guidance/x/y/". */
  url: string;
  ids: ReadonlySet<string>;
  hrefs: string[];
  /** The text of its <title>. */
  title?: string;
}

export function titleIn(html: string): string | undefined {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim();
  return title === undefined ? undefined : detached([title])[0];
}

/**
 * Pages that share a <title>, as "<title>: <page>, <page>": each page's title must tell it apart in tabs, history and
 * bookmarks.
 */
export function duplicateTitles(pages: Pick<BuiltPage, 'url' | 'title'>[]): string[] {
  const byTitle = new Map<string, string[]>();
  for (const page of pages)
    if (page.title !== undefined) byTitle.set(page.title, [...(byTitle.get(page.title) ?? []), page.url]);
  return [...byTitle]
    .filter(([, urls]) => urls.length > 1)
    .map(([title, urls]) => `"${title}" is the title of ${urls.sort().join(', ')}`);
}

export function idsIn(html: string): Set<string> {
  return new Set(detached([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!)));
}

export function hrefsIn(html: string): string[] {
  return detached([...html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&')));
}

/** "/a/b" and "/a/b/" name the same page; "/a/b/index.html" too. */
export function normalisePath(pathname: string): string {
  const withoutIndex = decodeSafely(pathname).replace(/index\.html$/, '');
  return /\.[a-z0-9]+$/i.test(withoutIndex) || withoutIndex.endsWith('/') ? withoutIndex : `${withoutIndex}/`;
}

/**
 * Every problem as "<page>: <what is wrong>". `isFile` answers for addresses that are not pages (stylesheets, icons).
 */
export function brokenLinks(
  pages: BuiltPage[],
  isFile: (pathname: string) => boolean = () => false,
  /** Where a link is written, for the message: the built page's address unless the caller finds its source. */
  whereIs: (page: BuiltPage, href: string) => string = (page) => page.url,
): string[] {
  const byUrl = new Map(pages.map((page) => [normalisePath(page.url), page]));
  // Every page repeats the header, footer and side navigation, so most links are the same few hundred addresses:
  // each distinct address is resolved once, and only the page it is on is per page.
  const resolved = new Map<string, { problem?: string; target?: BuiltPage; anchor: string }>();
  const resolve = (href: string, pageUrl: string) => {
    // An email address opens the reader's mail program: no request leaves the site, so it is allowed.
    if (/^mailto:[^@\s]+@[^@\s]+$/i.test(href)) return { anchor: '' };
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//'))
      return { problem: `links off the site: ${href}`, anchor: '' };
    const url = siteUrl(href, pageUrl);
    const target = byUrl.get(normalisePath(url.pathname));
    const anchor = decodeSafely(url.hash.slice(1));
    if (!target && !isFile(url.pathname)) return { problem: `links to a page that does not exist: ${href}`, anchor };
    return { target, anchor };
  };
  const problems: string[] = [];
  for (const page of pages) {
    for (const href of page.hrefs) {
      // A link from the site's root ("/x/") means the same on every page; any other may depend on the page.
      const key = href.startsWith('/') && !href.startsWith('//') ? href : `${page.url} ${href}`;
      let link = resolved.get(key);
      if (!link) resolved.set(key, (link = resolve(href, page.url)));
      if (link.problem) problems.push(`${whereIs(page, href)}: ${link.problem}`);
      else if (link.target && link.anchor && !link.target.ids.has(link.anchor))
        problems.push(`${whereIs(page, href)}: links to an anchor that does not exist: ${href}`);
    }
  }
  return problems;
}
