// Reads an XState machine into the process model every view derives from: steps in order, lanes, and labelled outcomes.
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { findTimeAmounts } from '../content/time-amounts';
import type { RoleId } from '../roles';
import { flowNumbers } from './numbering';
import { groupMetaSchema, stepMetaSchema, type GroupMeta, type StepMeta } from './schema';

export interface Outcome {
  event: string;
  /** The option in words, e.g. "Acceptable explanation given". */
  label: string;
  /** Step paths the outcome leads to (more than one when it enters a parallel state). */
  targets: string[];
  guard?: string;
  /** Happens by itself when a strand of parallel work is complete, rather than being chosen. */
  isAutomatic?: boolean;
}

export interface Step {
  /** The state path, dot-separated: "recall.considerAlternatives". Used in anchors and URLs. */
  path: string;
  key: string;
  /**
   * The step's number, 1 to N in the order the process flows: row by row down the diagram, left to right in a row.
   * The diagram's box, the procedure, the walk-through, presenter mode and search all show this one number.
   */
  number: number;
  meta: StepMeta;
  outcomes: Outcome[];
  /** The titles of the groups this step sits inside, outermost first. */
  groups: string[];
  /** Set when the step is one of several that run at the same time. */
  parallelGroup?: string;
  isFinal: boolean;
}

export interface StepGroup {
  path: string;
  meta: GroupMeta;
  isParallel: boolean;
  children: string[];
}

export interface ProcessModel {
  id: string;
  steps: Step[];
  groups: StepGroup[];
  /** Roles in the order they first act. */
  lanes: RoleId[];
  initialPaths: string[];
}

export class ProcessMapError extends Error {}

function nodePath(node: AnyStateNode): string {
  return node.path.join('.');
}

/** The atomic steps a transition lands on: entering a compound state lands on its initial child; a parallel one on every region's. */
export function entryLeaves(node: AnyStateNode): AnyStateNode[] {
  if (node.type === 'parallel') return Object.values(node.states).flatMap(entryLeaves);
  if (node.type === 'compound') {
    const initialTarget = node.initial?.target?.[0];
    if (!initialTarget) throw new ProcessMapError(`state "${nodePath(node)}" has no initial step`);
    return entryLeaves(initialTarget);
  }
  return [node];
}

/** What follows when a nested final state completes its group: the group's (or, for a region, the parallel state's) onDone. */
function completionOutcomes(node: AnyStateNode): Outcome[] {
  const region = node.parent;
  const completes = region?.parent?.type === 'parallel' ? region.parent : region;
  if (!completes) return [];
  const event = `xstate.done.state.${completes.id}`;
  return (completes.transitions.get(event) ?? []).map((transition) => ({
    event,
    label: transition.description ?? 'When this work is complete',
    targets: (transition.target ?? []).flatMap(entryLeaves).map(nodePath),
    isAutomatic: true,
  }));
}

function describeIssues(
  machineId: string,
  path: string,
  error: { issues: { path: PropertyKey[]; message: string }[] },
): string {
  return error.issues
    .map(
      (issue) =>
        `machine "${machineId}", state "${path}", field "meta.${issue.path.map(String).join('.') || '(all)'}": ${issue.message}`,
    )
    .join('\n');
}

/**
 * Time amounts written in a step's words: a step takes its timescale from the registry through `timescale`, so an
 * amount in its title, summary, tasks, notes or options would be a second copy that can drift.
 */
function proseAmountProblems(machineId: string, path: string, fields: Record<string, string>): string[] {
  return Object.entries(fields).flatMap(([field, text]) =>
    findTimeAmounts(text).map(
      (amount) =>
        `machine "${machineId}", state "${path}", field "${field}": "${amount.text}" is a time amount written in prose: ` +
        'say it without the amount, and give the step its registry entry with `timescale: "<id>"` ' +
        '(src/lib/timescales/registry.ts; add the entry, citing its source section, if the source sets a timescale ' +
        'the registry lacks): the map shows the amount from there',
    ),
  );
}

/** Each piece of prose in a step's or group's meta, by field path: "meta.summary", "meta.tasks.0". */
function metaProse(meta: {
  title: string;
  summary: string;
  tasks?: string[];
  notes: string[];
  guidance?: { text: string }[];
}) {
  const fields: Record<string, string> = { 'meta.title': meta.title, 'meta.summary': meta.summary };
  meta.tasks?.forEach((task, index) => (fields[`meta.tasks.${index}`] = task));
  meta.notes.forEach((note, index) => (fields[`meta.notes.${index}`] = note));
  meta.guidance?.forEach((link, index) => (fields[`meta.guidance.${index}.text`] = link.text));
  return fields;
}

