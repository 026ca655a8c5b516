// Reads every content file before the build and reports each one that does not parse or does not fit its schema as
// "file:line:column: what is wrong", all in one message: Astro's loaders only log a broken YAML file and build on
// without it, and a glossary that does not parse stopped the config with an error naming neither file nor line.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { journeySchema } from '../journeys';
import { frameworkSchema, glossarySchema, guidanceSchema } from '../schemas';
import { learningItemSchema } from '../training/learning-path';
import { scenarioFileSchema } from '../training/quiz';

type Schema = z.ZodType;

/** A file as a message names it: relative to the project, or in full when it is outside (a test's fixture copy). */
export function shownPath(file: string, root: string): string {
  const relative = path.relative(root, file);
  return relative && !relative.startsWith('..') ? relative : file;
}

/** src/content/names.yaml: capitalised words that are not abbreviations to explain, or not explained yet. */
const namesSchema = z.object({
  names: z.array(z.string().regex(/^[A-Z][A-Z&]*[A-Z]$/, 'must be a word in capitals')).default([]),
  unexplained: z.array(z.string().regex(/^[A-Z][A-Z&]*[A-Z]$/, 'must be a word in capitals')).default([]),
});

/** What each content file holds: a list of entries with ids (Astro's file() loader), one object, or MDX front matter. */
interface ContentKind {
  /** Files under the content root, by a folder and an extension, or one file name. */
  files: { folder: string; extension: string; recursive?: boolean } | { file: string };
  shape: 'entries' | 'object' | 'frontmatter' | 'any';
  schema?: Schema;
}

export const contentKinds: ContentKind[] = [
  { files: { folder: 'frameworks', extension: '.mdx' }, shape: 'frontmatter', schema: frameworkSchema },
  { files: { folder: 'guidance', extension: '.mdx', recursive: true }, shape: 'frontmatter', schema: guidanceSchema },
  { files: { file: 'glossary.yaml' }, shape: 'entries', schema: glossarySchema },
  { files: { file: 'journeys.yaml' }, shape: 'entries', schema: journeySchema },
  { files: { file: 'learning-path.yaml' }, shape: 'entries', schema: learningItemSchema },
  { files: { folder: 'scenarios', extension: '.yaml' }, shape: 'object', schema: scenarioFileSchema },
  // Read by the search index, with checks of its own there; here only whether it parses.
  { files: { file: 'staff-vocabulary.yaml' }, shape: 'any' },
  { files: { file: 'names.yaml' }, shape: 'object', schema: namesSchema },
];

