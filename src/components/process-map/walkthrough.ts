// The only browser code for maps: runs the process's XState machine in an actor, wires the controls to it and
// updates the map, the flowchart, the URL and the screen-reader announcements.
import { createActor, getNextTransitions, type Actor, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { toInspectorEntry } from '../../lib/process-map/inspection';
import { leafPaths, readStepParam, stateValueFromPaths, urlWithSteps, type StateValue } from '../../lib/process-map/walk';
import { processById } from '../../machines';

interface TrailEntry {
  value: StateValue;
  paths: string[];
  choice?: string;
}

interface Option {
  event: string;
  label: string;
}

const mermaidNodeId = (path: string) => path.replace(/\./g, '__');

function element<T extends HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`walk-through: missing ${selector}`);
  return found;
}

/** The options open at a snapshot: each event once, labelled as the machine describes it, and only if it can be taken. */
export function availableOptions(snapshot: AnyMachineSnapshot): Option[] {
  const seen = new Set<string>();
  const options: Option[] = [];
  for (const transition of getNextTransitions(snapshot)) {
    const event = transition.eventType;
    if (seen.has(event) || event.startsWith('xstate.') || !snapshot.can({ type: event })) continue;
    seen.add(event);
    options.push({ event, label: transition.description ?? event });
  }
  return options;
}

export class Walkthrough {
  private actor: Actor<AnyStateMachine> | undefined;
  private trail: TrailEntry[] = [];
  private readonly steps = new Map<string, HTMLElement>();
  private readonly current: HTMLElement;
  private readonly live: HTMLElement;
  private readonly pathList: HTMLOListElement;
  private readonly buttons: Record<'start' | 'back' | 'restart' | 'inspector', HTMLButtonElement>;
  private readonly inspector: HTMLElement;
  private readonly log: HTMLOListElement;

  constructor(
    private readonly panel: HTMLElement,
    private readonly machine: AnyStateMachine,
    private readonly page: Document = panel.ownerDocument,
  ) {
    for (const step of this.page.querySelectorAll<HTMLElement>('[data-step]')) this.steps.set(step.dataset.step!, step);
    this.current = element(panel, '[data-walkthrough-current]');
    this.live = element(panel, '[data-walkthrough-live]');
    this.pathList = element(panel, '[data-walkthrough-path]');
    this.inspector = element(panel, '.app-inspector');
    this.log = element(panel, '[data-inspector-log]');
    this.buttons = {
      start: element(panel, '[data-action="start"]'),
      back: element(panel, '[data-action="back"]'),
      restart: element(panel, '[data-action="restart"]'),
      inspector: element(panel, '[data-action="inspector"]'),
    };
  }

  init(): void {
    this.page.documentElement.classList.add('app-js');
    this.panel.hidden = false;
    this.buttons.start.addEventListener('click', () => this.restart());
    this.buttons.restart.addEventListener('click', () => this.restart());
    this.buttons.back.addEventListener('click', () => this.back());
    this.buttons.inspector.addEventListener('click', () => this.toggleInspector());
    this.wireStepSelection();
    this.page.defaultView?.addEventListener('popstate', () => this.restoreFromUrl(false));
    this.restoreFromUrl(true);
  }

  /** Outside a walk-through, selecting a step in the map or the flowchart opens its details. */
  private wireStepSelection(): void {
    for (const [path, step] of this.steps) {
      const link = step.querySelector<HTMLAnchorElement>('[data-step-link]');
      link?.setAttribute('aria-expanded', 'false');
      link?.addEventListener('click', (event) => {
        event.preventDefault();
        this.toggleDetails(path);
      });
    }
    for (const node of this.page.querySelectorAll<SVGGElement>('[data-flowchart] g.node[data-id]')) {
      const path = [...this.steps.keys()].find((candidate) => mermaidNodeId(candidate) === node.dataset.id);
      if (!path) continue;
      node.classList.add('app-flowchart__node--selectable');
      node.addEventListener('click', () => {
        this.toggleDetails(path, true);
        this.steps.get(path)?.querySelector<HTMLElement>('[data-step-link]')?.focus();
      });
    }
  }

  private toggleDetails(path: string, open?: boolean): void {
    const step = this.steps.get(path);
    if (!step) return;
    const isOpen = open ?? !step.classList.contains('app-process-step--open');
    step.classList.toggle('app-process-step--open', isOpen);
    step.querySelector('[data-step-link]')?.setAttribute('aria-expanded', String(isOpen));
  }