/** Walks the machine in the order its states are written, validating every meta. Throws one error listing every problem. */
export function describeMachine(machine: AnyStateMachine): ProcessModel {
  const id = machine.id;
  const problems: string[] = [];
  const steps: Step[] = [];
  const groups: StepGroup[] = [];

  const visit = (node: AnyStateNode, groupTitles: string[], parallelGroup?: string) => {
    const path = nodePath(node);
    const children = Object.values(node.states);
    if (children.length > 0) {
      const parsed = groupMetaSchema.safeParse(node.meta ?? {});
      if (!parsed.success) {
        problems.push(describeIssues(id, path, parsed.error));
        return;
      }
      problems.push(...proseAmountProblems(id, path, metaProse(parsed.data)));
      const isParallel = node.type === 'parallel';
      groups.push({ path, meta: parsed.data, isParallel, children: children.map(nodePath) });
      for (const child of children) {
        visit(child, [...groupTitles, parsed.data.title], isParallel ? parsed.data.title : parallelGroup);
      }
      return;
    }
    // A final state's kind follows from its type: the end of the process at the top, a finished strand inside a group.
    const written = (node.meta ?? {}) as Record<string, unknown>;
    const derivedKind = node.type === 'final' && node.parent === machine.root ? 'end' : 'wait';
    const parsed = stepMetaSchema.safeParse(
      node.type === 'final' && written.kind === undefined ? { ...written, kind: derivedKind } : written,
    );
    if (!parsed.success) {
      problems.push(describeIssues(id, path, parsed.error));
      return;
    }
    problems.push(...proseAmountProblems(id, path, metaProse(parsed.data)));
    const outcomes: Outcome[] = [];
    for (const [event, transitions] of node.transitions) {
      for (const transition of transitions) {
        if (!transition.description) {
          problems.push(
            `machine "${id}", state "${path}", event "${event}": the transition needs a description (the option in words)`,
          );
          continue;
        }
        problems.push(...proseAmountProblems(id, path, { [`event "${event}" description`]: transition.description }));
        outcomes.push({
          event,
          label: transition.description,
          targets: (transition.target ?? []).flatMap(entryLeaves).map(nodePath),
          guard:
            transition.guard && typeof transition.guard === 'object' && 'type' in transition.guard
              ? String(transition.guard.type)
              : typeof transition.guard === 'string'
                ? transition.guard
                : undefined,
        });
      }
    }
    // A final state at the top ends the process; one inside a group only completes that strand of work,
    // and the group's own "done" transition says what follows.
    const isFinal = node.type === 'final' && node.parent === machine.root;
    if (node.type === 'final' && !isFinal) outcomes.push(...completionOutcomes(node));
    if (isFinal !== (parsed.data.kind === 'end'))
      problems.push(
        `machine "${id}", state "${path}", field "meta.kind": ${isFinal ? 'a final state must be kind "end"' : node.type === 'final' ? 'a final state inside a group completes a strand of work: use kind "wait"' : 'only a final state may be kind "end"'}`,
      );
    steps.push({
      path,
      key: node.key,
      number: 0,
      meta: parsed.data,
      outcomes,
      groups: groupTitles,
      parallelGroup,
      isFinal,
    });
  };

  for (const child of Object.values(machine.root.states)) visit(child, []);
  if (problems.length) throw new ProcessMapError(`Process map "${id}" has problems:\n${problems.join('\n')}`);

  const lanes = [...new Set(steps.map((step) => step.meta.lane))];
  const initialPaths = entryLeaves(machine.root).map(nodePath);
  const numbers = flowNumbers({ id, steps, groups, initialPaths });
  for (const step of steps) step.number = numbers.get(step.path)!;
  return { id, steps, groups, lanes, initialPaths };
}

/** The steps by number: the order the procedure, presenter mode and every list of steps show them in. */
export function stepsInOrder(steps: readonly Step[]): Step[] {
  return [...steps].sort((a, b) => a.number - b.number);
}

export function stepByPath(model: ProcessModel, path: string): Step | undefined {
  return model.steps.find((step) => step.path === path);
}

// A step's anchor is part of its address, so it is made in href.ts, which the search page uses without this module.
export { stepAnchor } from './href';
