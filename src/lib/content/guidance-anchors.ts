// Every guidance page's heading anchors, by "<framework>/<slug>", for checking the links from process maps to guidance.
import { getCollection, render } from 'astro:content';
import { guidanceSlug } from './guidance';

async function readAnchors(): Promise<Map<string, Set<string>>> {
  const anchors = new Map<string, Set<string>>();
  for (const entry of await getCollection('guidance')) {
    const { headings } = await render(entry);
    anchors.set(`${entry.data.framework}/${guidanceSlug(entry.id)}`, new Set(headings.map((heading) => heading.slug)));
  }
  return anchors;
}

let built: Promise<Map<string, Set<string>>> | undefined;

/**
 * Read once per build, not once per map page (with 100 maps and 2,000 pages that was 200,000 renders). The dev server
 * reads them afresh on every request, so an edited heading is seen at once.
 */
export function guidanceAnchors(): Promise<Map<string, Set<string>>> {
  if (!import.meta.env.PROD) return readAnchors();
  return (built ??= readAnchors());
}