  private restoreFromUrl(isFirstLoad: boolean): void {
    const param = readStepParam(this.page.location.search, new Set(this.steps.keys()));
    if (param.kind === 'none') {
      if (!isFirstLoad) this.stop();
      return;
    }
    if (param.kind === 'unknown') {
      this.begin(undefined, false);
      this.showMessage(`There is no step “${param.text}” in this map, so the walk-through has started at the beginning.`);
      return;
    }
    try {
      this.begin(stateValueFromPaths(param.paths), false);
    } catch {
      this.begin(undefined, false);
      this.showMessage('Those steps cannot be current at the same time, so the walk-through has started at the beginning.');
    }
  }

  private showMessage(text: string | undefined): void {
    const message = element(this.panel, '[data-walkthrough-message]');
    element(this.panel, '[data-walkthrough-message-text]').textContent = text ?? '';
    message.hidden = !text;
  }

  /** Starts an actor at a state value (the initial state when none is given). */
  private begin(value: StateValue | undefined, isUserAction: boolean): void {
    this.actor?.stop();
    // The maps carry no context, so a state value alone is a whole snapshot.
    const snapshot = value === undefined ? undefined : this.machine.resolveState({ value, context: undefined });
    this.actor = createActor(this.machine, {
      snapshot,
      inspect: (inspection) => {
        const entry = toInspectorEntry(inspection);
        if (entry) this.addLogEntry(entry.text);
      },
    });
    this.actor.subscribe((next) => this.render(next));
    this.actor.start();
    const paths = leafPaths(this.actor.getSnapshot().value as StateValue);
    this.trail = [{ value: this.actor.getSnapshot().value as StateValue, paths }];
    this.updateUrl(paths, isUserAction ? 'push' : 'replace');
    this.render(this.actor.getSnapshot());
    if (isUserAction) this.current.focus();
  }

  restart(): void {
    this.showMessage(undefined);
    this.begin(undefined, true);
  }

  choose(option: Option): void {
    if (!this.actor) return;
    this.showMessage(undefined);
    const last = this.trail[this.trail.length - 1];
    if (last) last.choice = option.label;
    this.actor.send({ type: option.event });
    const value = this.actor.getSnapshot().value as StateValue;
    const paths = leafPaths(value);
    this.trail.push({ value, paths });
    this.updateUrl(paths, 'push');
    this.render(this.actor.getSnapshot());
    this.current.focus();
  }

  back(): void {
    if (this.trail.length < 2 || !this.actor) return;
    const trail = this.trail.slice(0, -1);
    const previous = trail[trail.length - 1]!;
    previous.choice = undefined;
    this.begin(previous.value, false);
    this.trail = trail;
    this.updateUrl(previous.paths, 'push');
    this.render(this.actor.getSnapshot());
    this.current.focus();
  }

  private stop(): void {
    this.actor?.stop();
    this.actor = undefined;
    this.trail = [];
    this.current.hidden = true;
    element(this.panel, '[data-walkthrough-path-wrapper]').hidden = true;
    this.buttons.back.disabled = true;
    this.buttons.restart.disabled = true;
    this.buttons.start.hidden = false;
    this.highlight([]);
  }

  private updateUrl(paths: string[], mode: 'push' | 'replace'): void {
    const history = this.page.defaultView?.history;
    const url = urlWithSteps(this.page.location.href, paths);
    if (!history || `${this.page.location.pathname}${this.page.location.search}` === url) return;
    if (mode === 'push') history.pushState({ steps: paths }, '', url);
    else history.replaceState({ steps: paths }, '', url);
  }

  private highlight(paths: string[]): void {
    for (const [path, step] of this.steps) {
      const isCurrent = paths.includes(path);
      step.classList.toggle('app-process-step--current', isCurrent);
      if (isCurrent) step.setAttribute('aria-current', 'step');
      else step.removeAttribute('aria-current');
    }
    for (const node of this.page.querySelectorAll<SVGGElement>('[data-flowchart] g.node[data-id]')) {
      node.classList.toggle('app-flowchart__node--current', paths.some((path) => mermaidNodeId(path) === node.dataset.id));
    }
  }

  private render(snapshot: AnyMachineSnapshot): void {
    const paths = leafPaths(snapshot.value as StateValue);
    const isDone = snapshot.status === 'done';
    this.highlight(paths);
    this.buttons.start.hidden = true;
    this.buttons.restart.disabled = false;
    this.buttons.back.disabled = this.trail.length < 2;
    this.current.hidden = false;
    this.current.replaceChildren(...paths.map((path) => this.stepSummary(path)));
    const options = isDone ? [] : availableOptions(snapshot);
    this.current.append(this.optionsFor(options, isDone));
    this.renderTrail();
    this.renderInspector(snapshot, options);
    const titles = paths.map((path) => this.describeForAnnouncement(path)).join('. Also current: ');
    this.live.textContent = isDone
      ? `End of the process: ${titles}.`
      : `${titles}. ${options.length} ${options.length === 1 ? 'option' : 'options'}.`;
  }

