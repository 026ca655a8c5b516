// Paths through a process machine that a person can take: only the events they choose, never XState's internal ones.
import { getNextTransitions, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { getShortestPaths } from 'xstate/graph';

export function chosenEvents(snapshot: AnyMachineSnapshot): { type: string }[] {
  const types = new Set(
    getNextTransitions(snapshot)
      .map((transition) => transition.eventType)
      .filter((type) => !type.startsWith('xstate.')),
  );
  return [...types].map((type) => ({ type }));
}

/** The shortest path to every state, taking only chosen events; the machines carry no context, so a state is its value. */
export function shortestUserPaths(machine: AnyStateMachine) {
  return getShortestPaths(machine, {
    serializeState: (snapshot) => JSON.stringify(snapshot.value),
    events: (snapshot) => chosenEvents(snapshot as AnyMachineSnapshot),
  });
}
