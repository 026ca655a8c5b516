// Guidance URLs, reading order within a framework, the "On this page" list and the folder check.
import { describe, expect, it } from 'vitest';
import {
  contentsList,
  folderFramework,
  frameworkHref,
  guidanceHref,
  guidanceSlug,
  misfiledGuidance,
  pagesOf,
  sideNavWindow,
  type GuidanceLike,
} from '../../../src/lib/content/guidance';

const entry = (id: string, framework: string, order: number, title: string): GuidanceLike => ({
  id,
  data: { framework, order, title },
});

describe('guidanceSlug and folderFramework', () => {
  it('split a guidance id into its framework folder and page slug', () => {
    expect(guidanceSlug('national-standards/09-enforcing-the-sentence')).toBe('09-enforcing-the-sentence');
    expect(folderFramework('national-standards/09-enforcing-the-sentence')).toBe('national-standards');
  });

  it('give no folder for a file at the top of the guidance folder', () => {
    expect(folderFramework('09-enforcing-the-sentence')).toBeUndefined();
    expect(guidanceSlug('09-enforcing-the-sentence')).toBe('09-enforcing-the-sentence');
  });
});

describe('guidanceHref and frameworkHref', () => {
  it('put a guidance page under its framework', () => {
    expect(
      guidanceHref(entry('national-standards/09-enforcing-the-sentence', 'national-standards', 9, 'Enforcing')),
    ).toBe('/guidance/national-standards/09-enforcing-the-sentence/');
    expect(frameworkHref('information-sharing')).toBe('/guidance/information-sharing/');
  });

  it('takes the framework from front matter, not the folder', () => {
    expect(guidanceHref(entry('misfiled/page', 'waspi-jip', 1, 'Page'))).toBe('/guidance/waspi-jip/page/');
  });
});

describe('pagesOf', () => {
  const entries = [
    entry('national-standards/10-reviewing', 'national-standards', 10, 'Reviewing progress'),
    entry('information-sharing/01-intro', 'information-sharing', 1, 'Introduction'),
    entry('national-standards/09-b', 'national-standards', 9, 'Breach'),
    entry('national-standards/09-a', 'national-standards', 9, 'Alternatives'),
    entry('national-standards/01-records', 'national-standards', 1, 'Records'),
  ];

  it("lists only the framework's pages, in order and then by title", () => {
    expect(pagesOf(entries, 'national-standards').map((page) => page.data.title)).toEqual([
      'Records',
      'Alternatives',
      'Breach',
      'Reviewing progress',
    ]);
  });

  it('lists nothing for a framework with no pages, and leaves the input alone', () => {
    const before = entries.map((page) => page.id);
    expect(pagesOf(entries, 'waspi-jip')).toEqual([]);
    pagesOf(entries, 'national-standards');
    expect(entries.map((page) => page.id)).toEqual(before);
  });
});

describe('contentsList', () => {
  it('lists only second-level headings, in page order', () => {
    const headings = [
      { depth: 1, slug: 'title', text: 'Title' },
      { depth: 2, slug: 'send-a-warning-letter', text: 'Send a warning letter' },
      { depth: 3, slug: 'what-to-say', text: 'What to say' },
      { depth: 2, slug: 'complete-the-breach', text: 'Complete the breach' },
    ];
    expect(contentsList(headings).map((heading) => heading.slug)).toEqual([
      'send-a-warning-letter',
      'complete-the-breach',
    ]);
  });
});

describe('misfiledGuidance', () => {
  it('names a file whose folder is not the framework its front matter names', () => {
    expect(
      misfiledGuidance([
        entry('national-standards/09-enforcing', 'national-standards', 9, 'Enforcing'),
        entry('information-sharing/01-intro', 'national-standards', 1, 'Intro'),
        entry('loose-page', 'waspi-jip', 1, 'Loose'),
      ]),
    ).toEqual([
      'src/content/guidance/information-sharing/01-intro.mdx: framework: says "national-standards" but the file is not in src/content/guidance/national-standards/',
      'src/content/guidance/loose-page.mdx: framework: says "waspi-jip" but the file is not in src/content/guidance/waspi-jip/',
    ]);
  });

  it('finds nothing wrong when every file is in its framework folder', () => {
    expect(misfiledGuidance([entry('waspi-jip/01-intro', 'waspi-jip', 1, 'Intro')])).toEqual([]);
  });
});

describe('sideNavWindow', () => {
  const pages = (count: number) => Array.from({ length: count }, (_, index) => `page ${index + 1}`);

  it('lists every page of a framework of up to 25 pages', () => {
    expect(sideNavWindow(pages(25), 24)).toEqual({ items: pages(25), more: 0 });
  });

  it('lists the current page with five either side in a larger framework, and how many it leaves out', () => {
    const { items, more } = sideNavWindow(pages(2000), 999);
    expect(items).toEqual(pages(2000).slice(994, 1005));
    expect(items[5]).toBe('page 1000');
    expect(more).toBe(1989);
  });

  it('keeps eleven pages at either end of the list, and shows the first ones on the overview', () => {
    expect(sideNavWindow(pages(30), 0).items).toEqual(pages(11));
    expect(sideNavWindow(pages(30), 29).items).toEqual(pages(30).slice(19));
    expect(sideNavWindow(pages(30), -1).items).toEqual(pages(11));
  });
});
