// Generates a large synthetic corpus for the benchmark: guidance pages for the real frameworks and process machines
// of about 30 steps, written into a copy of the project so they go through the same collections and components.
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Gives a copy of the project the original's installed packages without sharing its build caches: Astro keeps its
 * content store in node_modules/.astro and Vite its dependency cache in node_modules/.vite, and a copy reading the
 * real site's store would build the wrong pages.
 */
export function linkPackages(fromRoot, projectRoot) {
  const packages = path.join(projectRoot, 'node_modules');
  mkdirSync(packages, { recursive: true });
  for (const name of readdirSync(path.join(fromRoot, 'node_modules')))
    if (!['.astro', '.vite'].includes(name))
      symlinkSync(path.join(fromRoot, 'node_modules', name), path.join(packages, name));
}

const frameworks = [
  'faith-and-probation',
  'information-sharing',
  'release-information',
  'waspi-jip',
  'national-standards',
];
// Ids from the timescale registry (src/lib/timescales/registry.ts): pages and steps name a timescale, never write one.
const timescaleIds = [
  'ns-9.1-letter',
  'ns-3.3-first-appointment-release',
  'ns-annex-b-three-sessions',
  'jip-retention',
];
const words =
  'assess plan record share review refer supervise release recall agree check inform consider protect support'.split(
    ' ',
  );

function guidancePage(framework, index) {
  const topic = `${words[index % words.length]} ${words[(index * 7) % words.length]}`;
  return `---
title: "Benchmark page ${index}: ${topic}"
description: "A generated page about how to ${topic}, used only to measure the build and search at scale."
framework: ${framework}
order: ${1000 + index}
roles: [com, pom]
tags: [benchmark]
lastReviewed: "2026-11-22"
reviewDue: "2027-11-22"
sources:
  - section: "Benchmark ${index}"
---
## ${topic} in custody

The <Abbr term="POM" expand /> should ${topic} <Timescale id="${timescaleIds[index % timescaleIds.length]}" />. <Source section="Benchmark ${index}" />

<Callout type="must">Record what you decided and why, for page ${index}.</Callout>

## ${topic} in the community

The <Abbr term="COM" /> then checks the plan with the person on probation. ${'Each step is written in plain English for staff. '.repeat(12)}

| Who | What | When |
| --- | --- | --- |
| POM | ${topic} | Week ${index % 52} |
| COM | review | Month ${index % 12} |
`;
}

/** A plain-Markdown page (five headings, lists and a table, no components) that any Astro docs site can build. */
export function plainPageBody(index) {
  const topic = `${words[index % words.length]} ${words[(index * 7) % words.length]}`;
  const sentence = `Staff ${topic} and write down what they decided, when and why, so the next person can pick it up. `;
  return `Read this page to ${topic}. It is generated for the benchmark and says nothing about policy.

## Before you ${topic}

${sentence.repeat(3)}

- Check the record for page ${index}.
- Speak to the person's last offender manager.
- Note any risk the record shows.

## How to ${topic}

${sentence.repeat(2)}See [who to tell](#who-to-tell-on-page-${index}).

1. Open the case record.
2. Write the plan in plain English.
3. Agree the plan with your manager.

## Who to tell on page ${index}

| Who | What they need | When |
| --- | --- | --- |
| Offender manager | The plan | Week ${index % 52} |
| Manager | A summary | Month ${index % 12} |
| Prison | The release date | Before release |

## If something changes

${sentence.repeat(2)}

- Update the plan.
- Tell everyone in the table above.

## Keep a record

${sentence.repeat(2)}
`;
}

/** The plain page as a guidance page of this site: the same body under this site's front matter. */
function plainGuidancePage(framework, index) {
  return `---
title: "Plain benchmark page ${index}"
description: "A generated plain-Markdown page, used only to compare build times with Starlight."
framework: ${framework}
order: ${1000 + index}
roles: [com, pom]
lastReviewed: "2026-11-22"
reviewDue: "2027-11-22"
sources:
  - section: "Benchmark ${index}"
---
${plainPageBody(index)}`;
}

/**
 * Adds `pages` plain pages to the copy's guidance, spread over the real frameworks. The real pages stay: the process
 * maps link to them, and the site is compared as it is.
 */
export function generatePlainCorpus(projectRoot, pages) {
  const guidanceDir = path.join(projectRoot, 'src/content/guidance');
  for (let index = 0; index < pages; index += 1) {
    const framework = frameworks[index % frameworks.length];
    mkdirSync(path.join(guidanceDir, framework), { recursive: true });
    writeFileSync(path.join(guidanceDir, framework, `plain-${index}.mdx`), plainGuidancePage(framework, index));
  }
  rmSync(path.join(projectRoot, 'dist'), { recursive: true, force: true });
  return pages;
}

