// The walk-through on a map page: wires the controls to a WalkSession and updates the map, the flowchart, the URL,
// the inspector and the screen-reader announcements.
import type { AnyStateMachine } from 'xstate';
import { toInspectorEntry } from '../../lib/process-map/inspection';
import { readStepParam, stateValueFromPaths, urlWithSteps } from '../../lib/process-map/walk';
import { loadMachine } from '../../machines/load';
import { WalkSession, type Option } from './session';
import { element, mermaidNodeId, stepTitle, stepRole } from './dom';

export class Walkthrough {
  private readonly session: WalkSession;
  private readonly steps = new Map<string, HTMLElement>();
  private readonly current: HTMLElement;
  private readonly live: HTMLElement;
  private readonly pathList: HTMLOListElement;
  private readonly buttons: Record<'start' | 'back' | 'restart' | 'inspector', HTMLButtonElement>;
  private readonly inspector: HTMLElement;
  private readonly log: HTMLOListElement;
  private readonly page: Document;

  constructor(
    private readonly panel: HTMLElement,
    machine: AnyStateMachine,
  ) {
    this.page = panel.ownerDocument;
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
    this.session = new WalkSession(
      machine,
      () => this.render(),
      (inspection) => {
        const entry = toInspectorEntry(inspection);
        if (entry) this.addLogEntry(entry.text);
      },
    );
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
    this.checkAnchor();
    this.panel.dataset.ready = 'true';
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
      if (!isFirstLoad) this.session.stop();
      return;
    }
    if (param.kind === 'valid') {
      try {
        this.session.start(stateValueFromPaths(param.paths));
        this.showMessage(undefined);
        return;
      } catch {
        this.session.start();
        this.showMessage(
          'Those steps cannot be current at the same time, so the walk-through has started at the beginning.',
        );
        this.updateUrl('replace');
        return;
      }
    }
    this.session.start();
    this.showMessage(`There is no step “${param.text}” in this map, so the walk-through has started at the beginning.`);
    this.updateUrl('replace');
  }

  /** A link to a step that does not exist (an old or mistyped address) gets a message instead of silence. */
  private checkAnchor(): void {
    const raw = this.page.location.hash.slice(1);
    if (!raw) return;
    let id = raw;
    try {
      id = decodeURIComponent(raw);
    } catch {
      // keep the raw text
    }
    if (!this.page.getElementById(id)) {
      this.showMessage(
        `This map has no part called “${id.slice(0, 80)}”. The link may be out of date: the whole map is shown below.`,
      );
    }
  }

  private showMessage(text: string | undefined): void {
    element(this.panel, '[data-walkthrough-message-text]').textContent = text ?? '';
    element(this.panel, '[data-walkthrough-message]').hidden = !text;
  }

  restart(): void {
    this.showMessage(undefined);
    this.session.start();
    this.updateUrl('push');
    this.current.focus();
  }

  choose(option: Option): void {
    this.showMessage(undefined);
    this.session.choose(option);
    this.updateUrl('push');
    this.current.focus();
  }

  back(): void {
    if (!this.session.back()) return;
    this.updateUrl('push');
    this.current.focus();
  }

  private updateUrl(mode: 'push' | 'replace'): void {
    const history = this.page.defaultView?.history;
    const url = urlWithSteps(this.page.location.href, this.session.paths);
    if (!history || `${this.page.location.pathname}${this.page.location.search}` === url) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  private highlight(paths: string[]): void {
    for (const [path, step] of this.steps) {
      const isCurrent = paths.includes(path);
      step.classList.toggle('app-process-step--current', isCurrent);
      if (isCurrent) step.setAttribute('aria-current', 'step');
      else step.removeAttribute('aria-current');
    }
    for (const node of this.page.querySelectorAll<SVGGElement>('[data-flowchart] g.node[data-id]')) {
      node.classList.toggle(
        'app-flowchart__node--current',
        paths.some((path) => mermaidNodeId(path) === node.dataset.id),
      );
    }
  }

  private render(): void {
    const { paths, isActive, isDone, options } = this.session;
    this.highlight(paths);
    this.buttons.start.hidden = isActive;
    this.buttons.restart.disabled = !isActive;
    this.buttons.back.disabled = this.session.trail.length < 2;
    this.current.hidden = !isActive;
    element(this.panel, '[data-walkthrough-path-wrapper]').hidden = !isActive;
    if (!isActive) return;
    this.current.replaceChildren(...paths.map((path) => this.stepSummary(path)), this.optionsFor(options, isDone));
    this.renderTrail();
    this.renderInspector(options);
    const titles = paths.map((path) => this.describe(path)).join('. Also current: ');
    this.live.textContent = isDone
      ? `End of the process: ${titles}.`
      : `${titles}. ${options.length} ${options.length === 1 ? 'option' : 'options'}.`;
  }

  private describe(path: string): string {
    const step = this.steps.get(path);
    const role = step ? stepRole(step) : '';
    return `Step ${step ? stepTitle(step) : path}${role ? `, ${role}` : ''}`;
  }

  private stepSummary(path: string): HTMLElement {
    const step = this.steps.get(path);
    const wrapper = this.page.createElement('div');
    wrapper.className = 'app-walkthrough__step';
    const heading = this.page.createElement('h3');
    heading.className = 'govuk-heading-m app-walkthrough__step-title';
    heading.textContent = step ? stepTitle(step) : path;
    wrapper.append(heading);
    const meta = step?.querySelector('.app-process-step__meta')?.cloneNode(true);
    if (meta) wrapper.append(meta);
    const details = step?.querySelector('[data-step-details]')?.cloneNode(true) as HTMLElement | undefined;
    if (details) {
      details.removeAttribute('data-step-details');
      details.classList.add('app-walkthrough__details');
      details.querySelectorAll('[data-step-outcomes], [data-trainer-notes]').forEach((node) => node.remove());
      wrapper.append(details);
    }
    return wrapper;
  }

  private optionsFor(options: Option[], isDone: boolean): HTMLElement {
    const wrapper = this.page.createElement('div');
    wrapper.className = 'app-walkthrough__options';
    const heading = this.page.createElement('h4');
    heading.className = 'govuk-heading-s';
    heading.textContent = isDone
      ? 'You have reached the end of this process'
      : options.length > 1
        ? 'What happens next? Choose one'
        : 'What happens next';
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
    wrapper.append(heading, group);
    return wrapper;
  }

  private renderTrail(): void {
    this.pathList.replaceChildren(
      ...this.session.trail.map((entry) => {
        const item = this.page.createElement('li');
        item.textContent =
          entry.paths.map((path) => this.describe(path).replace(/^Step /, '')).join(' + ') +
          (entry.choice ? ` — ${entry.choice}` : '');
        return item;
      }),
    );
  }

  private toggleInspector(): void {
    const isOpen = this.inspector.hidden;
    this.inspector.hidden = !isOpen;
    this.buttons.inspector.setAttribute('aria-expanded', String(isOpen));
    this.buttons.inspector.textContent = isOpen ? 'Hide inspector' : 'Show inspector';
  }

  private renderInspector(options: Option[]): void {
    element(this.panel, '[data-inspector-value]').textContent = JSON.stringify(this.session.snapshot?.value, null, 2);
    element(this.panel, '[data-inspector-events]').replaceChildren(
      ...options.map((option) => {
        const item = this.page.createElement('li');
        const code = this.page.createElement('code');
        code.textContent = option.event;
        item.append(code, ` “${option.label}”`);
        return item;
      }),
    );
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

export async function startWalkthroughPage(page: Document = document): Promise<Walkthrough | undefined> {
  const panel = page.querySelector<HTMLElement>('[data-walkthrough]');
  const machine = panel && (await loadMachine(panel.dataset.walkthrough ?? ''));
  if (!panel || !machine) return undefined;
  const walkthrough = new Walkthrough(panel, machine);
  walkthrough.init();
  return walkthrough;
}
