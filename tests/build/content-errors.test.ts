// Builds of the site with other content or settings, one after another (two astro builds at once share Astro's
// caches): bad content must fail the build with a message that names the file and the field, so an author can fix
// it, and a mailbox set at build time must reach every page's "Report a problem".
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportLink } from '../support/report-problem';

const astro = path.resolve('node_modules/.bin/astro');
/** `npm run build`: Astro's build, then the steps that read the built site (the link check among them). */
const buildScript = path.resolve('scripts/build.mjs');

function run(
  command: string,
  args: string[],
  contentRoot: string,
  settings: Record<string, string> = {},
  timeout = 180_000,
) {
  const result = spawnSync(command, args, {
    env: {
      ...process.env,
      CONTENT_ROOT: contentRoot,
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...settings,
    },
    encoding: 'utf8',
    timeout,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The whole build, as `npm run build` runs it, with `args` for `astro build`. */
const runBuild = (args: string[], contentRoot: string, settings?: Record<string, string>, timeout?: number) =>
  run(process.execPath, [buildScript, ...args], contentRoot, settings, timeout);

describe('content that breaks the rules', () => {
  it('fails on invalid front matter, naming the file and each bad field', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'broken-frontmatter-'));
    try {
      const { status, output } = runBuild(['--outDir', outDir], './tests/fixtures/broken-frontmatter');
      expect(status).not.toBe(0);
      expect(output).toContain('tests/fixtures/broken-frontmatter/guidance/national-standards/bad-page.mdx');
      expect(output).toMatch(/roles\.0: must be one of the roles/);
      expect(output).toMatch(/sources: must cite at least one section/);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('fails on an acronym that is not in the glossary, naming the file and line', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'unknown-abbr-'));
    try {
      const { status, output } = runBuild(['--outDir', outDir], './tests/fixtures/unknown-abbr');
      expect(status).not.toBe(0);
      expect(output).toMatch(
        /tests\/fixtures\/unknown-abbr\/guidance\/national-standards\/unknown-term\.mdx:14: <Abbr term="XYZ">/,
      );
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('fails on a time amount written in prose, naming the file, line, words and the registry', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'prose-timescale-'));
    try {
      const { status, output } = runBuild(['--outDir', outDir], './tests/fixtures/prose-timescale');
      expect(status).not.toBe(0);
      expect(output).toMatch(
        /tests\/fixtures\/prose-timescale\/guidance\/national-standards\/prose-timescale\.mdx:18: "by day 6" is a time amount written in prose: write it as <Timescale id="\.\.\."> naming an entry in src\/lib\/timescales\/registry\.ts/,
      );
      // The <Timescale>, the <Amount>, the code and the citation on the lines above pass.
      expect(output).not.toMatch(/prose-timescale\.mdx:(14|16):/);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('stops on a glossary and a journeys file that do not parse, naming both files and lines in one message', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'broken-yaml-'));
    try {
      const content = path.join(folder, 'content');
      cpSync('tests/fixtures/valid-content', content, { recursive: true });
      const glossary = path.join(content, 'glossary.yaml');
      writeFileSync(glossary, `${readFileSync(glossary, 'utf8')}- id: ZZQ\n  kind: acronym\n  expansion: [broken\n`);
      writeFileSync(path.join(content, 'journeys.yaml'), '- id: "unclosed\n');
      const glossaryEnd = readFileSync(glossary, 'utf8').split('\n').length;
      const { status, output } = runBuild(['--force', '--outDir', path.join(folder, 'out')], content);
      expect(status).not.toBe(0);
      expect(output).toMatch(
        new RegExp(
          `2 problems in content files: they cannot be read as written:\\n\\S*content/glossary\\.yaml:${glossaryEnd}:1: Flow sequence[^\\n]+\\n\\S*content/journeys\\.yaml:2:1: Missing closing "quote`,
        ),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  // The fixtures below are copies in temporary folders, removed afterwards: --force keeps Astro's content cache from
  // pointing the next build at a removed copy.

  /**
   * Builds a copy of the valid fixture with `prose` added at the end of one guidance page; returns the build's
   * exit status and output, and the line the prose is on.
   */
  function buildWithAddedProse(prose: string) {
    const folder = mkdtempSync(path.join(tmpdir(), 'added-prose-'));
    try {
      const content = path.join(folder, 'content');
      cpSync('tests/fixtures/valid-content', content, { recursive: true });
      const file = path.join(content, 'guidance/national-standards/09-enforcing-the-sentence.mdx');
      const text = readFileSync(file, 'utf8').replace(/\n*$/, '\n\n');
      writeFileSync(file, `${text}${prose}\n`);
      return {
        ...runBuild(['--force', '--outDir', path.join(folder, 'out')], content),
        line: text.split('\n').length,
      };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  const page = 'content/guidance/national-standards/09-enforcing-the-sentence\\.mdx';

  it('fails on a bare acronym the glossary does not have, naming the MDX file and line', () => {
    const { status, output, line } = buildWithAddedProse('Tell the ZZQ team and the COM.');
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`${page}:${line}: "ZZQ" is not in src/content/glossary\\.yaml`));
    expect(output).not.toMatch(/"COM" is not in/);
  });

  it('reports a broken internal link against the MDX file and line it is written on', () => {
    const { status, output, line } = buildWithAddedProse(
      'See [the missing page](/guidance/national-standards/no-such-page/).',
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      new RegExp(
        `${page}:${line} \\(/guidance/national-standards/09-enforcing-the-sentence/\\): links to a page that does not exist: /guidance/national-standards/no-such-page/`,
      ),
    );
  });

  it('fails on a Mermaid diagram it cannot draw or that has no title, naming the file, line and Mermaid’s message', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'broken-mermaid-'));
    try {
      // This build starts Chromium and Mermaid to draw the diagrams: on a loaded machine it takes minutes.
      const { status, output } = runBuild(
        ['--force', '--outDir', outDir],
        './tests/fixtures/broken-mermaid',
        {},
        420_000,
      );
      expect(status).not.toBe(0);
      const page = 'tests/fixtures/broken-mermaid/guidance/national-standards/broken-mermaid.mdx';
      // The decision's brace is never closed: Mermaid stops at the next line, line 5 of the diagram.
      expect(output).toContain(`${page}:21: Mermaid cannot draw this diagram: Parse error on line 5:`);
      expect(output).toContain(`${page}:26: every diagram needs a title and a description`);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 480_000);
});

describe('report a problem with the mailbox set at build time', () => {
  // The site built again with a mailbox for the site and one for National Standards: every page's link is an email,
  // National Standards' pages and maps to their own mailbox, the others (Information Sharing, whose source gives an
  // address, included) to the site's.
  let outDir: string;
  beforeAll(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'report-mailbox-'));
    // --force: the fixture builds above leave Astro's content cache holding their content. The pages are all this
    // test reads, so Astro's build alone makes them.
    const result = run(astro, ['build', '--force', '--outDir', outDir], './src/content', {
      REPORT_PROBLEM_EMAIL: 'guidance-team@example.test',
      REPORT_PROBLEM_EMAIL_NATIONAL_STANDARDS: 'ns-guidance@example.test',
    });
    if (result.status !== 0) throw new Error(`The build with the mailbox set failed:\n${result.output}`);
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  const read = (page: string) => readFileSync(path.join(outDir, page), 'utf8');

  it.each([
    ['index.html', '/', 'guidance-team@example.test'],
    ['about/index.html', '/about/', 'guidance-team@example.test'],
    ['glossary/index.html', '/glossary/', 'guidance-team@example.test'],
    [
      'guidance/information-sharing/choose-an-agreement-type/index.html',
      '/guidance/information-sharing/choose-an-agreement-type/',
      'guidance-team@example.test',
    ],
    ['process-maps/enforcement/index.html', '/process-maps/enforcement/', 'ns-guidance@example.test'],
    [
      'guidance/national-standards/09-enforcing-the-sentence/index.html',
      '/guidance/national-standards/09-enforcing-the-sentence/',
      'ns-guidance@example.test',
    ],
  ])('%s reports by email, with its title and address filled in', (page, address, mailbox) => {
    const html = read(page);
    const link = reportLink(html);
    expect(link?.protocol, page).toBe('mailto:');
    expect(decodeURIComponent(link!.pathname)).toBe(mailbox);
    const title = /<title>([^<–]+?)(?: – [^<]+)?<\/title>/.exec(html)![1]!.trim().replace(/&amp;/g, '&');
    expect(link!.searchParams.get('subject')).toBe(`Problem with a page: ${title}`);
    expect(link!.searchParams.get('body')).toContain(`Page: ${title}`);
    expect(link!.searchParams.get('body')).toContain(`Address: ${address}`);
    expect(html).not.toContain('to your line manager or policy team');
  });
});
