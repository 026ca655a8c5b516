// The registry collects every map file by itself: a map is one file, named after its machine's id, written once.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMachineModule } from '../../src/integrations/strip-machine-meta';
import { unknownChangedSteps } from '../../src/lib/history';
import { describeMachine } from '../../src/lib/process-map/model';
import { processById, processes, processFiles } from '../../src/machines';

const machinesDir = path.resolve(import.meta.dirname, '../../src/machines');

describe('the registry of maps', () => {
  it('holds every map file in src/machines, and nothing else', () => {
    const mapFiles = readdirSync(machinesDir).filter((file) => isMachineModule(path.join(machinesDir, file)));
    expect(Object.keys(processFiles).sort()).toEqual(mapFiles.sort());
    expect(processes).toHaveLength(mapFiles.length);
  });

  it.each(Object.entries(processFiles))('names %s after its machine’s id', (file, definition) => {
    expect(file).toBe(`${definition.machine.id}.ts`);
    expect(definition.id).toBe(definition.machine.id);
  });

  it('gives each map its own place in the lists of maps', () => {
    const orders = processes.map((process) => process.order);
    expect(new Set(orders).size).toBe(orders.length);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('dates each map’s "Last updated" from its newest change note, the later of two on one day', () => {
    const enforcement = processById('enforcement')!;
    expect(enforcement.history[0]).toEqual({ date: '2026-11-23', note: 'Map first published on this site.' });
    expect(enforcement.lastUpdated).toBe('2026-12-04');
    for (const process of processes)
      expect(process.lastUpdated, process.id).toBe(
        process.history
          .map((note) => note.date)
          .sort()
          .at(-1),
      );
  });

  it.each(processes)('"$id" names only steps it has in its change notes', ({ id, history, machine }) => {
    const paths = new Set(describeMachine(machine).steps.map((step) => step.path));
    expect(unknownChangedSteps(id, history, paths)).toEqual([]);
  });

  it('finds a map by its id, and nothing for an id that is not one', () => {
    expect(processById('enforcement')?.title).toBe('Enforcement of orders and licences');
    expect(processById('index')).toBeUndefined();
  });
});
