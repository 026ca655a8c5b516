// The side-by-side build comparison for `npm run bench`: the same generated plain-Markdown pages built by this site and
// by Astro Starlight (a pinned version installed with npm into a temporary folder, never a dependency of the site),
// in alternation so both share the machine's load, with each build's phases taken from when its log lines arrive.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generatePlainCorpus, linkPackages, plainPageBody, projectEntries } from './bench-corpus.mjs';
import { astroBuildEnvironment } from './build.mjs';

export const starlightVersion = '0.42.4';

/**
 * The phases the comparison reports, in build order; `whole` is the wall-clock time of the site's build
 * (`buildCommands`), and `cpu` the CPU time it and every process it started used.
 */
export const phases = ['setup', 'compile', 'render', 'link check', 'index', 'whole', 'cpu'];

/**
 * Where each phase ends, as the first log line after the previous phase's end that matches. `setup` (Vite's
 * dependency scan, content sync and types) ends when Astro starts bundling; `compile` (Vite and MDX) when it starts
 * generating routes; `render` when that reports it is complete; then each site's own steps (ours run once Astro's
 * process has ended, Starlight's search index in its build:done hook).
 */
export const phaseEnds = {
  ours: {
    setup: /\[build\] Building static entrypoints/,
    compile: /generating static routes/,
    render: /✓ Completed in/,
    'link check': /\[app-link-check\]/,
    index: /\[app-search-index\]/,
  },
  starlight: {
    setup: /\[build\] Building static entrypoints/,
    compile: /generating static routes/,
    render: /✓ Completed in/,
    index: /\[starlight:pagefind\] Finished building search index/,
  },
};

