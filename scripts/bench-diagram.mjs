// `npm run bench`, process-map diagrams: layout time and inline SVG size per map, for the real maps and the generated
// corpus (100 maps of about 30 steps), against issue 16's budgets; and how readable they are (issue 28's figures:
// crossings, crowded connectors, bends, labels), ours beside ELK's layered layout of the same graphs.
import { gzipSync } from 'node:zlib';
import { setup } from 'xstate';
import { createServer } from 'vite';
import { corpusMachine } from './bench-corpus.mjs';
import { elkLayout } from './bench-elk.mjs';

const figureNames = [
  ['crossings', 'crossings'],
  ['crowdedPx', 'crowded px'],
  ['overlapPx', 'overlapping px'],
  ['bends', 'bends'],
  ['labelsTouched', 'labels touched'],
  ['throughBox', 'through a box'],
  ['textOverflow', 'text overflowing'],
];

/** One line of figures: "crossings 3, crowded px 0, …, bends 215 on 181 connectors (1.19 each)". */
function describeQuality(quality) {
  const parts = figureNames.map(([key, name]) =>
    key === 'bends'
      ? `bends ${quality.bends} on ${quality.connectors} connectors (${(quality.bends / quality.connectors).toFixed(2)} each)`
      : `${name} ${Math.round(quality[key])}`,
  );
  return parts.join(', ');
}

