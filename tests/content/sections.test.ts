// Coverage: each source document's numbered sections (kept per framework in tests/content/sections/<framework>.json)
// must each be cited by at least one guidance page, and every guidance page cites its source inline.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frameworkIds } from '../../src/lib/schemas';

const root = path.resolve(import.meta.dirname, '../..');
const guidanceDir = path.join(root, 'src/content/guidance');

interface Page {
  file: string;
  sources: string[];
  body: string;
}

function pagesOf(framework: string): Page[] {
  const dir = path.join(guidanceDir, framework);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const data = parse(frontmatter) as { sources?: { section: string }[] };
      return {
        file: `src/content/guidance/${framework}/${name}`,
        sources: (data.sources ?? []).map((source) => String(source.section)),
        body,
      };
    });
}

describe.each(frameworkIds)('guidance for %s', (framework) => {
  const sections = (
    JSON.parse(readFileSync(path.join(import.meta.dirname, 'sections', `${framework}.json`), 'utf8')) as {
      framework: string;
      sections: { section: string; title: string }[];
    }
  ).sections;
  const pages = pagesOf(framework);
  const cited = new Set(pages.flatMap((page) => page.sources));

  it('has a list of the source’s sections to check against', () => {
    expect(sections.length).toBeGreaterThan(3);
  });

  it('cites every section of the source on at least one page', () => {
    const missing = sections
      .filter((section) => !cited.has(section.section))
      .map((section) => `${section.section} ${section.title}`);
    expect(missing, `sections no guidance page cites in its front matter "sources"`).toEqual([]);
  });

  it('cites only sections the source has', () => {
    const known = new Set(sections.map((section) => section.section));
    // A numbered item inside an annex ("Annex B 4.1") belongs to the annex.
    const isKnown = (section: string) =>
      known.has(section) || [...known].some((name) => /^(Annex|Appendix)/.test(name) && section.startsWith(`${name} `));
    const unknown = pages.flatMap((page) =>
      page.sources.filter((section) => !isKnown(section)).map((section) => `${page.file}: ${section}`),
    );
    expect(unknown).toEqual([]);
  });

  it('cites the source inline on every page', () => {
    const uncited = pages.filter((page) => !page.body.includes('<Source ')).map((page) => page.file);
    expect(uncited).toEqual([]);
  });
});