// Terminal colour codes start with the escape character.
// eslint-disable-next-line no-control-regex
const stripColour = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * The command each site builds with, run with this Node from the project's folder: ours is `npm run build`'s script
 * (Astro's build, then the steps that read the built site: scripts/build.mjs), Starlight's is `astro build`.
 */
export const buildCommands = {
  ours: ['scripts/build.mjs'],
  starlight: ['node_modules/astro/bin/astro.mjs', 'build'],
};

/**
 * Runs a site's build (`buildCommands`) with this Node, timing each log line as it arrives. `watch(pid)`, if given, is
 * called when the build starts and returns a function called when it ends (the scale bench samples the build's
 * memory with it).
 */
export function timedBuild(cwd, outDir, { site = 'ours', watch } = {}) {
  const [script, ...args] = buildCommands[site];
  return new Promise((resolve, reject) => {
    const begin = performance.now();
    // Through a shell that prints, once the build has ended, the CPU time of everything it ran (the children's
    // user and system ticks in /proc/<pid>/stat): on a shared machine the CPU time varies less than the wall time.
    const child = spawn(
      'sh',
      [
        '-c',
        '"$@"; status=$?; echo "cpu-ticks $(cut -d" " -f16,17 /proc/$$/stat) $(getconf CLK_TCK)"; exit $status',
        'sh',
        process.execPath,
        path.join(cwd, script),
        ...args,
        '--outDir',
        outDir,
      ],
      // MIMALLOC_PURGE_DELAY as `npm run build` sets it (astroBuildEnvironment in scripts/build.mjs), for both sites.
      { cwd, env: { ...process.env, ...astroBuildEnvironment, FORCE_COLOR: '0' } },
    );
    const stopWatching = watch?.(child.pid) ?? (() => undefined);
    const lines = [];
    let pending = '';
    const take = (chunk) => {
      const at = performance.now() - begin;
      const parts = (pending + chunk).split('\n');
      pending = parts.pop();
      for (const text of parts) lines.push({ at, text: stripColour(text) });
    };
    child.stdout.setEncoding('utf8').on('data', take);
    child.stderr.setEncoding('utf8').on('data', take);
    child.on('error', reject);
    child.on('close', (code) => {
      stopWatching();
      const whole = performance.now() - begin;
      const ticks = lines.findLast((line) => line.text.startsWith('cpu-ticks '))?.text ?? 'cpu-ticks 0 0 1';
      const [user, system, perSecond] = ticks.split(' ').slice(1).map(Number);
      const cpu = ((user + system) / perSecond) * 1000;
      if (code !== 0)
        reject(new Error(`Build failed in ${cwd}:\n${lines.map((line) => line.text).join('\n')}\n${pending}`));
      else resolve({ whole, cpu, lines });
    });
  });
}

/** Milliseconds per phase, from the log; a phase the site does not have (Starlight has no link check) is absent. */
export function phasesFromLog({ whole, cpu, lines }, ends) {
  const result = { whole, cpu };
  let from = 0;
  let index = 0;
  for (const [phase, pattern] of Object.entries(ends)) {
    const found = lines.findIndex((line, position) => position >= index && pattern.test(line.text));
    if (found === -1) continue;
    result[phase] = lines[found].at - from;
    from = lines[found].at;
    index = found + 1;
  }
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** A copy of this project with the plain pages added, using its installed packages but caches of its own. */
export function oursProject(root, pages) {
  const projectRoot = mkdtempSync(path.join(tmpdir(), 'bench-plain-ours-'));
  for (const entry of projectEntries)
    cpSync(path.join(root, entry), path.join(projectRoot, entry), { recursive: true });
  linkPackages(root, projectRoot);
  generatePlainCorpus(projectRoot, pages);
  return projectRoot;
}

/** A Starlight project with the same pages, installed once per version into the temporary folder and reused. */
function starlightProject(root, pages) {
  const astroVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/astro/package.json'), 'utf8')).version;
  const projectRoot = path.join(tmpdir(), `bench-starlight-${starlightVersion}-astro-${astroVersion}`);
  const installed = path.join(projectRoot, 'node_modules/@astrojs/starlight/package.json');
  if (!existsSync(installed) || JSON.parse(readFileSync(installed, 'utf8')).version !== starlightVersion) {
    mkdirSync(projectRoot, { recursive: true });
    writeFileSync(
      path.join(projectRoot, 'package.json'),
      JSON.stringify({
        name: 'bench-starlight',
        private: true,
        type: 'module',
        // The same Astro as the site, so the comparison is of the two sites, not of two Astro versions.
        dependencies: { '@astrojs/starlight': starlightVersion, astro: astroVersion },
      }),
    );
    console.log(`  Installing @astrojs/starlight ${starlightVersion} with astro ${astroVersion} into ${projectRoot}`);
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: projectRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (install.status !== 0) throw new Error(`npm install of Starlight failed:\n${install.stdout}\n${install.stderr}`);
  }
  writeFileSync(
    path.join(projectRoot, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({ integrations: [starlight({ title: 'Benchmark' })] });
`,
  );
  const docs = path.join(projectRoot, 'src/content/docs');
  // Both sites start from no content store or Vite cache, as the fresh copy of this site does.
  for (const cache of ['src', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(path.join(projectRoot, cache), { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(
    path.join(projectRoot, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  for (let index = 0; index < pages; index += 1)
    writeFileSync(
      path.join(docs, `plain-${index}.mdx`),
      `---\ntitle: "Plain benchmark page ${index}"\ndescription: "A generated plain-Markdown page, used only to compare build times with Starlight."\n---\n${plainPageBody(index)}`,
    );
  return projectRoot;
}

/**
 * Builds the same `pages` plain pages with this site and with Starlight, alternating (ours, Starlight, ours, ...)
 * `runs` times each, and returns each site's median milliseconds per phase.
 */
export async function compareWithStarlight(root, { pages = 1000, runs = 2 } = {}) {
  const ours = oursProject(root, pages);
  const starlight = starlightProject(root, pages);
  const timings = { ours: [], starlight: [] };
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const [site, projectRoot] of [
        ['ours', ours],
        ['starlight', starlight],
      ]) {
        const outDir = mkdtempSync(path.join(tmpdir(), `bench-plain-${site}-dist-`));
        const measured = phasesFromLog(await timedBuild(projectRoot, outDir, { site }), phaseEnds[site]);
        // A build that made fewer pages than it was given would be fast for the wrong reason.
        const built = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
          (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
        ).length;
        rmSync(outDir, { recursive: true, force: true });
        if (built < pages) throw new Error(`${site} built ${built} pages, fewer than the ${pages} generated`);
        timings[site].push(measured);
        console.log(
          `  run ${run + 1}, ${site === 'ours' ? 'this site' : 'Starlight'}: ${phases
            .filter((phase) => measured[phase] !== undefined)
            .map((phase) => `${phase} ${(measured[phase] / 1000).toFixed(1)} s`)
            .join(', ')}`,
        );
      }
    }
  } finally {
    rmSync(ours, { recursive: true, force: true });
  }
  const medians = (list) =>
    Object.fromEntries(
      phases
        .filter((phase) => list.every((measured) => measured[phase] !== undefined))
        .map((phase) => [phase, median(list.map((measured) => measured[phase]))]),
    );
  return { ours: medians(timings.ours), starlight: medians(timings.starlight), runs, pages };
}

/** Prints the comparison as a table of phases, and returns whole-build ratio (ours ÷ Starlight's). */
export function printComparison({ ours, starlight, runs, pages }) {
  const seconds = (value) => (value === undefined ? '—' : `${(value / 1000).toFixed(1)} s`);
  console.log(`\n  Median of ${runs} alternating builds each, ${pages} pages:`);
  console.log(`  ${'phase'.padEnd(12)} ${'this site'.padStart(10)} ${'Starlight'.padStart(10)}`);
  for (const phase of phases)
    console.log(
      `  ${(phase === 'cpu' ? 'CPU time' : phase).padEnd(12)} ${seconds(ours[phase]).padStart(10)} ${seconds(starlight[phase]).padStart(10)}`,
    );
  return ours.whole / starlight.whole;
}
