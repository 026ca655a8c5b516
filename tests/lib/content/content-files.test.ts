// A content file that does not parse or fit its schema is reported with its file, line and what is wrong, every
// kind of content file alike, all in one message.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertContentFiles, checkContentFiles, checkedFiles } from '../../../src/lib/content/content-files';

let root: string;
let content: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'content-files-'));
  content = path.join(root, 'content');
  cpSync('tests/fixtures/valid-content', content, { recursive: true });
  cpSync('src/content/scenarios', path.join(content, 'scenarios'), { recursive: true });
  cpSync('src/content/staff-vocabulary.yaml', path.join(content, 'staff-vocabulary.yaml'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Replaces the text of line `line` (1-based) of a content file. */
function breakLine(file: string, line: number, text: string): void {
  const lines = readFileSync(path.join(content, file), 'utf8').split('\n');
  lines[line - 1] = text;
  writeFileSync(path.join(content, file), lines.join('\n'));
}

const problems = () => checkContentFiles(content, root);

describe('content files that cannot be read', () => {
  it('passes the valid fixture and every real content file', () => {
    expect(problems()).toEqual([]);
    expect(checkContentFiles('src/content')).toEqual([]);
  });

  // A syntax error is reported where the parser finds it: for an unclosed bracket or quote, where the file ends.
  it('names the glossary, the line and the syntax error', () => {
    writeFileSync(
      path.join(content, 'glossary.yaml'),
      `${readFileSync(path.join(content, 'glossary.yaml'), 'utf8')}- id: ZZQ\n  kind: acronym\n  expansion: [broken\n`,
    );
    const lines = readFileSync(path.join(content, 'glossary.yaml'), 'utf8').split('\n').length;
    expect(problems()).toEqual([
      expect.stringMatching(
        new RegExp(`^content/glossary\\.yaml:${lines}:1: Flow sequence .+ must .+ end with a \\]$`),
      ),
    ]);
  });

  it('names journeys.yaml and the line of an unclosed quote', () => {
    breakLine('journeys.yaml', 2, '- id: "unclosed');
    expect(problems()).toEqual(['content/journeys.yaml:3:1: Missing closing "quote']);
  });

  it('names the entry, field and line of a YAML entry that does not fit its schema', () => {
    writeFileSync(
      path.join(content, 'glossary.yaml'),
      `${readFileSync(path.join(content, 'glossary.yaml'), 'utf8')}- id: ZZQ\n  kind: initialism\n  expansion: Zed\n  definition: A thing.\n`,
    );
    const lines = readFileSync(path.join(content, 'glossary.yaml'), 'utf8').split('\n').length;
    expect(problems()).toEqual([
      expect.stringMatching(new RegExp(`^content/glossary\\.yaml:${lines - 3}:9: "ZZQ": kind: .+`)),
    ]);
  });

  it('names a learning path entry with no id', () => {
    writeFileSync(path.join(content, 'learning-path.yaml'), '- order: 1\n  kind: guidance\n');
    expect(problems()).toEqual(['content/learning-path.yaml:1:3: entry 1 needs an id']);
  });

  it('names the line of broken MDX front matter, counting the opening ---', () => {
    breakLine('guidance/national-standards/09-enforcing-the-sentence.mdx', 3, 'description: [unclosed');
    expect(problems()).toEqual([
      expect.stringMatching(
        /^content\/guidance\/national-standards\/09-enforcing-the-sentence\.mdx:4:1: Flow sequence/,
      ),
    ]);
  });

  it('names the field and line of MDX front matter that does not fit the schema', () => {
    const file = 'guidance/national-standards/09-enforcing-the-sentence.mdx';
    const lines = readFileSync(path.join(content, file), 'utf8').split('\n');
    const frameworkLine = lines.findIndex((line) => line.startsWith('framework:')) + 1;
    breakLine(file, frameworkLine, 'framework: no-such-framework');
    expect(problems()).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/guidance/national-standards/09-enforcing-the-sentence\\.mdx:${frameworkLine}:12: framework: must be one of`,
        ),
      ),
    ]);
  });

  it('names a framework overview whose front matter is missing', () => {
    writeFileSync(path.join(content, 'frameworks', 'national-standards.mdx'), 'No front matter here.\n');
    expect(problems()).toEqual([
      'content/frameworks/national-standards.mdx:1:1: the file must start with front matter between two "---" lines',
    ]);
  });

  it('names a scenario file, the scenario and the field', () => {
    const file = path.join(content, 'scenarios', 'enforcement.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^(\s+)answer: .*$/m, '$1answer: 42'));
    const line =
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((text) => /^\s+answer: 42$/.test(text)) + 1;
    expect(problems()).toEqual([
      expect.stringMatching(new RegExp(`^content/scenarios/enforcement\\.yaml:${line}:\\d+: scenarios\\.0\\.answer: `)),
    ]);
  });

  it('names a staff vocabulary file that does not parse', () => {
    writeFileSync(path.join(content, 'staff-vocabulary.yaml'), 'pages:\n  - [unclosed\n');
    expect(problems()).toEqual([expect.stringMatching(/^content\/staff-vocabulary\.yaml:\d+:\d+: /)]);
  });

  it('stops with one message listing the problems of every file', () => {
    breakLine('journeys.yaml', 2, '- id: "unclosed');
    writeFileSync(path.join(content, 'learning-path.yaml'), '- order: 1\n');
    expect(() => assertContentFiles(content, root)).toThrow(
      /^2 problems in content files: they cannot be read as written:\ncontent\/journeys\.yaml:3:1: .+\ncontent\/learning-path\.yaml:1:3: entry 1 needs an id$/,
    );
  });
});

describe('content files checked in the last build', () => {
  const enforcing = 'guidance/national-standards/09-enforcing-the-sentence.mdx';

  it('are not parsed again when their text and the rules are unchanged; an edited file is', () => {
    const first = checkedFiles('rules-1');
    expect(checkContentFiles(content, root, first)).toEqual([]);
    expect(first.counts.unchanged).toBe(0);
    const total = first.counts.checked;

    const second = checkedFiles('rules-1', first.passing);
    breakLine(enforcing, 3, 'description: An edited description.');
    expect(checkContentFiles(content, root, second)).toEqual([]);
    expect(second.counts).toEqual({ checked: 1, unchanged: total - 1 });

    // New rules (the schemas' code or the packages) check every file again.
    const third = checkedFiles('rules-2', second.passing);
    checkContentFiles(content, root, third);
    expect(third.counts).toEqual({ checked: total, unchanged: 0 });
  });

  it('never count a file with a problem as passed: its problem is reported on every build', () => {
    breakLine(enforcing, 3, 'description: [unclosed');
    let passed: Set<string> = new Set();
    for (let build = 0; build < 2; build += 1) {
      const checked = checkedFiles('rules-1', passed);
      expect(checkContentFiles(content, root, checked)).toEqual([
        expect.stringMatching(/09-enforcing-the-sentence\.mdx:4:1: Flow sequence/),
      ]);
      passed = checked.passing;
    }
  });
});
