// The incremental build (issue 36) keeps a guidance page, or a map's pages, from the last build when nothing they
// show has changed (experimental.incrementalBuild with the page's cacheKey; the compiled-MDX, Mermaid, map-picture and
// gzip caches), and leaves nothing in dist/ that the build did not make (src/integrations/page-cache.ts).
// A stale page of policy guidance is worse than a slow build, so each kind of change a guidance page shows is made
// here in a copy of the project, the copy is built again with the caches the last build left, and the built page
// must show the change. A change that only one page shows is made alongside others whose pages differ; a change that
// every page shows is made alone, so no other change can re-render the page for it.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkPackages, projectEntries } from '../../scripts/bench-corpus.mjs';
import { escapeRegExp } from '../../src/lib/escape';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
let project: string;

async function build(): Promise<string> {
  const astro = path.join(project, 'node_modules/astro/bin/astro.mjs');
  const { stdout } = await run(process.execPath, [astro, 'build'], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  // Terminal colour codes start with the escape character.
  // eslint-disable-next-line no-control-regex
  return stdout.replace(/\x1b\[[0-9;]*m/g, '');
}

const page = (address: string) => readFileSync(path.join(project, 'dist', address, 'index.html'), 'utf8');
const text = (address: string) =>
  page(address)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
/** Replaces `from` (which must be there) with `to` in a file of the copy. */
function edit(file: string, from: string | RegExp, to: string): void {
  const full = path.join(project, file);
  const before = readFileSync(full, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${file}: "${String(from)}" not found`);
  writeFileSync(full, after);
}

const advice = 'guidance/national-standards/02-advice-to-court';
const chaplaincy = 'guidance/faith-and-probation/chaplaincy-in-prison';
const jip = 'guidance/waspi-jip/refer-and-request-data';
const release = 'guidance/release-information/share-release-information-locally';
const amendment = 'guidance/release-information/the-2011-amendment';
const agreement = 'guidance/information-sharing/choose-an-agreement-type';
const annexB = 'guidance/national-standards/annex-b-omic-pom-responsible-cases';

beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), 'incremental-build-'));
  for (const entry of projectEntries) cpSync(path.join(root, entry), path.join(project, entry), { recursive: true });
  cpSync(path.join(root, 'package-lock.json'), path.join(project, 'package-lock.json'));
  linkPackages(root, project);
  await build();
}, 600_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a guidance page after an incremental build', { timeout: 600_000 }, () => {
  it('shows its own edited text; every other page, and every page of a map, is copied from the last build', async () => {
    const untouched = page('guidance/national-standards/03-allocation-and-initial-contact');
    const map = page('process-maps/enforcement');
    edit(`src/content/${advice}.mdx`, /\n## /, '\nEdited sentence for the incremental build test.\n\n## ');
    const log = await build();
    expect(text(advice)).toContain('Edited sentence for the incremental build test.');
    expect(log).toMatch(/02-advice-to-court\/index\.html \(\+\d/);
    // Pages the change does not touch were copied from the last build, not rendered again: the cache is in use. No
    // guidance page's text is on a map's pages, so they are copied too (the slowest pages to render).
    // Left where the last build wrote it in dist/, not copied back (src/integrations/page-cache.ts).
    expect(log).toMatch(/03-allocation-and-initial-contact\/index\.html \(cached\)/);
    expect(page('guidance/national-standards/03-allocation-and-initial-contact')).toBe(untouched);
    for (const file of ['index.html', 'quiz/index.html', 'present/index.html', 'map.svg', 'map.bpmn'])
      expect(log).toMatch(new RegExp(`process-maps/enforcement/${escapeRegExp(file)} \\((?:cached|restored)\\)`));
    expect(page('process-maps/enforcement')).toBe(map);
  });

  it('shows its new change note, and a new page in its framework’s side navigation', async () => {
    edit(
      `src/content/${chaplaincy}.mdx`,
      'history:\n',
      'history:\n  - date: "2026-12-04"\n    note: "A change note added by the incremental build test."\n',
    );
    writeFileSync(
      path.join(project, 'src/content/guidance/waspi-jip/added-by-the-test.mdx'),
      readFileSync(path.join(project, `src/content/${jip}.mdx`), 'utf8')
        .replace(/^title: .*$/m, 'title: A page added by the incremental build test')
        .replace(/^order: .*$/m, 'order: 999'),
    );
    await build();
    expect(text(chaplaincy)).toContain('A change note added by the incremental build test.');
    expect(text(jip)).toContain('A page added by the incremental build test');
  });

  it('shows a new title of a map it embeds', async () => {
    edit(
      'src/machines/release-information-sharing.ts',
      "title: 'Share prisoner release information with local authorities',",
      "title: 'Share prisoner release information with councils',",
    );
    await build();
    expect(text(release)).toContain('Share prisoner release information with councils');
    expect(text('process-maps/release-information-sharing')).toContain(
      'Share prisoner release information with councils',
    );
  });

  it('shows a timescale as the registry now words it', async () => {
    edit(
      'src/lib/timescales/registry.ts',
      "from: 'the date of collection',",
      "from: 'the day the data was collected',",
    );
    await build();
    expect(text(jip)).toContain('the day the data was collected');
  });

  it('shows a glossary term’s new expansion', async () => {
    const before = text(amendment);
    edit(
      'src/content/glossary.yaml',
      /(- id: MAPPA\n(?:.*\n)*?\s+expansion: )(.*)/,
      '$1Edited Multi-Agency Public Protection Arrangements',
    );
    await build();
    expect(before).not.toContain('Edited Multi-Agency Public Protection Arrangements');
    expect(text(amendment)).toContain('Edited Multi-Agency Public Protection Arrangements');
  });

  it('is checked again against names.yaml: a bare name taken off the list fails the build', async () => {
    edit('src/content/names.yaml', ' VISOR,', '');
    await expect(build()).rejects.toThrow(/VISOR/);
    edit('src/content/names.yaml', ' PINS,', ' PINS, VISOR,');
  });

  it('shows an edited component', async () => {
    edit('src/components/guidance/ReviewDetails.astro', '<dt>Owner</dt>', '<dt>Page owner</dt>');
    await build();
    expect(text(agreement)).toContain('Page owner');
  });

  it('links the site’s stylesheet as it is now, after a style change', async () => {
    const linked = () => [...page(agreement).matchAll(/href="\/(_astro\/[^"]+\.css)"/g)].map((match) => match[1]!);
    const before = linked();
    writeFileSync(
      path.join(project, 'src/components/home/_home.scss'),
      `${readFileSync(path.join(project, 'src/components/home/_home.scss'), 'utf8')}\n.app-incremental-test {\n  color: #0b0c0c;\n}\n`,
    );
    await build();
    expect(linked()).not.toEqual(before);
    for (const file of linked()) expect(existsSync(path.join(project, 'dist', file))).toBe(true);
    // The stylesheet it replaced is not left in dist/ beside it.
    for (const file of before.filter((name) => !linked().includes(name)))
      expect(existsSync(path.join(project, 'dist', file))).toBe(false);
  });

  it('warns that its framework’s document is dated once the framework says so', async () => {
    expect(page(agreement)).not.toContain('data-source-status=');
    edit(
      'src/content/frameworks/information-sharing.mdx',
      'status: current',
      'status: dated\nstatusNote: A note added by the incremental build test, saying the document is dated.',
    );
    await build();
    expect(page(agreement)).toContain('data-source-status="dated"');
    expect(page('process-maps/information-sharing-agreement')).toContain('data-source-status="dated"');
  });

  it('counts the learning path’s steps as the path now has them', async () => {
    const total = (address: string) => Number(/Step \d+ of (\d+) on your/.exec(text(address))?.[1]);
    const before = total(annexB);
    edit('src/content/learning-path.yaml', /- id: omic-handover-quiz\n(?: {2}.*\n)+/, '');
    await build();
    expect(total(annexB)).toBe(before - 1);
    expect(total('process-maps/enforcement')).toBe(before - 1);
  });

  it('is gone from the built site when its page is taken away', async () => {
    const added = 'guidance/waspi-jip/added-by-the-test';
    expect(existsSync(path.join(project, 'dist', added, 'index.html'))).toBe(true);
    rmSync(path.join(project, 'src/content', `${added}.mdx`));
    await build();
    expect(existsSync(path.join(project, 'dist', added, 'index.html'))).toBe(false);
    expect(text(jip)).not.toContain('A page added by the incremental build test');
  });

  it('keeps no page from a build that stopped before it finished', async () => {
    // A build lists its pages' files once they are all written; a build that stopped half way leaves no list, and
    // the next one keeps nothing it finds in dist/.
    const allocation = 'guidance/national-standards/03-allocation-and-initial-contact';
    const written = page(allocation);
    writeFileSync(path.join(project, 'dist', allocation, 'index.html'), '<p>Half written</p>');
    writeFileSync(path.join(project, 'dist', 'left-by-a-stopped-build.html'), '<p>Stale</p>');
    rmSync(path.join(project, 'node_modules/.astro/hmpps-built-pages.json'));
    const log = await build();
    expect(log).toMatch(/03-allocation-and-initial-contact\/index\.html \(restored\)/);
    expect(page(allocation)).toBe(written);
    expect(existsSync(path.join(project, 'dist', 'left-by-a-stopped-build.html'))).toBe(false);
  });

  it('names a journey by its new title', async () => {
    edit(
      'src/content/journeys.yaml',
      'title: Supervise a community order from sentence to closure',
      'title: Supervise a community order from sentence to the end',
    );
    await build();
    expect(text(advice)).toContain('Supervise a community order from sentence to the end');
  });
});