function stepState(id, name, index, { lane, kind, on = '', isFinal = false }) {
  return `    ${name}: {
      ${isFinal ? "type: 'final'," : ''}
      meta: {
        title: 'Benchmark ${id} step ${index + 1}',
        lane: '${lane}',
        kind: '${kind}',
        summary: 'A generated step used to measure the site at scale.',
        tasks: ['Do the first task', 'Do the second task'],
        ${index % 3 === 0 ? `timescale: '${timescaleIds[index % timescaleIds.length]}',` : ''}
        guidance: [],
        source: [{ framework: 'national-standards', section: '9.${(index % 3) + 1}' }],
        notes: ['A generated trainer note.'],
      },
      ${on}
    },`;
}

/**
 * A machine of about `steps` steps, like the real maps: decisions every fifth step, a loop back from every tenth, and
 * (from 20 steps) two strands of work in parallel between a fork and a join.
 */
function machineCode(id, steps) {
  const names = Array.from({ length: steps }, (_, index) => `step${index + 1}`);
  const lanes = ['pom', 'com', 'spo', 'chaplain'];
  const parallelAfter = steps >= 20 ? 10 : -1;
  const states = names.map((name, index) => {
    const isLast = index === steps - 1;
    const isDecision = !isLast && index % 5 === 4 && index + 2 < steps;
    const kind = index === 0 ? 'start' : isLast ? 'end' : isDecision ? 'decision' : 'activity';
    const next = index === parallelAfter ? 'strands' : names[index + 1];
    const loop =
      index % 10 === 9
        ? ` REDO: { target: '${names[index - 3]}', description: 'Go back to step ${index - 2} at ${name}' },`
        : '';
    const on = isLast
      ? ''
      : isDecision
        ? `on: { OPTION_A: { target: '${next}', description: 'First option at ${name}' }, OPTION_B: { target: '${names[index + 2]}', description: 'Second option at ${name}' },${loop} },`
        : `on: { NEXT: { target: '${next}', description: 'Done: go on from ${name}' } },`;
    return stepState(id, name, index, { lane: lanes[index % lanes.length], kind, on, isFinal: isLast });
  });
  if (parallelAfter >= 0) {
    const region = (key, lane, offset) => {
      const [first, second] = [`${key}First`, `${key}Second`];
      return `    ${key}: {
      meta: { title: 'Strand ${key}', summary: 'A generated strand of parallel work.', source: [{ framework: 'national-standards', section: '9.1' }] },
      initial: '${first}',
      states: {
    ${stepState(id, first, steps + offset, { lane, kind: 'activity', on: `on: { NEXT: { target: '${second}', description: 'Done: go on from ${first}' } },` })}
    ${stepState(id, second, steps + offset + 1, { lane, kind: 'activity', on: `on: { NEXT: { target: '${key}Done', description: 'Done: go on from ${second}' } },` })}
    ${stepState(id, `${key}Done`, steps + offset + 2, { lane, kind: 'wait', isFinal: true })}
      },
    },`;
    };
    states.push(`    strands: {
      type: 'parallel',
      meta: { title: 'Work in parallel', summary: 'Two generated strands of work at the same time.', source: [{ framework: 'national-standards', section: '9.1' }] },
      onDone: { target: '${names[parallelAfter + 1]}', description: 'Both strands complete' },
      states: {
${region('left', 'spo', 0)}
${region('right', 'chaplain', 3)}
      },
    },`);
  }
  return `const machine = setup({}).createMachine({
  id: '${id}',
  initial: 'step1',
  states: {
${states.join('\n')}
  },
});`;
}

/** A map file of about `steps` steps, as src/machines/<id>.ts: the machine above and its definition. */
export function machine(id, steps) {
  return `import { setup } from 'xstate';
import { defineProcess } from './authoring';

export ${machineCode(id, steps)}

export default defineProcess({
  title: 'Map ${id}',
  summary: 'A process map ${id} for the benchmark.',
  framework: 'national-standards',
  order: 1000,
  history: [],
  machine,
});
`;
}

/** The machine itself, for tests and benchmarks that run in-process: the code above, run with XState's setup. */
export function corpusMachine(id, steps, setup) {
  return new Function('setup', `${machineCode(id, steps)}\nreturn machine;`)(setup);
}

/** Replaces the copy's guidance and machines with generated ones; keeps its frameworks, glossary and learning path. */
export function generateCorpus(projectRoot, { pages, machines, steps }) {
  const guidanceDir = path.join(projectRoot, 'src/content/guidance');
  for (const framework of frameworks) {
    const dir = path.join(guidanceDir, framework);
    mkdirSync(dir, { recursive: true });
  }
  for (let index = 0; index < pages; index += 1) {
    const framework = frameworks[index % frameworks.length];
    writeFileSync(path.join(guidanceDir, framework, `benchmark-${index}.mdx`), guidancePage(framework, index));
  }
  const machineDir = path.join(projectRoot, 'src/machines');
  const ids = Array.from({ length: machines }, (_, index) => `benchmark-map-${index + 1}`);
  for (const id of ids) writeFileSync(path.join(machineDir, `${id}.ts`), machine(id, steps));
  rmSync(path.join(projectRoot, 'dist'), { recursive: true, force: true });
  return { guidancePages: pages, machines: ids.length, steps: ids.length * steps };
}
