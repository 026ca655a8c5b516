// Loads one process machine in the browser, so a map page downloads only its own machine, not the whole registry.
// The glob only splits the code: tests/machines/load.test.ts checks it finds exactly the registry's machines.
import type { AnyStateMachine } from 'xstate';
import type { ProcessFile } from './authoring';

const modules = import.meta.glob<{ default: ProcessFile }>(['./*.ts', '!./index.ts', '!./load.ts', '!./authoring.ts']);

export async function loadMachine(id: string): Promise<AnyStateMachine | undefined> {
  const load = modules[`./${id}.ts`];
  return load ? (await load()).default.machine : undefined;
}

/** The process ids this loader can load, one per machine file. */
export function loadableIds(): string[] {
  return Object.keys(modules).map((file) => file.replace(/^\.\/(.*)\.ts$/, '$1'));
}
