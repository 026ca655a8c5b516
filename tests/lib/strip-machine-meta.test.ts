// The plugin that keeps step text out of the browser's copy of the machines: it finds every meta object and only those.
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { applyEdits, isMachineModule, metaEdits } from '../../src/integrations/strip-machine-meta';

const strip = (code: string) =>
  applyEdits(code, metaEdits(parseAst(code) as unknown as Parameters<typeof metaEdits>[0]));

describe('stripMachineMeta', () => {
  it("empties each state's meta, nested ones included, and leaves targets, descriptions and the types alone", () => {
    const code =
      'const m = setup({ types: { meta: x } }).createMachine({ id: "a", states: { s: { meta: { title: "Send", tasks: ["A"] }, on: { GO: { target: "t", description: "Go on" } } }, g: { meta: { title: "G" }, states: { u: { meta: { title: "U" } } } } } });';
    expect(strip(code)).toBe(
      'const m = setup({ types: { meta: x } }).createMachine({ id: "a", states: { s: { meta: {}, on: { GO: { target: "t", description: "Go on" } } }, g: { meta: {}, states: { u: { meta: {} } } } } });',
    );
  });

  it("keeps only the machine of the map's definition: the page already shows its title, summary and history", () => {
    const code =
      'export default defineProcess({ title: "Enforcement", summary: "What to do", order: 50, history: [firstPublished("2026-11-23")], machine: enforcement });';
    expect(strip(code)).toBe('export default defineProcess({ machine: enforcement });');
    expect(strip('defineProcess({ machine: m, title: "T", summary: "S" });')).toBe('defineProcess({ machine: m,  });');
  });

  it('applies to the machine files only', () => {
    expect(isMachineModule('/repo/src/machines/enforcement.ts')).toBe(true);
    expect(isMachineModule('/repo/src/machines/enforcement.ts?v=1')).toBe(true);
    for (const other of ['index.ts', 'load.ts', 'authoring.ts'])
      expect(isMachineModule(`/repo/src/machines/${other}`)).toBe(false);
    expect(isMachineModule('/repo/src/lib/process-map/model.ts')).toBe(false);
  });
});
