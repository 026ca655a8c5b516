// Pure helpers for the walk-through: state values to step paths and back, and reading a step from the URL safely.
// No DOM and no zod here: this runs in the browser.
import { hrefOf } from '../url';

export type StateValue = string | { [key: string]: StateValue };

/** The atomic steps a state value is in: "a" → ["a"]; { p: { r1: "x", r2: "y" } } → ["p.r1.x", "p.r2.y"]. */
export function leafPaths(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix ? `${prefix}.${value}` : value];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
}

/** The inverse of leafPaths. */
export function stateValueFromPaths(paths: string[]): StateValue {
  if (paths.length === 1 && !paths[0]!.includes('.')) return paths[0]!;
  const root: { [key: string]: StateValue } = {};
  for (const path of paths) {
    const parts = path.split('.');
    // A top-level step is the whole state: it cannot be current alongside anything else.
    if (parts.length < 2) throw new Error(`"${path}" cannot be current at the same time as another step`);
    const leaf = parts.pop()!;
    const parentKey = parts.pop()!;
    let node = root;
    for (const part of parts) {
      if (node[part] === undefined) node[part] = {};
      if (typeof node[part] !== 'object') throw new Error(`"${path}" cannot be current at the same time as "${part}"`);
      node = node[part] as { [key: string]: StateValue };
    }
    // Two steps of one strand (region) cannot both be current.
    if (node[parentKey] !== undefined)
      throw new Error(`"${path}" cannot be current at the same time as another step in "${parentKey}"`);
    node[parentKey] = leaf;
  }
  return root;
}

export type StepParam = { kind: 'none' } | { kind: 'valid'; paths: string[] } | { kind: 'unknown'; text: string };

/** Reads `?step=` against the steps the map has: absent, valid (one or more comma-separated paths) or unknown. */
export function readStepParam(search: string, knownPaths: ReadonlySet<string>): StepParam {
  const raw = new URLSearchParams(search).get('step');
  if (raw === null || raw.trim() === '') return { kind: 'none' };
  const paths = raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (paths.length > 0 && paths.every((path) => knownPaths.has(path)))
    return { kind: 'valid', paths: [...new Set(paths)] };
  return { kind: 'unknown', text: raw.slice(0, 80) };
}

/** The URL for a set of current steps, keeping any other query parameters. */
export function urlWithSteps(href: string, paths: string[] | undefined): string {
  const url = new URL(href);
  if (paths && paths.length) url.searchParams.set('step', paths.join(','));
  else url.searchParams.delete('step');
  url.hash = '';
  return hrefOf(url);
}
