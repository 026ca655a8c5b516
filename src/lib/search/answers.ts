// The answer in a search result: the timescales each section of a built guidance page states, keyed by the
// section's anchor, so a result that lands on a section can show "within 2 working days of …" beside its link.

import { decodeEntities } from '../html-entities';

const plainText = (html: string) =>
  decodeEntities(html.replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Each heading's anchor with the timescales written under it (before the next heading), as the page words them:
 * `<Timescale>` renders `<span class="app-timescale">`, so the wording is the page's own, never retyped.
 */
export function sectionTimescales(mainHtml: string): Record<string, string[]> {
  const sections: Record<string, string[]> = {};
  let anchor: string | undefined;
  const tokens = /<h[2-4][^>]*\sid="([^"]+)"[^>]*>|<span class="app-timescale"[^>]*>([\s\S]*?)<\/span>/g;
  for (const match of mainHtml.matchAll(tokens)) {
    if (match[1] !== undefined) {
      anchor = match[1];
      continue;
    }
    if (!anchor) continue;
    const words = plainText(match[2] ?? '');
    if (!words) continue;
    const list = (sections[anchor] ??= []);
    if (!list.includes(words)) list.push(words);
  }
  return sections;
}

/** The timescales to show for a result that links to `url`, if it lands on a section that states any. */
export function timescalesForSection(url: string, byAnchor: Record<string, string[]>): string[] {
  const anchor = url.split('#')[1];
  return anchor ? (byAnchor[decodeURIComponent(anchor)] ?? []) : [];
}

/** Reads the JSON a page carries in its search meta; anything malformed counts as no timescales. */
export function parseSectionTimescales(json: string | undefined): Record<string, string[]> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter(
        (entry): entry is [string, string[]] =>
          Array.isArray(entry[1]) && entry[1].every((item) => typeof item === 'string'),
      ),
    );
  } catch {
    return {};
  }
}
