// `npm run bench`, Mermaid diagrams in guidance: the real site built with an empty drawing cache (cold: the browser
// draws every diagram), with a full one (warm), and with its ```mermaid blocks taken out, against issue 31's budget:
// warm no more than 5% slower than without the diagrams. Warm and without alternate, so they share the machine's load.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { median } from './bench-search.mjs';

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** The build's own line: "Mermaid: 0 diagram(s) drawn, 6 from the cache". */
function drawingLog(output) {
  const match = /Mermaid: (\d+) diagram\(s\) drawn, (\d+) from the cache/.exec(output);
  return match ? { drawn: Number(match[1]), cached: Number(match[2]) } : undefined;
}

/** A copy of src/content with every ```mermaid block taken out, inside the project (Vite serves files from there). */
function contentWithoutDiagrams(root) {
  const copy = path.join(root, 'tmp', 'bench-content-without-diagrams');
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(path.dirname(copy), { recursive: true });
  cpSync(path.join(root, 'src/content'), copy, { recursive: true });
  let removed = 0;
  for (const file of readdirSync(copy, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'))) {
    const full = path.join(copy, file);
    const text = readFileSync(full, 'utf8');
    const without = text.replace(/^```mermaid\n[\s\S]*?^```\n/gm, () => {
      removed += 1;
      return '';
    });
    if (without !== text) writeFileSync(full, without);
  }
  return { copy, removed };
}

/**
 * Builds with `build(cwd, outDir, env)` (which returns `{ ms, output }`) and reports through
 * `record(name, value, budget, pass)`. Leaves the drawing cache full, as a warm build needs it.
 */
export function measureMermaid(root, record, build, { runs = 2, tmp }) {
  const cache = path.join(root, 'node_modules', '.cache', 'hmpps-mermaid');
  const out = mkdtempSync(path.join(tmp, 'bench-mermaid-'));
  const { copy, removed } = contentWithoutDiagrams(root);
  try {
    rmSync(cache, { recursive: true, force: true });
    const cold = build(root, out);
    const coldLog = drawingLog(cold.output);
    record(`Cold build (empty drawing cache: ${coldLog?.drawn ?? '?'} diagrams drawn in Chromium)`, seconds(cold.ms));
    const warm = [];
    const without = [];
    let warmLog;
    for (let run = 0; run < runs; run += 1) {
      const result = build(root, out);
      warm.push(result.ms);
      warmLog = drawingLog(result.output);
      without.push(build(root, out, { CONTENT_ROOT: copy }).ms);
    }
    record(
      `Warm build (${warmLog?.cached ?? '?'} diagrams from the cache, ${warmLog?.drawn ?? '?'} drawn), median of ${runs}`,
      seconds(median(warm)),
    );
    record(`Build without the ${removed} diagrams, median of ${runs}`, seconds(median(without)));
    const ratio = median(warm) / median(without);
    record('Warm build ÷ build without the diagrams', ratio.toFixed(3), '1.05', ratio <= 1.05);
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(copy, { recursive: true, force: true });
  }
}
