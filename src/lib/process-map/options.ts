// What a walk-through can do next, and what the diagram should mark: pure, shared by the walk-through and presenter.
import { getNextTransitions, type AnyMachineSnapshot } from 'xstate';

export interface Option {
  event: string;
  label: string;
}

/** The options open at a snapshot: each event once, labelled as the machine describes it, and only if it can be taken. */
export function availableOptions(snapshot: AnyMachineSnapshot): Option[] {
  const seen = new Set<string>();
  const options: Option[] = [];
  for (const transition of getNextTransitions(snapshot)) {
    const event = transition.eventType as string;
    if (seen.has(event) || event.startsWith('xstate.') || !snapshot.can({ type: event })) continue;
    seen.add(event);
    options.push({ event, label: transition.description ?? event });
  }
  return options;
}

export interface DiagramEdge {
  from: string;
  to: string;
  event: string;
}

export interface DiagramHighlight {
  current: Set<string>;
  /** Steps passed through on the way here (not current). */
  visited: Set<string>;
  /** Steps the open options lead to. */
  next: Set<string>;
  /** Indexes into the edges: connectors followed so far, and connectors the open options would follow. */
  takenEdges: Set<number>;
  optionEdges: Set<number>;
}

/** What to mark on the diagram for a walk: the current steps, the path taken (as steps and connectors) and the options. */
export function diagramHighlight(
  edges: readonly DiagramEdge[],
  trail: readonly (readonly string[])[],
  options: readonly Pick<Option, 'event'>[],
): DiagramHighlight {
  const current = new Set(trail[trail.length - 1] ?? []);
  const visited = new Set(trail.flat().filter((path) => !current.has(path)));
  const events = new Set(options.map((option) => option.event));
  const takenEdges = new Set<number>();
  const optionEdges = new Set<number>();
  const next = new Set<string>();
  edges.forEach((edge, index) => {
    for (let step = 1; step < trail.length; step += 1)
      if (trail[step - 1]!.includes(edge.from) && trail[step]!.includes(edge.to) && !trail[step - 1]!.includes(edge.to))
        takenEdges.add(index);
    if (current.has(edge.from) && events.has(edge.event)) {
      optionEdges.add(index);
      next.add(edge.to);
    }
  });
  return { current, visited, next, takenEdges, optionEdges };
}

/**
 * "Path so far: 3 steps": how far along the path taken the walk is (1 at the start). Not "Step 3", which would read as
 * a second number for the step beside the one it has.
 */
export function progressOnPath(trailLength: number): string {
  const steps = Math.max(1, trailLength);
  return `Path so far: ${steps} ${steps === 1 ? 'step' : 'steps'}`;
}
