// Small machines for the layout's tests: steps in named lanes, written in one line each.
import { setup, type AnyStateMachine } from 'xstate';
import { describeMachine, type ProcessModel } from '../../../../src/lib/process-map/model';

const source = [{ framework: 'national-standards' as const, section: '9.1' }];

type Options = Record<string, string>;

/** A step: its title, lane and kind, and its options as { EVENT: 'target' } (the event in words is the option). */
export const step = (title: string, lane: string, kind: string, on: Options = {}) => ({
  meta: { title, lane, kind, summary: `${title}.`, source },
  on: Object.fromEntries(
    Object.entries(on).map(([event, target]) => [
      event,
      { target, description: event.toLowerCase().replace(/_/g, ' ') },
    ]),
  ),
});

/** A final step. */
export const end = (title: string, lane: string) => ({
  type: 'final' as const,
  meta: { title, lane, summary: `${title}.`, source },
});

/** The process model of a machine with these states, starting at the first. */
export function model(id: string, states: Record<string, object>): ProcessModel {
  // The states are built by `step` and `end` above, which the machine's config type cannot follow.
  const machine = setup({}).createMachine({ id, initial: Object.keys(states)[0]!, states: states as never });
  return describeMachine(machine as unknown as AnyStateMachine);
}