  private describeForAnnouncement(path: string): string {
    const step = this.steps.get(path);
    const title = step?.querySelector('.app-process-step__title')?.textContent?.replace(/\s+/g, ' ').trim() ?? path;
    const role = step?.querySelector('.app-process-step__role')?.textContent?.replace('Who: ', '').trim();
    return `Step ${title}${role ? `, ${role}` : ''}`;
  }

  private stepSummary(path: string): HTMLElement {
    const step = this.steps.get(path);
    const wrapper = this.page.createElement('div');
    wrapper.className = 'app-walkthrough__step';
    const heading = this.page.createElement('h3');
    heading.className = 'govuk-heading-m app-walkthrough__step-title';
    heading.textContent = step?.querySelector('.app-process-step__title')?.textContent?.replace(/\s+/g, ' ').trim() ?? path;
    wrapper.append(heading);
    const meta = step?.querySelector('.app-process-step__meta')?.cloneNode(true);
    if (meta) wrapper.append(meta);
    const details = step?.querySelector('[data-step-details]')?.cloneNode(true) as HTMLElement | undefined;
    if (details) {
      details.removeAttribute('data-step-details');
      details.classList.add('app-walkthrough__details');
      details.querySelectorAll('.app-process-step__outcomes, .app-process-step__end, [data-trainer-notes]').forEach((node) => node.remove());
      details.querySelectorAll('.app-process-step__subheading').forEach((node) => {
        if (node.textContent === 'Options' || node.textContent === 'What happens next') node.remove();
      });
      wrapper.append(details);
    }
    return wrapper;
  }

  private optionsFor(options: Option[], isDone: boolean): HTMLElement {
    const wrapper = this.page.createElement('div');
    wrapper.className = 'app-walkthrough__options';
    const heading = this.page.createElement('h4');
    heading.className = 'govuk-heading-s';
    heading.textContent = isDone ? 'You have reached the end of this process' : options.length > 1 ? 'What happens next? Choose one' : 'What happens next';
    wrapper.append(heading);
    const group = this.page.createElement('div');
    group.className = 'govuk-button-group';
    options.forEach((option, index) => {
      const button = this.page.createElement('button');
      button.type = 'button';
      button.className = 'govuk-button app-walkthrough__option';
      button.dataset.event = option.event;
      button.textContent = options.length > 1 ? `${index + 1}. ${option.label}` : option.label;
      button.addEventListener('click', () => this.choose(option));
      group.append(button);
    });
    if (isDone) {
      const restart = this.page.createElement('button');
      restart.type = 'button';
      restart.className = 'govuk-button govuk-button--secondary';
      restart.textContent = 'Walk through again';
      restart.addEventListener('click', () => this.restart());
      group.append(restart);
    }
    wrapper.append(group);
    return wrapper;
  }

  private renderTrail(): void {
    const items = this.trail.map((entry) => {
      const item = this.page.createElement('li');
      item.textContent = entry.paths.map((path) => this.describeForAnnouncement(path).replace(/^Step /, '')).join(' + ') + (entry.choice ? ` — ${entry.choice}` : '');
      return item;
    });
    this.pathList.replaceChildren(...items);
    element(this.panel, '[data-walkthrough-path-wrapper]').hidden = this.trail.length === 0;
  }

  private toggleInspector(): void {
    const isOpen = this.inspector.hidden;
    this.inspector.hidden = !isOpen;
    this.buttons.inspector.setAttribute('aria-expanded', String(isOpen));
    this.buttons.inspector.textContent = isOpen ? 'Hide inspector' : 'Show inspector';
  }

  private renderInspector(snapshot: AnyMachineSnapshot, options: Option[]): void {
    element(this.panel, '[data-inspector-value]').textContent = JSON.stringify(snapshot.value, null, 2);
    const events = options.map((option) => {
      const item = this.page.createElement('li');
      const code = this.page.createElement('code');
      code.textContent = option.event;
      item.append(code, ` “${option.label}”`);
      return item;
    });
    element(this.panel, '[data-inspector-events]').replaceChildren(...events);
  }

  private addLogEntry(text: string): void {
    const item = this.page.createElement('li');
    const time = this.page.createElement('time');
    const now = new Date();
    time.dateTime = now.toISOString();
    time.textContent = now.toLocaleTimeString('en-GB');
    item.append(time, ` ${text}`);
    this.log.append(item);
    while (this.log.children.length > 200) this.log.firstElementChild?.remove();
  }
}

export function startWalkthroughPage(page: Document = document): Walkthrough | undefined {
  const panel = page.querySelector<HTMLElement>('[data-walkthrough]');
  const process = panel && processById(panel.dataset.walkthrough ?? '');
  if (!panel || !process) return undefined;
  const walkthrough = new Walkthrough(panel, process.machine, page);
  walkthrough.init();
  return walkthrough;
}
