// `npm run bench`, process-map diagrams: layout time and inline SVG size per map, for the real maps and the generated
// corpus (100 maps of about 30 steps), against issue 16's budgets.
import { gzipSync } from 'node:zlib';
import { setup } from 'xstate';
import { createServer } from 'vite';
import { corpusMachine } from './bench-corpus.mjs';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Lays out every map several times and reports medians through `record(name, value, budget, pass)`. */
export async function measureDiagrams(root, record) {
  const vite = await createServer({ root, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
  try {
    const { processes } = await vite.ssrLoadModule('/src/machines/index.ts');
    const { describeMachine } = await vite.ssrLoadModule('/src/lib/process-map/model.ts');
    const { layoutDiagram, renderDiagramSvg, diagramGeometryProblems, layoutGeometry } = await vite.ssrLoadModule(
      '/src/lib/process-map/diagram/index.ts',
    );
    const sets = {
      'real maps': processes.map((process) => describeMachine(process.machine)),
      'corpus maps': Array.from({ length: 100 }, (_, index) =>
        describeMachine(corpusMachine(`benchmark-map-${index + 1}`, 30, setup)),
      ),
    };
    for (const [name, models] of Object.entries(sets)) {
      for (const model of models) layoutDiagram(model); // warm up the JIT, as a build laying out many maps does
      const times = [];
      const cpuTimes = [];
      const sizes = [];
      let problems = 0;
      let widest = 0;
      let tallest = 0;
      for (const model of models) {
        const runs = [];
        const cpuRuns = [];
        let layout;
        for (let run = 0; run < 5; run += 1) {
          const begin = performance.now();
          const cpu = process.cpuUsage();
          layout = layoutDiagram(model);
          const used = process.cpuUsage(cpu);
          runs.push(performance.now() - begin);
          cpuRuns.push((used.user + used.system) / 1000);
        }
        times.push(median(runs));
        cpuTimes.push(median(cpuRuns));
        sizes.push(gzipSync(renderDiagramSvg(layout, { idPrefix: `map-${model.id}`, title: model.id })).length);
        problems += diagramGeometryProblems(layoutGeometry(model, layout)).length;
        widest = Math.max(widest, layout.width);
        tallest = Math.max(tallest, layout.height);
      }
      const time = median(cpuTimes);
      const size = Math.max(...sizes);
      // CPU time, because the wall clock on a shared machine also counts other processes' turns.
      record(
        `Diagram layout, ${name} (median per map, CPU time)`,
        `${time.toFixed(1)} ms (wall clock ${median(times).toFixed(1)} ms)`,
        '50 ms',
        time <= 50,
      );
      record(
        `Diagram inline SVG, ${name} (largest, gzipped)`,
        `${(size / 1024).toFixed(1)} KB`,
        '30 KB',
        size <= 30 * 1024,
      );
      record(`Diagram size, ${name}`, `widest ${widest} px, tallest ${tallest} px`);
      // The unit tests check ten generated maps of different sizes; this checks every map of the corpus.
      record(`Diagram geometric problems, ${name}`, `${problems}`, '0', problems === 0);
    }
  } finally {
    await vite.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = await import('node:path');
  await measureDiagrams(path.resolve(import.meta.dirname, '..'), (name, value, budget, pass) =>
    console.log(`  ${name}: ${value}${budget ? ` (budget ${budget}: ${pass ? 'PASS' : 'FAIL'})` : ''}`),
  );
}
