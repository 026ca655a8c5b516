// The browser's machine loader and the registry agree: every map page can load its machine, and nothing else loads.
import { describe, expect, it } from 'vitest';
import { loadMachine, loadableIds } from '../../src/machines/load';
import { processes } from '../../src/machines';

describe('loadMachine', () => {
  it('can load exactly the machines in the registry', () => {
    expect(loadableIds().sort()).toEqual(processes.map((process) => process.id).sort());
  });

  it('loads the same machine the registry holds for each map', async () => {
    for (const process of processes) expect(await loadMachine(process.id), process.id).toBe(process.machine);
  });

  it('loads nothing for an id that is not a map', async () => {
    expect(await loadMachine('index')).toBeUndefined();
    expect(await loadMachine('../machines/enforcement')).toBeUndefined();
  });
});
