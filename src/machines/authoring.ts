// The kit for writing a process map: typed step meta for `setup({ types: { meta } })`, and one helper each for
// citations and guidance links, so a wrong lane, kind or timescale id is a type error in the editor.
import type { z } from 'zod';
import type { groupMetaSchema, stepMetaSchema, StepKind } from '../lib/process-map/schema';
import type { FrameworkId } from '../lib/schemas';

/** The kinds a step may be given. "end" is never written: a top-level `type: 'final'` state is the end. */
export type WrittenStepKind = Exclude<StepKind, 'end'>;

/** A step's meta as written: `tasks`, `guidance` and `notes` may be left out; `timescale` is a registry id. */
export type StepMetaInput = Omit<z.input<typeof stepMetaSchema>, 'kind'> & { kind?: WrittenStepKind };

/** A group's (parallel or compound state's) meta: a title, a summary and its source, never a lane or a kind. */
export type GroupMetaInput = z.input<typeof groupMetaSchema> & {
  lane?: never;
  kind?: never;
  timescale?: never;
  tasks?: never;
  guidance?: never;
};

export type ProcessMeta = StepMetaInput | GroupMetaInput;

/** Pass as `types.meta` to `setup`: `setup({ types: { events: {} as Events, meta: processMeta } })`. */
export const processMeta = {} as ProcessMeta;

/** Citations of one source: `const ns = citeIn('national-standards'); source: [ns('9.1')]`. */
export function citeIn(framework: FrameworkId) {
  return (section: string) => ({ framework, section });
}

/** The anchor a guidance heading gets on its page: lower case, punctuation dropped, spaces as hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/\s/g, '-');
}

/**
 * Links to one guidance page: `guide.section('Send a letter')` links to that heading, named as the heading is;
 * `guide.page('Reviewing progress')` links to the top of the page.
 */
export function guidancePage(page: `${FrameworkId}/${string}`) {
  return {
    section: (heading: string) => ({ page, text: heading, anchor: headingAnchor(heading) }),
    page: (text: string) => ({ page, text }),
  };
}
