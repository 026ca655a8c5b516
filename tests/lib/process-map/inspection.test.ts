// The inspector log: one line per event staff chose and per state reached, nothing for XState's own events.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { toInspectorEntry, type InspectorEntry } from '../../../src/lib/process-map/inspection';
import { enforcement } from '../../../src/machines/enforcement';

describe('toInspectorEntry', () => {
  it('logs an event by its type', () => {
    expect(toInspectorEntry({ type: '@xstate.event', event: { type: 'LETTER_SENT' } })).toEqual({
      kind: 'event',
      text: 'Event LETTER_SENT',
    });
  });

  it('logs a snapshot by the state it is in', () => {
    expect(toInspectorEntry({ type: '@xstate.snapshot', snapshot: { value: { p: { r1: 'x' } } } })).toEqual({
      kind: 'transition',
      text: 'State {"p":{"r1":"x"}}',
    });
  });

  it('ignores XState’s own events and anything else it does not show', () => {
    expect(toInspectorEntry({ type: '@xstate.event', event: { type: 'xstate.init' } })).toBeUndefined();
    expect(toInspectorEntry({ type: '@xstate.event', event: {} })).toBeUndefined();
    expect(toInspectorEntry({ type: '@xstate.snapshot', snapshot: { status: 'active' } })).toBeUndefined();
    expect(toInspectorEntry({ type: '@xstate.actor' })).toBeUndefined();
    expect(toInspectorEntry({ type: '@xstate.microstep', event: { type: 'LETTER_SENT' } })).toBeUndefined();
  });

  it('logs a walk through the enforcement map as the events chosen and the steps reached', () => {
    const entries: InspectorEntry[] = [];
    const actor = createActor(enforcement, {
      inspect: (inspection) => {
        const entry = toInspectorEntry(inspection);
        if (entry) entries.push(entry);
      },
    });
    actor.start();
    actor.send({ type: 'ORDER_OR_PSS' });
    actor.send({ type: 'NO_IMMEDIATE_CONCERN' });
    const walked = [...entries];
    actor.stop();
    expect(walked).toEqual([
      { kind: 'transition', text: 'State "failureToComply"' },
      { kind: 'event', text: 'Event ORDER_OR_PSS' },
      { kind: 'transition', text: 'State "checkPublicProtection"' },
      { kind: 'event', text: 'Event NO_IMMEDIATE_CONCERN' },
      { kind: 'transition', text: 'State "sendWarningLetter"' },
    ]);
  });
});
