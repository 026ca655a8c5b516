// Generates a large synthetic corpus for the benchmark: guidance pages for the real frameworks and process machines
// of about 30 steps, written into a copy of the project so they go through the same collections and components.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What a copy of the project needs to build: the Mermaid drawing step runs scripts/browser.mjs. */
export const projectEntries = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'public', 'scripts', 'src'];

/**
 * Gives a copy of the project the original's installed packages without sharing its build caches: Astro keeps its
 * content store in node_modules/.astro and Vite its dependency cache in node_modules/.vite, and a copy reading the
 * real site's store would build the wrong pages. Of node_modules/.cache it shares only the unpacked Chromium: the
 * Mermaid drawings kept there would make a copy's first build a warm one.
 */
export function linkPackages(fromRoot, projectRoot) {
  const packages = path.join(projectRoot, 'node_modules');
  mkdirSync(path.join(packages, '.cache'), { recursive: true });
  for (const name of readdirSync(path.join(fromRoot, 'node_modules')))
    if (!['.astro', '.vite', '.cache'].includes(name))
      symlinkSync(path.join(fromRoot, 'node_modules', name), path.join(packages, name));
  const chromium = path.join(fromRoot, 'node_modules/.cache/hmpps-chromium');
  if (existsSync(chromium)) symlinkSync(chromium, path.join(packages, '.cache/hmpps-chromium'));
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

// The scale corpus (`npm run bench -- --scale`): pages that look like the real guidance to every step of the build.
// Their words are drawn from the real guidance pages, so the search index grows as a real one would, plus a few
// words of each page's own (names of places, forms and systems), so the vocabulary keeps growing with the pages.

/** A small seeded random number generator (mulberry32), so a corpus of a given size is the same every run. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

// Words that could make a time amount ("two days") or a number in prose, which the build refuses: never generated.
const timeWords =
  /^(?:\d.*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|half|a|an|hours?|days?|weeks?|months?|years?|fortnights?|working|business|daily|weekly|monthly|annually|yearly)$/;

/**
 * The real guidance pages' prose as a list of lower-case words, in the order they occur (so common words come up
 * often and rare ones rarely, as in real text): front matter, components, code and acronyms left out.
 */
export function realVocabulary(projectRoot) {
  const dir = path.join(projectRoot, 'src/content/guidance');
  const words = [];
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.mdx')) continue;
    const body = readFileSync(path.join(dir, file), 'utf8')
      .replace(/^---\n[\s\S]*?\n---/, '')
      .replace(/```[\s\S]*?```/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\{[^}]*\}/g, ' ');
    for (const word of body.match(/[A-Za-z][a-z]+(?:-[a-z]+)*/g) ?? [])
      if (!timeWords.test(word.toLowerCase())) words.push(word.toLowerCase());
  }
  return words;
}

const syllables =
  'bar ton wick ley ham ford stow mere dale holt brook ash well by thorpe ing croft field gate vale'.split(' ');

/** A made-up word of the page's own (a place, form or system name), so vocabulary grows with the corpus. */
function ownWord(random) {
  const count = 2 + Math.floor(random() * 2);
  return Array.from({ length: count }, () => syllables[Math.floor(random() * syllables.length)]).join('');
}

const glossaryIds = ['POM', 'COM', 'SPO', 'MAPPA', 'OMU', 'ROSH', 'HMPPS', 'PDU', 'DPIA', 'ISA'];
const roleIds = ['pom', 'com', 'spo', 'pso', 'omu', 'governor', 'chaplain'];

