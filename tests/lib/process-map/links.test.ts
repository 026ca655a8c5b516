// Guidance links from the steps of a map: their addresses, and the check that each reaches a real page and heading.
import { describe, expect, it } from 'vitest';
import { brokenGuidanceLinks, builtGuidancePages, guidanceLinkHref } from '../../../src/lib/process-map/links';
import { describeMachine } from '../../../src/lib/process-map/model';
import { enforcement } from '../../../src/machines/enforcement';

const model = describeMachine(enforcement);

/** Every page and heading the map's steps link to, as if the site had them all. */
function allLinkedPages(): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>();
  for (const step of model.steps) {
    for (const link of step.meta.guidance) {
      const anchors = pages.get(link.page) ?? new Set<string>();
      if (link.anchor) anchors.add(link.anchor);
      pages.set(link.page, anchors);
    }
  }
  return pages;
}

describe('guidanceLinkHref', () => {
  it('links to a guidance page, and to a heading on it when one is named', () => {
    expect(guidanceLinkHref('national-standards/09-enforcing-the-sentence')).toBe(
      '/guidance/national-standards/09-enforcing-the-sentence/',
    );
    expect(guidanceLinkHref('national-standards/09-enforcing-the-sentence', 'send-a-warning-letter')).toBe(
      '/guidance/national-standards/09-enforcing-the-sentence/#send-a-warning-letter',
    );
  });
});

describe('brokenGuidanceLinks', () => {
  it('finds nothing wrong when every page and heading exists', () => {
    expect(brokenGuidanceLinks(model, allLinkedPages())).toEqual([]);
  });

  it('reports every step that links to a missing page', () => {
    const page = 'national-standards/10-reviewing-progress';
    const pages = allLinkedPages();
    pages.delete(page);
    const linking = model.steps.filter((step) => step.meta.guidance.some((link) => link.page === page));
    expect(linking.length).toBeGreaterThan(0);
    expect(brokenGuidanceLinks(model, pages)).toEqual(
      linking.map(
        (step) => `machine "enforcement", state "${step.path}", field "meta.guidance": no guidance page "${page}"`,
      ),
    );
  });

  it('reports every step that links to a heading the page does not have', () => {
    const page = 'national-standards/09-enforcing-the-sentence';
    const anchor = 'complete-the-breach';
    const pages = allLinkedPages();
    pages.get(page)!.delete(anchor);
    const linking = model.steps.filter((step) =>
      step.meta.guidance.some((link) => link.page === page && link.anchor === anchor),
    );
    expect(linking.length).toBeGreaterThan(0);
    expect(brokenGuidanceLinks(model, pages)).toEqual(
      linking.map(
        (step) =>
          `machine "enforcement", state "${step.path}", field "meta.guidance": page "${page}" has no heading "#${anchor}"`,
      ),
    );
  });

  it('accepts a link to a whole page that has no headings', () => {
    const page = 'national-standards/10-reviewing-progress';
    const wholePageLinks = model.steps.flatMap((step) =>
      step.meta.guidance.filter((link) => link.page === page && !link.anchor),
    );
    expect(wholePageLinks.length).toBeGreaterThan(0);
    const pages = allLinkedPages();
    pages.set(page, new Set(['review-after-a-recall-or-committal-to-custody']));
    expect(brokenGuidanceLinks(model, pages)).toEqual([]);
  });
});

describe('builtGuidancePages', () => {
  const pages = [
    { url: '/', ids: new Set(['main']) },
    { url: '/guidance/national-standards/', ids: new Set(['status-and-dates']) },
    { url: '/guidance/national-standards/enforcement/', ids: new Set(['warning-letters', 'breach']) },
    { url: '/process-maps/enforcement/', ids: new Set(['step-sendWarningLetter']) },
  ];

  it('keys each built guidance page as steps name it, with the anchors on it', () => {
    const guidance = builtGuidancePages(pages);
    expect([...guidance.keys()]).toEqual(['national-standards/enforcement']);
    expect(guidance.get('national-standards/enforcement')).toEqual(new Set(['warning-letters', 'breach']));
  });

  it('lets the link check find a missing heading on a built page', () => {
    const guidance = builtGuidancePages(pages);
    const linked = model.steps.flatMap((step) => step.meta.guidance).find((link) => link.anchor);
    expect(linked?.page).toBe('national-standards/09-enforcing-the-sentence');
    const withoutHeading = new Map(guidance).set(linked!.page, new Set<string>());
    expect(brokenGuidanceLinks(model, withoutHeading).join('\n')).toContain(`has no heading "#${linked!.anchor}"`);
  });
});
