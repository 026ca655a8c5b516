// Addresses on the site, read and written one way: a link parsed against the site, its path, query and anchor put
// back together, a search address, and decoding that survives an address someone typed or cut short.

/** Stands in for the site's own origin, which a static site does not know when it builds. */
const siteOrigin = 'http://site.invalid';

/** A link as a URL, relative to the site's root or to the page `from` ("/guidance/x/") it is written on. */
export function siteUrl(href: string, from = '/'): URL {
  return new URL(href, `${siteOrigin}${from}`);
}

/** Whether a URL from `siteUrl` stays on the site (not "https://example.org/" nor "//example.org/"). */
export function isOnSite(url: URL): boolean {
  return url.origin === siteOrigin;
}

/** The address as a link on the site writes it: path, query and anchor, without the origin. */
export function hrefOf(url: Pick<URL, 'pathname' | 'search' | 'hash'>): string {
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Percent-decoded text, or the text as it is where it is not valid percent-encoding ("%E0%A4%A" or "100%"). */
export function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Words as a fragment of an address or id, in plain letters and digits: "DIF/EIF" → "dif-eif". Ids that must stay
 * as they are (glossary anchors, feed entry ids) use this; a guidance heading's anchor is Astro's (github-slugger).
 */
export function plainSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The search page with the words already searched for. */
export function searchHref(words: string): string {
  return `/search/?q=${encodeURIComponent(words)}`;
}
