// Each job is written in one module and every caller uses it: a second copy anywhere in src/, tests/ or scripts/
// fails here, naming the file and line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const thisFile = path.relative(root, import.meta.filename);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(relative);
    return /\.(ts|mjs|astro)$/.test(entry.name) ? [relative] : [];
  });
}

const files = ['src', 'tests', 'scripts'].flatMap(sourceFiles).filter((file) => file !== thisFile);
const texts = new Map(files.map((file) => [file, readFileSync(path.join(root, file), 'utf8')]));

/** "file:line: text" for every line outside `home` that matches. */
function placesOutside(home: string, pattern: RegExp, under = ['src/', 'tests/', 'scripts/']): string[] {
  return [...texts].flatMap(([file, text]) =>
    file === home || !under.some((folder) => file.startsWith(folder))
      ? []
      : text.split('\n').flatMap((line, index) => (pattern.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
  );
}

// Each pattern is the mark of the job done by hand; the home module is the one place it may stand.
const jobs: { job: string; home: string; pattern: RegExp; under?: string[] }[] = [
  {
    job: 'a timescale put into words (an amount before a unit, "within ${…}", the default qualifier)',
    home: 'src/lib/timescales/phrase.ts',
    pattern:
      /\$\{[^}]*\}\s+(?:working |calendar )?(?:days?|hours?|weeks?|months?|years?)\b|\b(?:within|every|up to) \$\{|qualifier \?\? '|'working days?'/,
    // Tests may write the words they expect.
    under: ['src/', 'scripts/'],
  },
  {
    job: 'a `{{id}}` timescale token read or expanded',
    home: 'src/lib/timescales/phrase.ts',
    pattern: /\/\\\{\\\{/,
    under: ['src/', 'scripts/'],
  },
  {
    job: 'a regular-expression escape',
    home: 'src/lib/escape.ts',
    pattern: /\.\*\+\?\^\$\{\}\(\)\|/,
  },
  {
    job: 'an HTML escape or entity decoding',
    home: 'src/lib/escape.ts',
    pattern: /replace\(\/&\/g, '&amp;'\)|replace\(\/&lt;\/g, '<'\)|replace\(\/&quot;\/g, '"'\)/,
  },
  {
    job: 'an address decoded, parsed against a stand-in origin, or a search address built',
    home: 'src/lib/url.ts',
    pattern: /decodeURIComponent\(|new URL\([^)]*'http:\/\/site|\/search\/\?q=\$\{/,
    // The site's scripts/ are plain Node and tests may read addresses their own way.
    under: ['src/'],
  },
  {
    job: 'words made into an id or address fragment by hand',
    home: 'src/lib/url.ts',
    pattern: /\.replace\(\/\[\^a-z0-9\]\+\/g, '-'\)/,
    under: ['src/'],
  },
  {
    job: 'a guidance address built',
    home: 'src/lib/content/guidance.ts',
    pattern: /`\/guidance\/\$\{/,
    under: ['src/'],
  },
  {
    job: 'a process map’s address or step anchor built',
    home: 'src/lib/process-map/href.ts',
    pattern: /`\/process-maps\/\$\{|'step-'/,
    under: ['src/'],
  },
  {
    job: 'a heading anchor made from its text (Astro and the site use github-slugger)',
    home: 'node_modules/github-slugger',
    pattern: /function headingAnchor|\.replace\(\/\[\^a-z0-9\\s-\]\/g/,
  },
];

describe('each job has one module', () => {
  it.each(jobs)('$job: only in $home', ({ home, pattern, under }) => {
    expect(placesOutside(home, pattern, under)).toEqual([]);
  });

  it('finds a copy written elsewhere (the check itself can fail)', () => {
    texts.set(
      'src/lib/example-copy.ts',
      "const escape = (text: string) => text.replace(/[.*+?^${}()|[\\]\\\\]/g, '');",
    );
    try {
      expect(placesOutside('src/lib/escape.ts', jobs[2]!.pattern)).toEqual([
        "src/lib/example-copy.ts:1: const escape = (text: string) => text.replace(/[.*+?^${}()|[\\]\\\\]/g, '');",
      ]);
    } finally {
      texts.delete('src/lib/example-copy.ts');
    }
  });
});
