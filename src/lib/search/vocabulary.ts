// The staff vocabulary (src/content/staff-vocabulary.yaml): the words staff type for the words the sources use, and
// for what each tool is for. Checked with a schema; turned into the hidden search-only words each page carries.
import { z } from 'zod';
import { escapeRegExp } from '../escape';
import { pageSearchTypes } from './types';

export const staffVocabularySchema = z.object({
  id: z.string().min(2, 'must be the word or phrase the guidance uses, or a name for the tool'),
  staffWords: z
    .array(z.string().min(2, 'must be a word of two letters or more'))
    .min(1, 'must list at least one word staff use'),
  page: z
    .string()
    .regex(/^\/([a-z0-9*-]+\/)*$/, 'must be a page address such as "/timescales/" ("*" stands for every map)')
    .optional(),
  /** What a result for the page says it is: a tool or index (the default), a step-by-step journey or a role's page. */
  type: z.enum(pageSearchTypes).default('Tool'),
});
export type StaffVocabularyEntry = z.output<typeof staffVocabularySchema>;

/** Checks the parsed YAML; the error names the file, the entry and the field. */
export function parseStaffVocabulary(data: unknown, file: string): StaffVocabularyEntry[] {
  const result = z.array(staffVocabularySchema).safeParse(data ?? []);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const [index, ...field] = issue.path;
    const entry = Array.isArray(data) && typeof index === 'number' ? (data[index] as { id?: unknown })?.id : undefined;
    return `${file}: entry ${typeof index === 'number' ? index + 1 : '?'}${typeof entry === 'string' ? ` ("${entry}")` : ''}${field.length ? `, field "${field.join('.')}"` : ''}: ${issue.message}`;
  });
  throw new Error(`Staff vocabulary is invalid:\n${lines.join('\n')}`);
}

/** The entries that map words (not tools): what the glossary page shows. */
export function wordEntries(vocabulary: StaffVocabularyEntry[]): StaffVocabularyEntry[] {
  return vocabulary.filter((entry) => !entry.page);
}

/** The entries that name a tool or index page by its purpose. */
export function pageEntries(vocabulary: StaffVocabularyEntry[]): (StaffVocabularyEntry & { page: string })[] {
  return vocabulary.filter((entry): entry is StaffVocabularyEntry & { page: string } => Boolean(entry.page));
}

/** True when an address like "/process-maps/enforcement/quiz/" is one the pattern "/process-maps/*\/quiz/" names. */
export function pageMatches(pattern: string, address: string): boolean {
  const source = pattern.split('*').map(escapeRegExp).join('[^/]+');
  return new RegExp(`^${source}$`).test(address);
}

/**
 * A whole-word matcher. Short capitals ("PO", "DNA") match only in capitals, so "po" inside a sentence never counts;
 * other words match in any case, with or without a plural "s".
 */
export function phraseMatcher(phrase: string): RegExp {
  const isAbbreviation = /^[A-Z]{2,5}$/.test(phrase);
  return new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(phrase)}s?([^A-Za-z0-9]|$)`, isAbbreviation ? '' : 'i');
}

/** What staff also say for any of these names (a glossary term's acronym and expansion, say), each word once. */
export function staffWordsFor(names: string[], vocabulary: StaffVocabularyEntry[]): string[] {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  const words = wordEntries(vocabulary)
    .filter((entry) => wanted.has(entry.id.toLowerCase()))
    .flatMap((entry) => entry.staffWords);
  return [...new Set(words)];
}
