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

/** A stretch of source to replace, and what with. */
export type Edit = [start: number, end: number, replacement: string];

/** A `defineProcess({…})` call's fields other than `machine` (the words about the map), each removed with its comma. */
function definitionWordEdits(node: Node): Edit[] {
  const [input] = node.arguments as Node[];
  if (!isNode(input) || input.type !== 'ObjectExpression') return [];
  const properties = input.properties as Node[];
  return properties.flatMap((property, index): Edit[] =>
    property.type === 'Property' && isNode(property.key) && property.key.name !== 'machine'
      ? [[property.start, properties[index + 1]?.start ?? property.end, '']]
      : [],
  );
}

/** Every `meta: {…}` property value in a program, outermost only, emptied to `{}`, and a map's words, removed. */
export function metaEdits(program: Node): Edit[] {
  const edits: Edit[] = [];
  const visit = (node: Node) => {
    if (
      node.type === 'CallExpression' &&
      isNode(node.callee) &&
      node.callee.type === 'Identifier' &&
      node.callee.name === 'defineProcess'
    )
      edits.push(...definitionWordEdits(node));
    if (
      node.type === 'Property' &&
      isNode(node.key) &&
      (node.key.name === 'meta' || node.key.value === 'meta') &&
      isNode(node.value) &&
      node.value.type === 'ObjectExpression'
    ) {
      edits.push([node.value.start, node.value.end, '{}']);
      return;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.filter(isNode).forEach(visit);
      else if (isNode(value)) visit(value);
    }
  };
  visit(program);
  return edits;
}

/** The code with each edit made. */
export function applyEdits(code: string, edits: Edit[]): string {
  return [...edits]
    .sort((a, b) => b[0] - a[0])
    .reduce((out, [start, end, replacement]) => `${out.slice(0, start)}${replacement}${out.slice(end)}`, code);
}

export function stripMachineMeta(): Plugin {
  return {
    name: 'hmpps-strip-machine-meta',
    // After TypeScript is compiled away, so the parser reads plain JavaScript.
    enforce: 'post',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    transform(code, id) {
      if (!isMachineModule(id)) return undefined;
      const edits = metaEdits(this.parse(code) as unknown as Node);
      return edits.length ? { code: applyEdits(code, edits), map: null } : undefined;
    },
  };
}
