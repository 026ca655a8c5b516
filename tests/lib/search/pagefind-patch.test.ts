// A Pagefind index patched with a few changed pages (src/lib/search/pagefind-patch.ts) against a full index of the
// same pages made by Pagefind itself: every word, page, filter and meta field the same, word for word and page for
// page, so search finds and ranks exactly as it would after a full index.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, type CborValue } from '../../../src/lib/search/cbor';
import { searchableIndex } from '../../support/pagefind-index';
import { CannotPatch, patchIndex, readEntry, type IndexContent } from '../../../src/lib/search/pagefind-patch';
import { readFragments, readIndexFolder, writePatch } from '../../../src/integrations/pagefind-files';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'pagefind-patch-'));
});
afterAll(async () => {
  await pagefind.close();
  rmSync(folder, { recursive: true, force: true });
});

interface Page {
  url: string;
  title: string;
  text: string;
  role?: string;
  timescale?: string;
}

const html = ({ title, text, role, timescale }: Page) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body>` +
  `<h1>${title}</h1><p>${text}</p>` +
  (role ? `<p data-pagefind-filter="role">${role}</p>` : '') +
  (timescale ? `<span data-pagefind-meta="timescale:${timescale}"></span>` : '') +
  `<span data-pagefind-filter="type:Guidance"></span></main></body></html>`;

const words = 'release licence recall probation prison council victim offender manager assessment risk sentence'.split(
  ' ',
);
/** Made-up words, so the index has thousands of words and Pagefind splits it into many chunks. */
const madeUp = (n: number) =>
  `${'bcdfghklmnprstvz'[n % 16]}${'aeiou'[(n >> 4) % 5]}${'bdgklmnrst'[(n >> 6) % 10]}o${n}`;
const site: Page[] = Array.from({ length: 240 }, (_, n) => ({
  url: `/guidance/page-${n}/`,
  title: `Guidance page ${n}`,
  text: Array.from({ length: 200 + (n % 7) * 40 }, (_, w) =>
    w % 3 ? words[(n * 7 + w * 3) % words.length] : madeUp((n * 31 + w * 17) % 4000),
  ).join(' '),
  role: ['Prison Offender Manager', 'Probation practitioner', undefined][n % 3],
  timescale: n % 4 === 0 ? `${n} days` : undefined,
}));

async function indexOf(pages: Page[], name: string): Promise<string> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error('no index');
  for (const page of pages) await index.addHTMLFile({ url: page.url, content: html(page) });
  const dir = path.join(folder, name);
  await index.writeFiles({ outputPath: dir });
  await index.deleteIndex();
  return dir;
}

/** The site with `edited` in place of its old pages: patched from a full index of `site`, and indexed in full. */
async function patchedAndFull(edited: Page[], name: string) {
  const before = await indexOf(site, `${name}-before`);
  const after = site.map((page) => edited.find((other) => other.url === page.url) ?? page);
  const full = await indexOf(after, `${name}-full`);
  const beforeContent = await readIndexFolder(before);
  const beforeMeta = decodeCbor(beforeContent.meta) as CborValue[];
  const beforeUrls = (
    await readFragments(
      before,
      (beforeMeta[1] as [string][]).map(([hash]) => hash),
    )
  ).map(({ url }) => url);
  // The small index: the edited pages, and one page with the timescale meta field, which the edits may lack.
  const filler = site.find((page) => page.timescale && !edited.some((other) => other.url === page.url))!;
  const small = await indexOf([...edited, filler], `${name}-small`);
  const smallMeta = decodeCbor((await readIndexFolder(small)).meta) as CborValue[];
  const smallUrls = (
    await readFragments(
      small,
      (smallMeta[1] as [string][]).map(([hash]) => hash),
    )
  ).map(({ url }) => url);
  const patched = patchIndex(
    beforeContent,
    await readIndexFolder(small),
    smallUrls.map((url) => (url === filler.url ? undefined : beforeUrls.indexOf(url))),
  );
  await writePatch(before, patched, small);
  return { patched: before, full };
}

describe('a Pagefind index patched with changed pages', { timeout: 60_000 }, () => {
  it('reads and writes Pagefind’s files byte for byte', async () => {
    const dir = await indexOf(site, 'round-trip');
    const content: IndexContent = await readIndexFolder(dir);
    for (const bytes of [content.meta, ...content.chunks.values(), ...content.filters.values()])
      expect(encodeCbor(decodeCbor(bytes)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('is the index Pagefind makes of the edited site: new words, words gone, a new filter value', async () => {
    const edited: Page[] = [
      { ...site[5]!, text: `${site[5]!.text} absconding from approved premises` },
      { ...site[17]!, text: 'recall', role: 'Approved Premises staff' },
      { ...site[30]!, text: `aardvark ${site[30]!.text.split(' ').slice(3).join(' ')} zebra`, timescale: undefined },
    ];
    const { patched, full } = await patchedAndFull(edited, 'edit');
    const [got, expected] = [await searchableIndex(patched), await searchableIndex(full)];
    expect(got.chunks).toBeGreaterThan(5);
    expect(got).toEqual(expected);
    expect(got.words['abscond']).toBeDefined();
    // Only the files the patched index uses are left in its folder.
    const entry = readEntry(readFileSync(path.join(patched, 'pagefind-entry.json'), 'utf8'));
    const metas = readdirSync(patched).filter((file) => file.endsWith('.pf_meta'));
    expect(metas).toEqual([`pagefind.${entry.entry.languages.en!.hash}.pf_meta`]);
    expect(readdirSync(path.join(patched, 'fragment'))).toHaveLength(site.length);
  });

  it('refuses a change it cannot make: a meta field the site does not have', async () => {
    const before = await readIndexFolder(await indexOf(site, 'refuse-before'));
    const small = await readIndexFolder(
      await indexOf([{ ...site[1]!, text: '<span data-pagefind-meta="owner:Someone"></span>' }], 'refuse-small'),
    );
    expect(() => patchIndex(before, small, [1])).toThrow(CannotPatch);
  });
});
