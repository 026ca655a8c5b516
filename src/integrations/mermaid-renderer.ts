// Draws Mermaid text as SVG with the real `mermaid` package in the project's headless Chromium (./mermaid-worker.mjs):
// one browser page for the whole build, started only when a diagram is not in the cache, and a cache of drawings keyed
// by a hash of everything that shapes them, so an unchanged diagram costs one file read on the next build.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Drawing } from '../lib/content/mermaid-blocks';

const require = createRequire(import.meta.url);
const worker = fileURLToPath(new URL('./mermaid-worker.mjs', import.meta.url));

/** The id Mermaid writes into every drawing; the page that shows it swaps in its own (see cleanDrawing). */
export const drawingId = 'app-mermaid-drawing';

/**
 * How every diagram is drawn. Labels are SVG text, not HTML in a foreignObject (which Mermaid styles with style
 * attributes the site's Content-Security-Policy refuses); the font and size are the site's, so Mermaid measures the
 * boxes for the text the reader sees; colours come from the site's stylesheet (src/components/content/_mermaid.scss).
 */
export const mermaidConfig = {
  startOnLoad: false,
  securityLevel: 'strict',
  theme: 'base',
  look: 'classic',
  htmlLabels: false,
  fontFamily: "'Atkinson Hyperlegible', sans-serif",
  themeVariables: { fontFamily: "'Atkinson Hyperlegible', sans-serif", fontSize: '19px' },
  // Labels wrap at 170 px, so three boxes side by side fit the page's main column on a laptop.
  flowchart: { useMaxWidth: false, wrappingWidth: 170, padding: 12 },
};

export interface MermaidRenderer {
  /** The SVG Mermaid draws for the text, from the cache when it has drawn the same text before, or its error. */
  render(text: string): Promise<Drawing>;
  /** How many diagrams were drawn in the browser, and how many came from the cache. */
  counts(): { drawn: number; cached: number };
  /** The build log's words for those counts ("Mermaid: 3 diagram(s) drawn, 6 from the cache"; the bench reads them). */
  summary(): string;
  /** Stops the browser, if it was started. */
  close(): Promise<void>;
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}

/** The drawing process, started on the first diagram the cache lacks; answers come back in the order asked. */
function startWorker() {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    [worker, JSON.stringify(mermaidConfig), drawingId],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const waiting = new Map<number, (drawing: Drawing) => void>();
  let nextId = 0;
  let errors = '';
  let stopped: string | undefined;
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  // A process that cannot start, or a pipe that breaks when it dies, is reported through 'exit' below.
  child.on('error', (error) => {
    errors += error.message;
  });
  child.stdin.on('error', () => undefined);
  createInterface({ input: child.stdout }).on('line', (line) => {
    const { id, ...drawing } = JSON.parse(line) as { id: number } & Drawing;
    waiting.get(id)?.(drawing);
    waiting.delete(id);
  });
  const exited = new Promise<void>((resolve) =>
    child.on('close', (code) => {
      // A worker that dies (no browser, a crash) fails every diagram still waiting, and every later one, with its reason.
      const reason = /^\w*Error: .*$/m.exec(errors)?.[0] ?? (errors.trim() || 'no message');
      stopped = `the drawing process stopped (exit code ${code}): ${reason}`;
      for (const answer of waiting.values()) answer({ error: stopped });
      waiting.clear();
      resolve();
    }),
  );
  return {
    draw(text: string): Promise<Drawing> {
      if (stopped) return Promise.resolve({ error: stopped });
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        child.stdin.write(`${JSON.stringify({ id, text })}\n`);
      });
    },
    async stop() {
      child.stdin.end();
      await exited;
    },
  };
}

/** Where the drawings are kept between builds: one SVG file per drawing, named by its hash. */
export function mermaidCacheDir(root: string): string {
  return path.join(root, 'node_modules', '.cache', 'hmpps-mermaid');
}

/** The renderer for one build. `cacheDir` holds one SVG file per drawing, named by its hash. */
export function createMermaidRenderer({ cacheDir }: { cacheDir: string }): MermaidRenderer {
  const fingerprint = JSON.stringify({
    mermaid: packageVersion('mermaid'),
    font: packageVersion('@fontsource/atkinson-hyperlegible'),
    config: mermaidConfig,
    drawingId,
  });
  let drawer: ReturnType<typeof startWorker> | undefined;
  const counts = { drawn: 0, cached: 0 };

  const render = async (text: string): Promise<Drawing> => {
    const key = createHash('sha256').update(fingerprint).update('\0').update(text).digest('hex');
    const file = path.join(cacheDir, `${key}.svg`);
    try {
      const svg = await readFile(file, 'utf8');
      counts.cached += 1;
      return { svg };
    } catch {
      // Not drawn before: draw it below.
    }
    drawer ??= startWorker();
    counts.drawn += 1;
    const drawing = await drawer.draw(text);
    if ('svg' in drawing) {
      await mkdir(cacheDir, { recursive: true });
      // Written beside and renamed, so a build stopped half-way never leaves half a drawing in the cache.
      const partial = `${file}.${process.pid}.partial`;
      await writeFile(partial, drawing.svg);
      await rename(partial, file);
    }
    return drawing;
  };

  return {
    render,
    counts: () => ({ ...counts }),
    summary: () => `Mermaid: ${counts.drawn} diagram(s) drawn, ${counts.cached} from the cache`,
    async close() {
      const running = drawer;
      drawer = undefined;
      await running?.stop();
    },
  };
}
