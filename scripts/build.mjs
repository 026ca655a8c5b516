// `npm run build`: draws the guidance's Mermaid diagrams into their cache; `astro build` makes the pages; then, once
// Astro's process has ended, this process runs the steps that read the built site (src/integrations/site-steps.ts:
// map pictures, link check, search index, content review, gzip). Astro's build holds gigabytes at 10,000 pages until
// its process ends; run inside it, the drawing browsers and Pagefind's indexer added theirs on top (issue 36).
// Arguments go to `astro build` (`--outDir`, `--force`).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

/** Where Astro's build writes the built site's folders for this script (src/integrations/built-site.ts). */
export const builtSiteVariable = 'HMPPS_BUILT_SITE_FILE';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The environment of Astro's build. MIMALLOC_PURGE_DELAY=0: the bundler (Rolldown, in Astro's process) allocates
 * with mimalloc, which by default keeps memory it has freed for a while; this makes it give the memory back at once
 * (at 10,000 pages the build's peak fell from 8.8 to 7.2 GB, in the same time). NODE_ENV=production: a process that
 * has loaded code through Vite (this one, for the Mermaid step; the bench, for the diagrams) has NODE_ENV set to
 * "development", and Astro's build inheriting it bundled packages' development builds (a kilobyte more of XState
 * on every map page).
 */
export const astroBuildEnvironment = {
  ASTRO_TELEMETRY_DISABLED: '1',
  MIMALLOC_PURGE_DELAY: '0',
  NODE_ENV: 'production',
};

/**
 * V8's options for Astro's process and for this one's steps. `--heap-growing-percent=20`: the heap grows by a fifth
 * before V8 collects it again, where it would otherwise let it grow far more between collections while 10,000 pages
 * are compiled, rendered and indexed. At 10,000 pages Astro's process peaked 0.65 GB lower and this one 0.2 GB lower,
 * in the same time.
 */
export const buildV8Options = ['--heap-growing-percent=20'];

/** Runs `astro build` with `args` in a Node process of its own; resolves to its exit code. */
function astroBuild(args, env) {
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...buildV8Options, astro, 'build', ...args], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** A TypeScript module of the project, loaded through Vite as Astro loads it. */
async function projectModule(file) {
  const { runnerImport } = await import('vite');
  return (await runnerImport(path.join(root, file), { root, logLevel: 'error' })).module;
}

/**
 * The guidance's Mermaid diagrams drawn before Astro's process starts (src/integrations/mermaid-ahead.ts), so the
 * drawing browser is never running beside Astro's bundler. Astro's own step draws whatever this could not.
 */
async function drawMermaidAhead() {
  await (await projectModule('src/integrations/mermaid-ahead.ts')).drawMermaidAhead(root);
}

async function main() {
  const began = performance.now();
  await drawMermaidAhead();
  const handOver = mkdtempSync(path.join(tmpdir(), 'hmpps-build-'));
  const file = path.join(handOver, 'built-site.json');
  try {
    const code = await astroBuild(process.argv.slice(2), {
      ...process.env,
      ...astroBuildEnvironment,
      [builtSiteVariable]: file,
    });
    if (code !== 0) return code;
    const astroEnded = performance.now();
    // Written by the builtSite integration (astro.config.mjs) when Astro's build has ended.
    if (!existsSync(file)) {
      console.error(`Build failed: Astro's build ended without saying where it built the site (${builtSiteVariable})`);
      return 1;
    }
    const site = JSON.parse(readFileSync(file, 'utf8'));
    // The steps are TypeScript sharing src/lib with the pages (src/machines among it, which Vite's import.meta.glob
    // collects): Vite, which Astro brings, loads them as Astro's build does.
    // This process's own heap, from here on, as Astro's (it reads and indexes every built page).
    v8.setFlagsFromString(buildV8Options.join(' '));
    const module = await projectModule('src/integrations/site-steps.ts');
    try {
      await module.runSiteSteps(site);
    } catch (error) {
      console.error(`\nBuild failed: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
    const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `\nBuilt in ${seconds(performance.now() - began)}: Astro ${seconds(astroEnded - began)}, then the map pictures, links, search index and gzip ${seconds(performance.now() - astroEnded)}.`,
    );
    return 0;
  } finally {
    rmSync(handOver, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(await main());
