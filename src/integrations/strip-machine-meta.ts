// The browser runs a map's machine only to know where each choice leads: the words of every step (its meta: title,
// summary, tasks, notes, links) are already on the page, built from the same machine at build time. This Vite plugin
// drops each state's `meta` from the machines in the browser's bundle, and every field but the machine from the map's
// `defineProcess({...})` (title, summary, history), so a map page does not download its text twice.
// The build's own copy (pages, search, checks) keeps every word.
import path from 'node:path';
import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const machinesFolder = `${path.sep}src${path.sep}machines${path.sep}`;
const notMachines = new Set(['index.ts', 'load.ts', 'authoring.ts']);

/** Whether a module is one process machine (src/machines/<id>.ts). */
export function isMachineModule(id: string): boolean {
  const file = id.split('?')[0]!;
  return file.includes(machinesFolder) && file.endsWith('.ts') && !notMachines.has(path.basename(file));
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** The values of a `defineProcess({…})` call's fields other than `machine`: the words about the map. */
function definitionWordRanges(node: Node): [number, number][] {
  const [input] = node.arguments as Node[];
  if (!isNode(input) || input.type !== 'ObjectExpression') return [];
  return (input.properties as Node[])
    .filter((property) => property.type === 'Property' && isNode(property.key) && property.key.name !== 'machine')
    .map((property) => [(property.value as Node).start, (property.value as Node).end]);
}

/** The source ranges of every `meta: {…}` property value in a program, outermost only, and of a map's words. */
export function metaRanges(program: Node): [number, number][] {
  const ranges: [number, number][] = [];
  const visit = (node: Node) => {
    if (
      node.type === 'CallExpression' &&
      isNode(node.callee) &&
      node.callee.type === 'Identifier' &&
      node.callee.name === 'defineProcess'
    )
      ranges.push(...definitionWordRanges(node));
    if (
      node.type === 'Property' &&
      isNode(node.key) &&
      (node.key.name === 'meta' || node.key.value === 'meta') &&
      isNode(node.value) &&
      node.value.type === 'ObjectExpression'
    ) {
      ranges.push([node.value.start, node.value.end]);
      return;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.filter(isNode).forEach(visit);
      else if (isNode(value)) visit(value);
    }
  };
  visit(program);
  return ranges;
}

/** The code with each range replaced by `{}`. */
export function emptyRanges(code: string, ranges: [number, number][]): string {
  return [...ranges]
    .sort((a, b) => b[0] - a[0])
    .reduce((out, [start, end]) => `${out.slice(0, start)}{}${out.slice(end)}`, code);
}

export function stripMachineMeta(): Plugin {
  return {
    name: 'hmpps-strip-machine-meta',
    // After TypeScript is compiled away, so the parser reads plain JavaScript.
    enforce: 'post',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    transform(code, id) {
      if (!isMachineModule(id)) return undefined;
      const ranges = metaRanges(this.parse(code) as unknown as Node);
      return ranges.length ? { code: emptyRanges(code, ranges), map: null } : undefined;
    },
  };
}