function filesOf(contentRoot: string, kind: ContentKind): string[] {
  if ('file' in kind.files) {
    const file = path.join(contentRoot, kind.files.file);
    return existsSync(file) ? [file] : [];
  }
  const folder = path.join(contentRoot, kind.files.folder);
  if (!existsSync(folder)) return [];
  const { extension, recursive = false } = kind.files;
  return readdirSync(folder, { recursive, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => path.join(folder, name));
}

/** The YAML text of a file: an MDX file's front matter, with the number of lines before it. */
function yamlOf(text: string, shape: ContentKind['shape']): { yaml: string; lineOffset: number } | undefined {
  if (shape !== 'frontmatter') return { yaml: text, lineOffset: 0 };
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  return match ? { yaml: match[1]!, lineOffset: 1 } : undefined;
}

/** The closest node to a path in the document that exists: a missing field is reported where its entry is. */
function positionOf(document: Document, pathParts: readonly PropertyKey[]): number | undefined {
  for (let length = pathParts.length; length >= 0; length -= 1) {
    const node = document.getIn(pathParts.slice(0, length) as unknown[], true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return undefined;
}

const fieldName = (pathParts: readonly PropertyKey[]) => pathParts.map(String).join('.');

/** Every problem in one file, as "file:line:column: what is wrong". */
export function checkContentFile(
  file: string,
  kind: ContentKind,
  root = process.cwd(),
  text = readFileSync(file, 'utf8'),
): string[] {
  const where = shownPath(file, root);
  const source = yamlOf(text, kind.shape);
  if (!source) return [`${where}:1:1: the file must start with front matter between two "---" lines`];
  const lineCounter = new LineCounter();
  const document = parseDocument(source.yaml, { lineCounter, prettyErrors: false });
  const at = (offset: number | undefined) => {
    const { line, col } = offset === undefined ? { line: 1, col: 1 } : lineCounter.linePos(offset);
    return `${where}:${line + source.lineOffset}:${col}`;
  };
  // One syntax error hides what follows it: the first is the one to fix.
  const [syntaxError] = document.errors;
  if (syntaxError)
    return [
      `${at(syntaxError.pos[0])}: ${syntaxError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
    ];
  if (!kind.schema) return [];
  const data: unknown = document.toJS();
  const problems: string[] = [];
  const check = (value: unknown, prefix: PropertyKey[], label: string) => {
    const result = kind.schema!.safeParse(value);
    if (result.success) return;
    for (const issue of result.error.issues) {
      const pathParts = [...prefix, ...issue.path];
      const field = fieldName(issue.path);
      problems.push(`${at(positionOf(document, pathParts))}: ${label}${field ? `${field}: ` : ''}${issue.message}`);
    }
  };
  if (kind.shape === 'entries') {
    if (!Array.isArray(data)) return [`${at(0)}: must be a list of entries, each starting "- id: ..."`];
    data.forEach((entry: unknown, index) => {
      const id = (entry as { id?: unknown } | null)?.id;
      if (typeof id !== 'string' || !id) {
        problems.push(`${at(positionOf(document, [index]))}: entry ${index + 1} needs an id`);
        return;
      }
      const { id: _id, ...fields } = entry as Record<string, unknown>;
      check(fields, [index], `"${id}": `);
    });
  } else {
    check(data ?? {}, [], '');
  }
  return problems;
}

/**
 * The files that passed their checks in the last build, each by a hash of its name and text and of `inputs` (what the
 * rules are: the schemas' code and the packages). A file in `passed` is not parsed again: at 10,000 pages reading
 * every front matter into YAML took 6 s of every build. A file with a problem is never in it, so its problem is
 * reported again on every build until it is fixed.
 */
export interface CheckedFiles {
  inputs: string;
  passed: Set<string>;
  /** What this build did: the files it checked, and those it knew had passed. */
  counts: { checked: number; unchanged: number };
  /** The files that pass now: the next build's `passed`. */
  passing: Set<string>;
}

export function checkedFiles(inputs: string, passed: Iterable<string> = []): CheckedFiles {
  return { inputs, passed: new Set(passed), counts: { checked: 0, unchanged: 0 }, passing: new Set() };
}

/** Every problem in every content file under `contentRoot`, skipping the files `checked` knows have passed. */
export function checkContentFiles(contentRoot: string, root = process.cwd(), checked?: CheckedFiles): string[] {
  return contentKinds.flatMap((kind) =>
    filesOf(contentRoot, kind).flatMap((file) => {
      if (!checked) return checkContentFile(file, kind, root);
      const text = readFileSync(file, 'utf8');
      const key = createHash('sha256').update(checked.inputs).update('\0').update(file).update('\0').update(text);
      const digest = key.digest('base64url');
      if (checked.passed.has(digest)) {
        checked.counts.unchanged += 1;
        checked.passing.add(digest);
        return [];
      }
      checked.counts.checked += 1;
      const problems = checkContentFile(file, kind, root, text);
      if (!problems.length) checked.passing.add(digest);
      return problems;
    }),
  );
}

/** Throws one error listing every problem, for the build to stop on. */
export function assertContentFiles(contentRoot: string, root = process.cwd(), checked?: CheckedFiles): void {
  const problems = checkContentFiles(contentRoot, root, checked);
  if (problems.length)
    throw new Error(
      `${problems.length === 1 ? 'A content file cannot' : `${problems.length} problems in content files: they cannot`} be read as written:\n${problems.join('\n')}`,
    );
}

/**
 * The glossary's terms for the MDX checks, read before Astro loads content. A glossary that does not parse gives no
 * terms here: assertContentFiles then stops the build naming its file and line.
 */
export function readGlossaryTerms(file: string): Map<string, string> {
  try {
    const entries = parseDocument(readFileSync(file, 'utf8')).toJS() as { id: string; expansion: string }[] | null;
    return new Map((Array.isArray(entries) ? entries : []).map((entry) => [entry.id, entry.expansion]));
  } catch {
    return new Map();
  }
}

/**
 * The words in capitals the guidance may write bare: every glossary id and alias (and each word of a many-word id,
 * such as "UK GDPR"), and the words in names.yaml. Empty when a file does not parse: assertContentFiles reports it.
 */
export function readKnownCapitals(contentRoot: string): Set<string> {
  const read = (file: string): unknown => {
    try {
      return parseDocument(readFileSync(path.join(contentRoot, file), 'utf8')).toJS();
    } catch {
      return undefined;
    }
  };
  const glossary = read('glossary.yaml');
  const names = namesSchema.safeParse(read('names.yaml') ?? {});
  const words = [
    ...(Array.isArray(glossary) ? glossary : []).flatMap((entry: { id?: unknown; aliases?: unknown }) => [
      ...(typeof entry.id === 'string' ? entry.id : '').split(/\s+/),
      ...(Array.isArray(entry.aliases) ? entry.aliases.map(String) : []),
    ]),
    ...(names.success ? [...names.data.names, ...names.data.unexplained] : []),
  ];
  return new Set(words.filter(Boolean));
}
