// The browser base shared by the walk-through and presenter mode, on the component base: loads the map's machine
// (named by a data-* setting of the root), a WalkSession, the steps read from data-* attributes, restoring from
// `?step=`, the URL, option buttons, announcements and the diagram highlight.
import type { InspectionEvent } from 'xstate';
import { loadMachine } from '../../machines/load';
import { progressOnPath, type Option } from '../../lib/process-map/options';
import { joinSentences } from '../../lib/sentences';
import { readStepParam, stateValueFromPaths, urlWithSteps } from '../../lib/process-map/walk';
import { Component, ComponentError, setting, text } from '../component';
import { DiagramView, type StepFacts } from './diagram';
import { WalkSession } from './session';

export interface StepEntry extends StepFacts {
  element: HTMLElement;
}

export abstract class StepPlayer extends Component {
  /** Set once the machine has loaded, before `start` runs. */
  protected session!: WalkSession;
  /** The map's process id, read from the root once the player starts. */
  protected processId = '';
  protected readonly steps = new Map<string, StepEntry>();
  protected readonly diagram: DiagramView | undefined;

  constructor(
    root: HTMLElement,
    /** The root's data-* setting naming the process, as in `dataset` ("walkthrough" for data-walkthrough). */
    private readonly processSetting: string,
    /** The attribute naming each step's element by its path (data-step in the procedure, data-slide in presenter mode). */
    stepAttribute: string,
    /** Where those elements are: the procedure, not the diagram's boxes, which carry data-step too. */
    scope: ParentNode,
    private readonly inspect?: (inspection: InspectionEvent) => void,
  ) {
    super(root);
    for (const item of scope.querySelectorAll<HTMLElement>(`[${stepAttribute}]`)) {
      const path = item.getAttribute(stepAttribute)!;
      this.steps.set(path, {
        element: item,
        number: item.dataset.stepNumber ?? '',
        title: item.dataset.stepTitle ?? path,
        role: item.dataset.stepRole ?? '',
      });
    }
    const figure = this.page.querySelector<HTMLElement>('[data-module="app-map-diagram"]');
    this.diagram = figure ? new DiagramView(figure, [...this.steps.keys()]) : undefined;
  }

  /** Loads the map's machine (only this map's), then starts; marks the root ready for whoever waits on it. */
  async init(): Promise<void> {
    this.processId = setting(this.root, this.processSetting, text);
    const machine = await loadMachine(this.processId);
    if (!machine) throw new ComponentError(`there is no map “${this.processId}”`);
    this.session = new WalkSession(machine, () => this.render(), this.inspect);
    this.start();
    this.root.dataset.ready = 'true';
  }

  /** Wires the controls and starts (from the URL when it names steps). */
  protected abstract start(): void;
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
    this.find('[data-live]').textContent = text;
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
