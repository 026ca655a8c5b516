// The browser base shared by the walk-through and presenter mode: a WalkSession, the steps read from data-* attributes,
// restoring from `?step=`, the URL, option buttons, announcements and the diagram highlight.
import type { AnyStateMachine, InspectionEvent } from 'xstate';
import { loadMachine } from '../../machines/load';
import { progressOnPath, type Option } from '../../lib/process-map/options';
import { joinSentences } from '../../lib/sentences';
import { readStepParam, stateValueFromPaths, urlWithSteps } from '../../lib/process-map/walk';
import { DiagramView, type StepFacts } from './diagram';
import { element } from './dom';
import { WalkSession } from './session';

export interface StepEntry extends StepFacts {
  element: HTMLElement;
}

export abstract class StepPlayer {
  protected readonly session: WalkSession;
  protected readonly page: Document;
  protected readonly steps = new Map<string, StepEntry>();
  protected readonly diagram: DiagramView | undefined;

  constructor(
    protected readonly root: HTMLElement,
    machine: AnyStateMachine,
    /** The attribute naming each step's element by its path (data-step in the procedure, data-slide in presenter mode). */
    stepAttribute: string,
    /** Where those elements are: the procedure, not the diagram's boxes, which carry data-step too. */
    scope: ParentNode,
    inspect?: (inspection: InspectionEvent) => void,
  ) {
    this.page = root.ownerDocument;
    for (const item of scope.querySelectorAll<HTMLElement>(`[${stepAttribute}]`)) {
      const path = item.getAttribute(stepAttribute)!;
      this.steps.set(path, {
        element: item,
        number: item.dataset.stepNumber ?? '',
        title: item.dataset.stepTitle ?? path,
        role: item.dataset.stepRole ?? '',
      });
    }
    const svg = this.page.querySelector<SVGSVGElement>('[data-map-diagram] svg');
    this.diagram = svg ? new DiagramView(svg, [...this.steps.keys()]) : undefined;
    this.session = new WalkSession(machine, () => this.render(), inspect);
  }

  /** Wires the controls and starts (from the URL when it names steps). */
  abstract init(): void;
  protected abstract render(): void;
  protected abstract showMessage(text: string | undefined): void;

  /** Starts from `?step=` if it names steps of this map; otherwise from the beginning, saying why. */
  protected restoreFromUrl(what: 'walk-through' | 'presentation', startIfAbsent: boolean): void {
    const param = readStepParam(this.page.location.search, new Set(this.steps.keys()));
    if (param.kind === 'none') {
      if (startIfAbsent) this.session.start();
      else this.session.stop();
      return;
    }
    if (param.kind === 'valid') {
      try {
        this.session.start(stateValueFromPaths(param.paths));
        this.showMessage(undefined);
        return;
      } catch {
        this.showMessage(
          `Those steps cannot be current at the same time, so the ${what} has started at the beginning.`,
        );
      }
    } else {
      this.showMessage(`There is no step “${param.text}” in this map, so the ${what} has started at the beginning.`);
    }
    this.session.start();
    this.updateUrl('replace');
  }

  protected updateUrl(mode: 'push' | 'replace'): void {
    const history = this.page.defaultView?.history;
    const url = urlWithSteps(this.page.location.href, this.session.paths);
    if (!history || `${this.page.location.pathname}${this.page.location.search}` === url) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  protected announce(text: string): void {
    element(this.root, '[data-live]').textContent = text;
  }

  /**
   * "Step 6a. Send a letter. Community Offender Manager.", from the step's data-* attributes. Separate sentences, since
   * a title may end with a question mark and the role may be "The source does not say who does this".
   */
  protected describe(path: string): string {
    const step = this.steps.get(path);
    if (!step) return path;
    return joinSentences(`Step ${step.title}`, step.role);
  }

  /** How far along the path the walk is, when it began at the start: otherwise the count would mean nothing. */
  protected get progress(): string {
    return this.session.isFromStart ? progressOnPath(this.session.trail.length) : '';
  }

  /** What the current step is, for the live region: the steps, how far along the path, and how many options. */
  protected announcement(): string {
    const { paths, options, isDone } = this.session;
    const titles = paths.map((path, index) => `${index ? 'Also current: ' : ''}${this.describe(path)}`);
    if (isDone) return joinSentences(...titles, 'End of the process');
    return joinSentences(...titles, this.progress, `${options.length} ${options.length === 1 ? 'option' : 'options'}`);
  }

  protected highlightDiagram(): void {
    const trail = this.session.isActive ? this.session.trail.map((entry) => entry.paths) : [];
    this.diagram?.highlight(trail, this.session.options);
  }

  /** One button per option, numbered when there is a choice; the number keys choose them in presenter mode. */
  protected optionButtons(options: Option[], className: string, hasNumberKeys = false): HTMLElement {
    const group = this.page.createElement('div');
    group.className = 'govuk-button-group';
    group.dataset.options = '';
    options.forEach((option, index) => {
      const button = this.page.createElement('button');
      button.type = 'button';
      button.className = `govuk-button ${className}`;
      button.dataset.event = option.event;
      if (hasNumberKeys) button.setAttribute('aria-keyshortcuts', String(index + 1));
      button.textContent = options.length > 1 ? `${index + 1}. ${option.label}` : option.label;
      button.addEventListener('click', () => this.choose(option));
      group.append(button);
    });
    return group;
  }

  abstract choose(option: Option): void;
}

/** Starts the player on the element carrying `data-<name>="<process id>"`, once its machine has loaded. */
export async function startPlayer<T extends StepPlayer>(
  page: Document,
  name: 'walkthrough' | 'presenter',
  create: (root: HTMLElement, machine: AnyStateMachine) => T,
): Promise<T | undefined> {
  const root = page.querySelector<HTMLElement>(`[data-${name}]`);
  const machine = root && (await loadMachine(root.dataset[name] ?? ''));
  if (!root || !machine) return undefined;
  const player = create(root, machine);
  player.init();
  root.dataset.ready = 'true';
  return player;
}
