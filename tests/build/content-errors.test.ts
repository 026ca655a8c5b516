// Bad content must fail the build with a message that names the file and the field, so an author can fix it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const astro = path.resolve('node_modules/.bin/astro');

function runAstro(args: string[], contentRoot: string, timeout = 180_000) {
  const result = spawnSync(astro, args, {
    env: { ...process.env, CONTENT_ROOT: contentRoot, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('content that breaks the rules', () => {
  it('fails on invalid front matter, naming the file and each bad field', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'broken-frontmatter-'));
    try {
      const { status, output } = runAstro(['build', '--outDir', outDir], './tests/fixtures/broken-frontmatter');
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
      const { status, output } = runAstro(['build', '--outDir', outDir], './tests/fixtures/unknown-abbr');
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
      const { status, output } = runAstro(['build', '--outDir', outDir], './tests/fixtures/prose-timescale');
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

  it('fails on a Mermaid diagram it cannot draw or that has no title, naming the file, line and Mermaid’s message', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'broken-mermaid-'));
    try {
      // This build starts Chromium and Mermaid to draw the diagrams: on a loaded machine it takes minutes.
      const { status, output } = runAstro(['build', '--outDir', outDir], './tests/fixtures/broken-mermaid', 420_000);
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
