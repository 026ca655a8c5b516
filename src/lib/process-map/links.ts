// Where a step's guidance links point, and the check that every one resolves to a real page and heading.
import type { ProcessModel } from './model';

/**
 * Every guidance link of every step must name an existing page and, if it names an anchor, a heading on that page.
 * `pages` maps "framework/slug" to the heading slugs on that page.
 */
export function brokenGuidanceLinks(model: ProcessModel, pages: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const problems: string[] = [];
  for (const step of model.steps) {
    for (const link of step.meta.guidance) {
      const anchors = pages.get(link.page);
      if (!anchors)
        problems.push(
          `machine "${model.id}", state "${step.path}", field "meta.guidance": no guidance page "${link.page}"`,
        );
      else if (link.anchor && !anchors.has(link.anchor))
        problems.push(
          `machine "${model.id}", state "${step.path}", field "meta.guidance": page "${link.page}" has no heading "#${link.anchor}"`,
        );
    }
  }
  return problems;
}

/**
 * The guidance pages of a built site and the element ids on each, keyed as steps name them ("framework/slug"), for
 * `brokenGuidanceLinks`. Only pages at /guidance/<framework>/<slug>/ count: a framework overview is not guidance.
 */
export function builtGuidancePages(
  pages: readonly { url: string; ids: ReadonlySet<string> }[],
): Map<string, ReadonlySet<string>> {
  const guidance = new Map<string, ReadonlySet<string>>();
  for (const page of pages) {
    const match = /^\/guidance\/([^/]+\/[^/]+)\/$/.exec(page.url);
    if (match?.[1]) guidance.set(match[1], page.ids);
  }
  return guidance;
}
