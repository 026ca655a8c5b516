// Every map's process model, described from its machine once per build: the one place describeMachine runs. Plain
// TypeScript (no astro:content), so the build's integrations use it as well as the pages.
import { describeMachine, type ProcessModel } from '../process-map/model';
import { processById, processes, type ProcessDefinition } from '../../machines';

export interface MapWithModel extends ProcessDefinition {
  model: ProcessModel;
}

let described: Map<string, ProcessModel> | undefined;

function models(): Map<string, ProcessModel> {
  described ??= new Map(processes.map((process) => [process.id, describeMachine(process.machine)]));
  return described;
}

/** Every map in the registry's order, each with its model. */
export function mapsWithModels(): MapWithModel[] {
  return processes.map((process) => ({ ...process, model: models().get(process.id)! }));
}

/** One map's model; undefined for an id with no map file. */
export function processModel(id: string): ProcessModel | undefined {
  return models().get(id);
}

/** One map and its model, or an error naming the component (or page) that asked for an id with no map file. */
export function mapWithModel(id: string, asker: string): MapWithModel {
  const process = processById(id);
  if (!process) throw new Error(`${asker}: no process map with that id (no file src/machines/${id}.ts)`);
  return { ...process, model: models().get(id)! };
}
