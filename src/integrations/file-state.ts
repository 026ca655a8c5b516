// Whether a built file is the one an earlier build read or wrote, without reading it: the same size, modification and
// change times and inode, as git's index tells a file unchanged. A page kept in dist/ from the last build
// (src/integrations/page-cache.ts) keeps all four; one Astro wrote again changes at least its times.
import { stat } from 'node:fs/promises';

export interface FileState {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export const stateOf = ({ size, mtimeMs, ctimeMs, ino }: FileState): FileState => ({ size, mtimeMs, ctimeMs, ino });

/** The file's state now, or undefined if it is not there. */
export const fileState = (file: string) => stat(file).then(stateOf, () => undefined);

export const sameState = (a: FileState | undefined, b: FileState | undefined) =>
  !!a && !!b && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
