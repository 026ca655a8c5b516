import { it } from 'vitest';
import { layoutDiagram } from '../src/lib/process-map/diagram';
import { Router } from '../src/lib/process-map/diagram/route';
import { describeMachine } from '../src/lib/process-map/model';
import { processes } from '../src/machines';
it('prof', () => {
  const models = processes.map((p) => describeMachine(p.machine));
  for (let k = 0; k < 3; k++) for (const m of models) layoutDiagram(m);
  const orig = Router.prototype.route;
  let time = 0;
  Router.prototype.route = function (r) { const t = performance.now(); const x = orig.call(this, r); time += performance.now() - t; (globalThis as any).grid = [(this as any).xs.length, (this as any).ys.length]; return x; };
  for (const m of models) { time = 0; const t = performance.now(); for (let i = 0; i < 10; i++) layoutDiagram(m); console.log(m.id, ((performance.now() - t) / 10).toFixed(1), 'route', (time / 10).toFixed(1), (globalThis as any).grid); }
});
