// The kit for writing a process map: `defineProcess` for the map's one definition, typed step meta for
// `setup({ types: { meta } })`, and one helper each for citations, guidance links and change notes, so a wrong lane,
// kind or timescale id is a type error in the editor.
import type { AnyStateMachine } from 'xstate';
import type { z } from 'zod';
import type { MapChangeNote } from '../lib/history';
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

/** What a map's file writes: everything about the map except its id, which is the machine's own `id`. */
export interface ProcessInput {
  /** The map's name in lists, headings and search. */
  title: string;
  /** One or two sentences on what the map covers; never a time amount. */
  summary: string;
  /** The source document the map is written from: a file name in src/content/frameworks/. */
  framework: FrameworkId;
  /** The map's place in the lists of maps (home page, /process-maps/): lower comes first. */
  order: number;
  /** This site's dated notes of what changed on the map, oldest first; add new notes at the end. */
  history: MapChangeNote[];
  machine: AnyStateMachine;
}

/** A map as its file defines it: the input, with the id read from the machine, so the id is written once. */
export interface ProcessFile extends ProcessInput {
  id: string;
}

/**
 * A map's one definition, the default export of `src/machines/<id>.ts`: the registry (`index.ts`) collects every file,
 * and a test checks that the file is named after the machine's id.
 */
export function defineProcess(input: ProcessInput): ProcessFile {
  return { id: input.machine.id, ...input };
}

/** The first note of every map. */
export const firstPublished = (day: string): MapChangeNote => ({
  date: day,
  note: 'Map first published on this site.',
});

/** The note of the day a map's steps began linking to guidance headings rather than pages. */
export const linkedToGuidanceSections = (day: string): MapChangeNote => ({
  date: day,
  note: 'Each step now links to the section of the guidance that explains it.',
});

/** A note that changed only some steps (state paths): the map marks those "Changed" while it is the newest note. */
export const stepsChanged = (day: string, note: string, steps: string[]): MapChangeNote => ({ date: day, note, steps });
