// The registry: every process that has a map on the site, collected from the map files (src/machines/<id>.ts, each
// exporting `defineProcess({...})`), so a new map is one new file. Pages are generated from this list.
import { newestFirst } from '../lib/history';
import type { ProcessFile } from './authoring';

export type { ProcessFile };

export interface ProcessDefinition extends ProcessFile {
  /** The day of the newest change note: the map's "Last updated". */
  lastUpdated: string | undefined;
}

// The same files as the browser's loader (load.ts) finds, eagerly; tests/machines/registry.test.ts checks them.
const files = import.meta.glob<ProcessFile>(['./*.ts', '!./index.ts', '!./load.ts', '!./authoring.ts'], {
  eager: true,
  import: 'default',
});

/** The map files by file name (`enforcement.ts`), as the glob found them. */
export const processFiles: Record<string, ProcessFile> = Object.fromEntries(
  Object.entries(files).map(([file, definition]) => [file.replace(/^\.\//, ''), definition]),
);

/** Every map, in the order the lists of maps show them; "Last updated" is the day of the newest note, so they never disagree. */
export const processes: ProcessDefinition[] = Object.values(processFiles)
  .map((definition) => ({ ...definition, lastUpdated: newestFirst(definition.history)[0]?.date }))
  .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

export function processById(id: string): ProcessDefinition | undefined {
  return processes.find((process) => process.id === id);
}
