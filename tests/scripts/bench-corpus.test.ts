// The scale bench's generated pages (scripts/bench-corpus.mjs) stay pages the build accepts: valid front matter,
// glossary terms, timescale ids and cited sections that exist, no time amount typed in the prose, titled diagrams.
// A few dozen pages are generated here, in a temporary folder; the big runs are `npm run bench -- --scale`.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateScaleCorpus, realVocabulary } from '../../scripts/bench-corpus.mjs';
import { readGlossaryTerms } from '../../src/lib/content/content-files';
import { diagramTextProblems } from '../../src/lib/content/mermaid-blocks';
import { findTimeAmounts } from '../../src/lib/content/time-amounts';
import { guidanceSchema } from '../../src/lib/schemas';
import { timescaleIds } from '../../src/lib/timescales/registry';

const root = path.resolve(import.meta.dirname, '../..');
let folder: string;
let files: string[];

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'scale-corpus-'));
  mkdirSync(path.join(folder, 'src/machines'), { recursive: true });
  ({ files } = generateScaleCorpus(folder, { pages: 40, machines: 2, steps: 12, sourceRoot: root }));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const frontMatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---/, '');

describe('the scale corpus', () => {
  it('writes the pages asked for, spread over the real frameworks, and the maps', () => {
    expect(files).toHaveLength(40);
    expect(new Set(files.map((file) => path.basename(path.dirname(file)))).size).toBe(5);
    // Each map is one file exporting its definition, which the registry's import.meta.glob collects.
    const machineDir = path.join(folder, 'src/machines');
    expect(readdirSync(machineDir).sort()).toEqual(['benchmark-map-1.ts', 'benchmark-map-2.ts']);
    const map = readFileSync(path.join(machineDir, 'benchmark-map-2.ts'), 'utf8');
    expect(map).toMatch(/^import \{ defineProcess \} from '\.\/authoring';$/m);
    expect(map).toMatch(/^export default defineProcess\(\{\n {2}title: 'Map benchmark-map-2',$/m);
  });

  it('gives every page front matter the guidance schema accepts', () => {
    const problems = files.flatMap((file) => {
      const result = guidanceSchema.safeParse(frontMatter(readFileSync(file, 'utf8')));
      return result.success ? [] : [`${file}: ${result.error.message}`];
    });
    expect(problems).toEqual([]);
  });

  it('uses only glossary terms, timescales and sections that exist, each page citing what its front matter lists', () => {
    const glossary = readGlossaryTerms(path.join(root, 'src/content/glossary.yaml'));
    const timescales = new Set<string>(timescaleIds);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const cited = (frontMatter(text).sources as { section: string }[]).map((source) => source.section);
      for (const [, term] of body(text).matchAll(/<Abbr term="([^"]+)"/g)) expect(glossary.has(term!)).toBe(true);
      for (const [, id] of body(text).matchAll(/<Timescale id="([^"]+)"/g)) expect(timescales.has(id!)).toBe(true);
      for (const [, id] of body(text).matchAll(/\{\{([^}|]+)/g)) expect(timescales.has(id!)).toBe(true);
      const sections = [...body(text).matchAll(/<Source section="([^"]+)"/g)].map((match) => match[1]);
      expect(sections.length).toBeGreaterThan(0);
      for (const section of sections) expect(cited).toContain(section);
    }
  });

  it('never types a time amount in the prose, which the build would refuse', () => {
    const amounts = files.flatMap((file) =>
      findTimeAmounts(body(readFileSync(file, 'utf8')).replace(/<[^>]*>/g, ' ')).map(
        (amount) => `${file}: ${amount.text}`,
      ),
    );
    expect(amounts).toEqual([]);
  });

  it('has a titled and described flowchart on some pages, a process map card on others', () => {
    const texts = files.map((file) => readFileSync(file, 'utf8'));
    const diagrams = texts.flatMap((text) =>
      [...text.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((match) => match[1]!),
    );
    expect(diagrams.length).toBeGreaterThan(0);
    for (const diagram of diagrams) {
      expect(diagram).toMatch(/^flowchart TD\n\s+accTitle: .+\n\s+accDescr: .+/);
      expect(diagramTextProblems(diagram)).toEqual([]);
    }
    expect(texts.filter((text) => text.includes('<ProcessMapCard id="benchmark-map-')).length).toBeGreaterThan(0);
  });

  it('is the same corpus every time, so runs of the bench compare', () => {
    const first = readFileSync(files[7]!, 'utf8');
    const again = mkdtempSync(path.join(tmpdir(), 'scale-corpus-again-'));
    try {
      mkdirSync(path.join(again, 'src/machines'), { recursive: true });
      const { files: second } = generateScaleCorpus(again, { pages: 8, machines: 2, steps: 12, sourceRoot: root });
      expect(readFileSync(second[7]!, 'utf8')).toBe(first);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it('draws its words from the real guidance, leaving out anything that could read as a time amount', () => {
    const words = realVocabulary(root);
    expect(words.length).toBeGreaterThan(5000);
    expect(words).toContain('offender');
    expect(words.filter((word) => /^(?:days?|weeks?|months?|two|\d+)$/.test(word))).toEqual([]);
  });
});
