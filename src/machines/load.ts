// Loads one process machine in the browser, so a map page downloads only its own machine, not the whole registry.
import type { AnyStateMachine } from 'xstate';

const modules = import.meta.glob<{ default: AnyStateMachine }>([
  './*.ts',
  '!./index.ts',
  '!./load.ts',
  '!./authoring.ts',
]);

export async function loadMachine(id: string): Promise<AnyStateMachine | undefined> {
  const load = modules[`./${id}.ts`];
  return load ? (await load()).default : undefined;
}