function sumQuality(list) {
  const total = {};
  for (const quality of list)
    for (const [key, value] of Object.entries(quality)) total[key] = (total[key] ?? 0) + value;
  return total;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * CPU time of the thread the layout runs on, where Node can tell (22.19 and later: the project's own Node is): V8
 * optimises and re-optimises the layout's functions and collects garbage on other threads of the process, and that
 * never settles (three hundred layouts in, still about 20 ms of compiling per layout), so the whole process's CPU time
 * counts the compiler more than the layout. The wall clock counts other processes' turns on a shared machine.
 */
const threadCpu = process.threadCpuUsage ? () => process.threadCpuUsage() : () => process.cpuUsage();
const timedBy = process.threadCpuUsage ? 'CPU time of its thread' : 'CPU time';
const cpuMs = (used) => (used.user + used.system) / 1000;

/** Lays out every map several times and reports medians through `record(name, value, budget, pass)`. */
export async function measureDiagrams(root, record) {
  const vite = await createServer({ root, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
  try {
    const { processes } = await vite.ssrLoadModule('/src/machines/index.ts');
    const { describeMachine } = await vite.ssrLoadModule('/src/lib/process-map/model.ts');
    const { layoutDiagram, renderDiagramSvg, diagramGeometryProblems, layoutGeometry, diagramQuality } =
      await vite.ssrLoadModule('/src/lib/process-map/diagram/index.ts');
    const tools = {
      ...(await vite.ssrLoadModule('/src/lib/process-map/diagram/graph.ts')),
      ...(await vite.ssrLoadModule('/src/lib/process-map/diagram/box.ts')),
      ...(await vite.ssrLoadModule('/src/lib/process-map/diagram/label.ts')),
    };
    const sets = {
      'real maps': processes.map((process) => process.machine),
      'corpus maps': Array.from({ length: 100 }, (_, index) => corpusMachine(`benchmark-map-${index + 1}`, 30, setup)),
    };
    for (const [name, machines] of Object.entries(sets)) {
      // Warm up the JIT, as a build laying out many maps does. Each run describes the machine afresh: the rows and
      // order the layout starts from are worked out there (the step numbers follow them), once per model.
      for (let round = 0; round < 3; round += 1)
        for (const machine of machines) layoutDiagram(describeMachine(machine));
      const times = [];
      const cpuTimes = [];
      const processTimes = [];
      const sizes = [];
      let problems = 0;
      let widest = 0;
      let tallest = 0;
      const ours = [];
      const elk = [];
      const laidOut = [];
      // Timed first, all together: the quality checks and ELK below allocate a great deal, and collecting that garbage
      // would land in the next map's time.
      for (const machine of machines) {
        const runs = [];
        const cpuRuns = [];
        const processRuns = [];
        let layout;
        let model;
        for (let run = 0; run < 5; run += 1) {
          const begin = performance.now();
          const [thread, whole] = [threadCpu(), process.cpuUsage()];
          model = describeMachine(machine);
          layout = layoutDiagram(model);
          const [threadUsed, wholeUsed] = [threadCpu(), process.cpuUsage()];
          runs.push(performance.now() - begin);
          cpuRuns.push(cpuMs(threadUsed) - cpuMs(thread));
          processRuns.push(cpuMs(wholeUsed) - cpuMs(whole));
        }
        times.push(median(runs));
        cpuTimes.push(median(cpuRuns));
        processTimes.push(median(processRuns));
        laidOut.push({ model, layout });
      }
      for (const { model, layout } of laidOut) {
        sizes.push(gzipSync(renderDiagramSvg(layout, { idPrefix: `map-${model.id}`, title: model.id })).length);
        problems += diagramGeometryProblems(layoutGeometry(model, layout)).length;
        widest = Math.max(widest, layout.width);
        tallest = Math.max(tallest, layout.height);
        ours.push(diagramQuality(layout));
        elk.push(diagramQuality(await elkLayout(model, tools)));
        if (name === 'real maps') {
          record(`Diagram quality, ${model.id}, ours (${layout.height} px tall)`, describeQuality(ours.at(-1)));
          record(`Diagram quality, ${model.id}, ELK layered`, describeQuality(elk.at(-1)));
        }
      }
      const [ourTotal, elkTotal] = [sumQuality(ours), sumQuality(elk)];
      const perMap = Math.max(...ours.map((quality) => quality.crossings));
      record(`Diagram quality, ${name}, ours`, describeQuality(ourTotal));
      record(`Diagram quality, ${name}, ELK layered (lanes ignored)`, describeQuality(elkTotal));
      record(
        `Diagram crossings, ${name}: total ${name === 'real maps' ? '(budget 8)' : ''}, most on one map (budget 3)`,
        `${ourTotal.crossings}, ${perMap}`,
        'issue 28',
        (name !== 'real maps' || ourTotal.crossings <= 8) && perMap <= 3,
      );
      record(
        `Diagram connectors crowded, overlapping, through boxes; labels touched; text overflowing (${name})`,
        `${Math.round(ourTotal.crowdedPx)} px, ${Math.round(ourTotal.overlapPx)} px, ${ourTotal.throughBox}; ${ourTotal.labelsTouched}; ${ourTotal.textOverflow}`,
        'all 0',
        ourTotal.crowdedPx +
          ourTotal.overlapPx +
          ourTotal.throughBox +
          ourTotal.labelsTouched +
          ourTotal.textOverflow ===
          0,
      );
      record(
        `Diagram bends per connector (${name})`,
        (ourTotal.bends / ourTotal.connectors).toFixed(2),
        '1.2',
        ourTotal.bends / ourTotal.connectors <= 1.2,
      );
      const time = median(cpuTimes);
      const slowest = cpuTimes.indexOf(Math.max(...cpuTimes));
      const size = Math.max(...sizes);
      record(
        `Diagram layout with the machine described, ${name} (median per map, ${timedBy})`,
        `${time.toFixed(1)} ms (the whole process's CPU time ${median(processTimes).toFixed(1)} ms, wall clock ${median(times).toFixed(1)} ms)`,
        '50 ms',
        time <= 50,
      );
      record(
        `Diagram layout with the machine described, ${name} (slowest map, ${timedBy})`,
        `${cpuTimes[slowest].toFixed(1)} ms (${machines[slowest].id}; the whole process's CPU time ${processTimes[slowest].toFixed(1)} ms, wall clock ${times[slowest].toFixed(1)} ms)`,
        '50 ms',
        cpuTimes[slowest] <= 50,
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
