// One walk through a process map: an XState actor plus the path taken, shared by the walk-through and presenter mode.
import { createActor, type Actor, type AnyMachineSnapshot, type AnyStateMachine, type InspectionEvent } from 'xstate';
import { availableOptions, type Option } from '../../lib/process-map/options';
import { leafPaths, type StateValue } from '../../lib/process-map/walk';

export type { Option };

export interface TrailEntry {
  value: StateValue;
  paths: string[];
  choice?: string;
}

export class WalkSession {
  private actor: Actor<AnyStateMachine> | undefined;
  trail: TrailEntry[] = [];
  /** Whether the path taken began at the start of the process (not at a step chosen on the diagram or in a link). */
  isFromStart = false;

  constructor(
    private readonly machine: AnyStateMachine,
    private readonly onChange: (session: WalkSession) => void,
    private readonly inspect?: (inspection: InspectionEvent) => void,
  ) {}

  get isActive(): boolean {
    return this.actor !== undefined;
  }

  get snapshot(): AnyMachineSnapshot | undefined {
    return this.actor?.getSnapshot();
  }

  get paths(): string[] {
    const snapshot = this.snapshot;
    return snapshot ? leafPaths(snapshot.value as StateValue) : [];
  }

  get options(): Option[] {
    const snapshot = this.snapshot;
    return snapshot && snapshot.status !== 'done' ? availableOptions(snapshot) : [];
  }

  get isDone(): boolean {
    return this.snapshot?.status === 'done';
  }

  /**
   * Starts at a state value (the machine's initial state when none is given), after the path `before` it; throws if
   * the value is not a state.
   */
  start(value?: StateValue, before: TrailEntry[] = []): void {
    const resolved = value === undefined ? undefined : this.machine.resolveState({ value, context: undefined });
    this.actor?.stop();
    // The maps carry no context, so a state value alone is a whole snapshot.
    this.actor = createActor(this.machine, { snapshot: resolved, inspect: this.inspect });
    this.actor.start();
    const current = this.actor.getSnapshot().value as StateValue;
    this.trail = [...before, { value: current, paths: leafPaths(current) }];
    if (!before.length) this.isFromStart = value === undefined;
    this.onChange(this);
  }

  /** Goes straight to a step chosen on the diagram, keeping the path so far: Back returns to where the walk was. */
  jump(value: StateValue): void {
    this.start(value, this.trail);
  }

  choose(option: Option): void {
    if (!this.actor || !this.options.some((candidate) => candidate.event === option.event)) return;
    const last = this.trail[this.trail.length - 1];
    if (last) last.choice = option.label;
    this.actor.send({ type: option.event });
    const value = this.actor.getSnapshot().value as StateValue;
    this.trail.push({ value, paths: leafPaths(value) });
    this.onChange(this);
  }

  back(): boolean {
    const previous = this.trail.at(-2);
    if (!previous) return false;
    this.start(previous.value, this.trail.slice(0, -2));
    return true;
  }

  stop(): void {
    this.actor?.stop();
    this.actor = undefined;
    this.trail = [];
    this.onChange(this);
  }
}
