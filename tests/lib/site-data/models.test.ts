// Every map's model is described once per build and shared by the pages and the build's integrations.
import { describe, expect, it } from 'vitest';
import { mapsWithModels, mapWithModel, processModel } from '../../../src/lib/site-data/models';
import { processes } from '../../../src/machines';

describe('the maps with their models', () => {
  it('gives every map in the registry’s order, each with the model of its own machine', () => {
    const maps = mapsWithModels();
    expect(maps.map((map) => map.id)).toEqual(processes.map((process) => process.id));
    for (const map of maps) expect(map.model.id).toBe(map.id);
  });

  it('describes each machine once: every call hands back the same model', () => {
    const [first] = mapsWithModels();
    expect(mapsWithModels()[0]!.model).toBe(first!.model);
    expect(processModel(first!.id)).toBe(first!.model);
    expect(mapWithModel(first!.id, 'test').model).toBe(first!.model);
  });

  it('has no model for an id with no map file, and names who asked for one', () => {
    expect(processModel('no-such-map')).toBeUndefined();
    expect(() => mapWithModel('no-such-map', '<ProcessDiagram id="no-such-map">')).toThrow(
      '<ProcessDiagram id="no-such-map">: no process map with that id (no file src/machines/no-such-map.ts)',
    );
  });
});