/** A generated corpus page, with the components, citations and diagrams real pages have. */
export function scalePage({ framework, index, sections, vocabulary, maps }) {
  const random = seededRandom(index + 1);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const own = Array.from({ length: 4 }, () => ownWord(random));
  const phrase = (length) => Array.from({ length }, () => (random() < 0.04 ? pick(own) : pick(vocabulary))).join(' ');
  const sentence = () => {
    const text = phrase(8 + Math.floor(random() * 14));
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const cited = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(sections));
  // One citation under each heading (the build refuses the same section cited twice in a row under one heading).
  const source = (position) => `<Source section="${cited[position % cited.length].section}" />`;
  const term = () => `<Abbr term="${pick(glossaryIds)}" />`;
  const timescale = () => `<Timescale id="${pick(timescaleIds)}" />`;
  const paragraph = () => `${sentence()} The ${term()} should ${phrase(5)} ${timescale()}. ${sentence()} ${sentence()}`;
  const title = `${phrase(4)} ${pick(own)}`;
  const headings = Array.from(
    { length: 3 + Math.floor(random() * 4) },
    (_, position) => `${phrase(3)} ${position + 1}`,
  );
  const body = headings.map((heading, position) => {
    const parts = [
      `## ${heading[0].toUpperCase()}${heading.slice(1)}`,
      paragraph(),
      `${paragraph()} ${source(position)}`,
    ];
    if (position === 0) parts.push(`The <Abbr term="${pick(glossaryIds)}" expand /> ${phrase(10)}.`);
    if (position === 1)
      parts.push(
        `<Callout type="${pick(['must', 'should', 'note'])}">${sentence()}</Callout>`,
        Array.from({ length: 4 }, () => `- ${phrase(6)}`).join('\n'),
      );
    if (position === 2 && index % 4 === 0)
      parts.push(
        `| Who | What | When |\n| --- | --- | --- |\n${Array.from({ length: 3 }, () => `| ${term()} | ${phrase(4)} | ${timescale()} |`).join('\n')}`,
      );
    if (position === 1 && maps.length && index % 10 === 0)
      parts.push(`<ProcessMapCard id="${maps[index % maps.length]}" />`);
    if (position === 2 && index % 20 === 0)
      parts.push(`\`\`\`mermaid
flowchart TD
  accTitle: How to ${phrase(3)} on page ${index}
  accDescr: The ${phrase(6)} goes to a decision, then one of two next steps.
  start[${phrase(3)}] --> check{${phrase(2)}?}
  check -->|Yes| yes[${phrase(3)} {{${pick(timescaleIds)}}}]
  check -->|No| no[${phrase(3)}]
\`\`\``);
    return parts.join('\n\n');
  });
  return `---
title: "${title[0].toUpperCase()}${title.slice(1)}"
description: "How to ${phrase(10)}, for page ${index} of the generated corpus."
framework: ${framework}
order: ${1000 + index}
roles: [${[...new Set([pick(roleIds), pick(roleIds)])].join(', ')}]
tags: [${phrase(2).split(' ').join(', ')}]
lastReviewed: "2026-11-22"
reviewDue: "2027-11-22"
sources:
${cited.map((section) => `  - section: "${section.section}"\n    title: "${section.title.replace(/"/g, "'")}"`).join('\n')}
lastUpdated: "2026-12-01"
history:
  - date: "2026-11-23"
    note: First published on this site, written from the source document.
  - date: "2026-12-01"
    note: "${sentence()}"
---
${body.join('\n\n')}
`;
}

/** The numbered sections of each framework's source document, as the content tests list them. */
function frameworkSections(projectRoot) {
  return Object.fromEntries(
    frameworks.map((framework) => {
      const file = path.join(projectRoot, 'tests/content/sections', `${framework}.json`);
      return [framework, JSON.parse(readFileSync(file, 'utf8')).sections];
    }),
  );
}

/**
 * Writes `pages` scale pages into `contentDir` (a copy of src/content's guidance folders) and `machines` maps of
 * `steps` steps; `sourceRoot` is the project the words and sections are read from. Returns what was written.
 */
export function generateScaleCorpus(projectRoot, { pages, machines, steps = 30, sourceRoot = projectRoot }) {
  const vocabulary = realVocabulary(sourceRoot);
  const sections = frameworkSections(sourceRoot);
  const { machines: mapCount } = generateCorpus(projectRoot, { pages: 0, machines, steps });
  const maps = Array.from({ length: mapCount }, (_, index) => `benchmark-map-${index + 1}`);
  const guidanceDir = path.join(projectRoot, 'src/content/guidance');
  const files = [];
  for (let index = 0; index < pages; index += 1) {
    const framework = frameworks[index % frameworks.length];
    const file = path.join(guidanceDir, framework, `scale-${index}.mdx`);
    writeFileSync(file, scalePage({ framework, index, sections: sections[framework], vocabulary, maps }));
    files.push(file);
  }
  return { files, maps };
}
