// Reads and checks the staff vocabulary file once per build (Node only); a content folder without one has none.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseStaffVocabulary, type StaffVocabularyEntry } from './vocabulary';

export const staffVocabularyFile = 'staff-vocabulary.yaml';

export function loadStaffVocabulary(contentRoot: string): StaffVocabularyEntry[] {
  const file = path.join(contentRoot, staffVocabularyFile);
  if (!existsSync(file)) return [];
  return parseStaffVocabulary(parse(readFileSync(file, 'utf8')), file);
}
