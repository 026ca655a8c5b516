// The machine authoring kit: what it derives at run time, and (checked by `astro check`) what it refuses in the editor.
import { setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { describeMachine } from '../../src/lib/process-map/model';
import { guidanceLinkSchema } from '../../src/lib/process-map/schema';
import { timescaleRegistry } from '../../src/lib/timescales/registry';
import { citeIn, guidancePage, processMeta } from '../../src/machines/authoring';
import { processes } from '../../src/machines';

const ns = citeIn('national-standards');
const enforcementPage = guidancePage('national-standards/09-enforcing-the-sentence');

const machine = setup({ types: { meta: processMeta, events: {} as { type: 'DONE' } } }).createMachine({
  id: 'kit-example',
  initial: 'sendLetter',
  states: {
    sendLetter: {
      meta: {
        title: 'Send a letter',
        lane: 'com',
        kind: 'start',
        summary: 'Send the letter.',
        timescale: 'ns-9.1-letter',
        guidance: [enforcementPage.section('Send a letter after a failure to comply')],
        source: [ns('9.1')],
      },
      on: { DONE: { target: 'letterSent', description: 'Letter sent' } },
    },
    letterSent: { type: 'final', meta: { title: 'Letter sent', lane: 'com', summary: 'Done.', source: [ns('9.1')] } },
  },
});

describe('the machine authoring kit', () => {
  const model = describeMachine(machine);

  it('makes a top-level final state the end of the process without writing kind "end"', () => {
    expect(model.steps.map((step) => [step.key, step.meta.kind])).toEqual([
      ['sendLetter', 'start'],
      ['letterSent', 'end'],
    ]);
  });

  it('leaves tasks, guidance and notes to the schema’s defaults', () => {
    expect(model.steps[1]!.meta).toMatchObject({ tasks: [], guidance: [], notes: [] });
  });

  it('gives the step the whole registry entry for the timescale it names', () => {
    expect(model.steps[0]!.meta.timescale).toEqual({ id: 'ns-9.1-letter', ...timescaleRegistry['ns-9.1-letter'] });
  });

  it('cites a section of a source and links to a heading by the anchor the page gives it', () => {
    expect(model.steps[0]!.meta.source).toEqual([{ framework: 'national-standards', section: '9.1' }]);
    expect(model.steps[0]!.meta.guidance[0]).toEqual({
      page: 'national-standards/09-enforcing-the-sentence',
      text: 'Send a letter after a failure to comply',
      anchor: 'send-a-letter-after-a-failure-to-comply',
    });
    const anchorOf = (heading: string) =>
      guidanceLinkSchema.parse(guidancePage('waspi-jip/evaluation').section(heading)).anchor;
    expect(anchorOf('Cardiff University’s evaluation (2023)')).toBe('cardiff-universitys-evaluation-2023');
    // Astro makes heading ids with github-slugger, which keeps letters outside A to Z.
    expect(anchorOf('Café culture: a résumé')).toBe('café-culture-a-résumé');
  });
});

// Type-level checks: each line below must be a type error, or `astro check` fails on the unused directive.
export const refusedInTheEditor = setup({ types: { meta: processMeta } }).createMachine({
  id: 'refused',
  initial: 'a',
  states: {
    // @ts-expect-error "comm" is not a role
    a: { meta: { title: 'A', lane: 'comm', kind: 'activity', summary: 'A.', source: [ns('9.1')] } },
    // @ts-expect-error "end" is never written: a final state is the end
    b: { meta: { title: 'B', lane: 'com', kind: 'end', summary: 'B.', source: [ns('9.1')] } },
    // @ts-expect-error a timescale is a registry id, not an amount written on the step
    c: { meta: { title: 'C', lane: 'com', summary: 'C.', timescale: { amount: 2, unit: 'days' }, source: [] } },
    // @ts-expect-error an id the registry does not have
    d: { meta: { title: 'D', lane: 'com', summary: 'D.', timescale: 'ns-9.1-no-such-thing', source: [] } },
  },
});

describe('map steps and the timescale registry', () => {
  it('put a step in the lane of the role its timescale names, where the source names one', () => {
    const mismatches = processes.flatMap((process) =>
      describeMachine(process.machine)
        .steps.filter((step) => step.meta.timescale?.who && step.meta.timescale.who !== step.meta.lane)
        .map((step) => `${process.id}/${step.path}: lane ${step.meta.lane}, timescale ${step.meta.timescale!.who}`),
    );
    expect(mismatches).toEqual([]);
  });
});
