// The graph the layout phases work on: a node per step and per fork or join bar, and the legs between them; each
// transition of the machine becomes one leg, or two when it passes through a fork or join bar.
import type { RoleId } from '../../roles';
import type { ProcessModel } from '../model';

/** What the layout needs of a process model: its steps, groups and start, not the numbers it derives from the layout. */
export type FlowModel = Pick<ProcessModel, 'id' | 'steps' | 'groups' | 'initialPaths'>;

export interface GraphNode {
  id: string;
  /** Position in the machine as written: every tie in the layout is broken by it, so the layout is deterministic. */
  index: number;
  /** The step's lane; undefined for a fork or join bar, which spans the lanes of the strands it splits or joins. */
  lane?: RoleId;
  gateway?: { kind: 'fork' | 'join'; group: string };
}

export interface Leg {
  key: string;
  from: string;
  to: string;
  /** Goes back up the flow, to a step the flow reaches first (a loop); set by the layer phase. */
  isBack: boolean;
}

export interface Transition {
  from: string;
  to: string;
  event: string;
  /** The option in words, when the step has more than one way on. */
  label?: string;
  legs: Leg[];
  gateway?: { kind: 'fork' | 'join'; group: string };
}

export interface LayoutGraph {
  nodes: GraphNode[];
  legs: Leg[];
  transitions: Transition[];
  /** The steps current when the process starts. */
  starts: string[];
}

/** The deepest parallel group holding every one of the paths. */
function parallelGroupOf(model: FlowModel, paths: string[]): string | undefined {
  return model.groups
    .filter((group) => group.isParallel && paths.every((path) => path.startsWith(`${group.path}.`)))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}

/** Steps, fork and join bars, and the legs between them, in the order the machine is written. */
export function buildGraph(model: FlowModel): LayoutGraph {
  const nodes = new Map<string, GraphNode>();
  model.steps.forEach((step, index) => nodes.set(step.path, { id: step.path, index, lane: step.meta.lane }));
  const legs = new Map<string, Leg>();
  const leg = (from: string, to: string, key = `${from}\u0000${to}`) => {
    if (!legs.has(key)) legs.set(key, { key, from, to, isBack: false });
    return legs.get(key)!;
  };
  const gateway = (id: string, index: number, kind: 'fork' | 'join', group: string) => {
    if (!nodes.has(id)) nodes.set(id, { id, index: index + 0.5, gateway: { kind, group } });
    return id;
  };
  const transitions: Transition[] = [];
  const seen = new Set<string>();
  for (const [index, step] of model.steps.entries()) {
    const events = new Set(step.outcomes.map((outcome) => outcome.event));
    for (const outcome of step.outcomes) {
      const label = events.size > 1 ? outcome.label : undefined;
      const fork = outcome.targets.length > 1 ? parallelGroupOf(model, outcome.targets) : undefined;
      const done = /^xstate\.done\.state\.(.+)$/.exec(outcome.event)?.[1];
      const completed = done?.startsWith(`${model.id}.`) ? done.slice(model.id.length + 1) : undefined;
      const join = model.groups.find((group) => group.isParallel && group.path === completed)?.path;
      for (const to of outcome.targets) {
        const key = `${step.path}\u0000${outcome.event}\u0000${to}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const transition = { from: step.path, to, event: outcome.event, label };
        if (fork !== undefined) {
          const bar = gateway(`fork:${step.path}:${outcome.event}`, index, 'fork', fork);
          transitions.push({
            ...transition,
            legs: [leg(step.path, bar), leg(bar, to)],
            gateway: nodes.get(bar)!.gateway,
          });
        } else if (join !== undefined) {
          const bar = gateway(`join:${join}:${to}`, index, 'join', join);
          transitions.push({
            ...transition,
            legs: [leg(step.path, bar), leg(bar, to)],
            gateway: nodes.get(bar)!.gateway,
          });
        } else transitions.push({ ...transition, legs: [leg(step.path, to)] });
      }
    }
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => a.index - b.index),
    legs: [...legs.values()],
    transitions,
    starts: model.initialPaths,
  };
}

/** Legs by the node they leave and the node they enter. */
export function adjacency(legs: readonly Leg[]): { outgoing: Map<string, Leg[]>; incoming: Map<string, Leg[]> } {
  const outgoing = new Map<string, Leg[]>();
  const incoming = new Map<string, Leg[]>();
  for (const leg of legs) {
    outgoing.set(leg.from, [...(outgoing.get(leg.from) ?? []), leg]);
    incoming.set(leg.to, [...(incoming.get(leg.to) ?? []), leg]);
  }
  return { outgoing, incoming };
}
