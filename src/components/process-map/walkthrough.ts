// The walk-through on a map page: the shared StepPlayer plus what only the map page has: the procedure, the panel beside
// the diagram that a selected box or the walk fills, zoom, the path taken and the inspector.
import type { AnyStateMachine } from 'xstate';
import { toInspectorEntry } from '../../lib/process-map/inspection';
import { stateValueFromPaths, urlWithSteps } from '../../lib/process-map/walk';
import { enableZoom } from './diagram';
import { element } from './dom';
import type { Option } from './session';
import { StepPlayer, startPlayer } from './step-player';
import { loadWalkProgress, recordWalk } from './walk-progress';

export class Walkthrough extends StepPlayer {
  private readonly current: HTMLElement;
  private readonly pathList: HTMLOListElement;
  private readonly buttons: Record<'start' | 'back' | 'restart', HTMLButtonElement>;
  private readonly log: HTMLOListElement;

  constructor(panel: HTMLElement, machine: AnyStateMachine) {
    super(panel, machine, 'data-step', panel.ownerDocument.querySelector('[data-procedure]') ?? panel, (inspection) => {
      const entry = toInspectorEntry(inspection);
      if (entry) this.addLogEntry(entry.text);
    });
    this.current = element(panel, '[data-walkthrough-current]');
    this.pathList = element(panel, '[data-walkthrough-path]');
    this.log = element(panel, '[data-inspector-log]');
    this.buttons = {
      start: element(panel, '[data-action="start"]'),
      back: element(panel, '[data-action="back"]'),
      restart: element(panel, '[data-action="restart"]'),
    };
  }

  init(): void {
    this.page.documentElement.classList.add('app-js');
    this.root.hidden = false;
    this.buttons.start.addEventListener('click', () => this.restart());
    this.buttons.restart.addEventListener('click', () => this.restart());
    this.buttons.back.addEventListener('click', () => this.back());
    this.wireStepSelection();
    const figure = this.page.querySelector<HTMLElement>('[data-map-diagram]');
    if (figure && this.diagram) enableZoom(figure, this.diagram, () => this.session.paths[0]);
    // Escape in the panel returns to the step's box on the diagram.
    this.root.addEventListener('keydown', (event) => {
      const path = this.session.paths[0];
      if (event.key !== 'Escape' || !path || !this.diagram?.boxes.has(path)) return;
      event.preventDefault();
      this.diagram.focus(path);
    });
    this.page.defaultView?.addEventListener('popstate', () => this.restoreFromUrl('walk-through', false));
    this.restoreFromUrl('walk-through', false);
    this.offerResume();
    this.checkAnchor();
    // A search result or shared link names a step: land on it, with the panel showing it.
    if (this.session.isActive) this.showStep();
  }

  /** Selecting a step in the procedure opens its details there; selecting a box shows it in the panel. */
  private wireStepSelection(): void {
    for (const [path, step] of this.steps) {
      const link = step.element.querySelector<HTMLAnchorElement>('[data-step-link]');
      link?.setAttribute('aria-expanded', 'false');
      link?.addEventListener('click', (event) => {
        event.preventDefault();
        this.toggleDetails(path);
      });
    }
    this.diagram?.enableSelection(
      (path) => this.steps.get(path),
      (path) => this.select(path),
    );
  }

  /** A box selected on the diagram: the walk goes to its step (Back returns), and the panel shows it. */
  select(path: string): void {
    this.showMessage(undefined);
    if (!this.session.paths.includes(path)) {
      this.session.jump(stateValueFromPaths([path]));
      this.updateUrl('push');
    }
    this.showStep(path);
  }

  /**
   * Moves focus to the heading of the step in the panel and brings it into view. Where the panel stands beside the
   * diagram (it is sticky), the page scrolls so the panel is pinned and the step's box is in view too; where it stands
   * under the diagram, the page scrolls to the panel.
   */
  private showStep(path = this.session.paths[0]): void {
    const heading =
      this.current.querySelector<HTMLElement>(`[data-step-heading="${CSS.escape(path ?? '')}"]`) ??
      this.current.querySelector<HTMLElement>('[data-step-heading]');
    if (!heading) return;
    heading.focus({ preventScroll: true });
    const isBeside = getComputedStyle(this.root).position === 'sticky';
    if (!isBeside) {
      heading.scrollIntoView({ block: 'start' });
      return;
    }
    const workspace = this.root.parentElement!.getBoundingClientRect();
    if (workspace.top > 0) this.page.defaultView?.scrollBy({ top: workspace.top });
    heading.scrollIntoView({ block: 'nearest' });
    if (path) this.diagram?.reveal(path);
  }

  private toggleDetails(path: string, open?: boolean): void {
    const step = this.steps.get(path)?.element;
    if (!step) return;
    const isOpen = open ?? !step.classList.contains('app-process-step--open');
    step.classList.toggle('app-process-step--open', isOpen);
    step.querySelector('[data-step-link]')?.setAttribute('aria-expanded', String(isOpen));
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

  protected showMessage(text: string | undefined): void {
    element(this.root, '[data-walkthrough-message-text]').textContent = text ?? '';
    element(this.root, '[data-walkthrough-message]').hidden = !text;
  }

  restart(): void {
    this.showMessage(undefined);
    this.session.start();
    this.remember();
    this.updateUrl('push');
    this.showStep();
  }

  choose(option: Option): void {
    this.showMessage(undefined);
    this.session.choose(option);
    this.remember();
    this.updateUrl('push');
    this.showStep();
  }

  back(): void {
    if (!this.session.back()) return;
    this.remember();
    this.updateUrl('push');
    this.showStep();
  }

  // Progress (issue 33): carry on where the learner left off, and count a walk to an end on the learning path.

  /**
   * After a reload (the address names the step the walk was at), brings back the path so far, so Back works as before;
   * on a later visit, offers to carry on, through that address, beside "Start again".
   */
  private offerResume(): void {
    const trail = loadWalkProgress(this.page, this.root.dataset.walkthrough!);
    const last = trail?.[trail.length - 1];
    if (!last) return;
    if (!this.session.isActive) {
      const resume = element<HTMLAnchorElement>(this.root, '[data-walkthrough-resume]');
      resume.href = urlWithSteps(this.page.location.href, last.paths);
      resume.hidden = false;
      this.buttons.start.textContent = 'Start again';
      this.buttons.start.classList.add('govuk-button--secondary');
    } else if (String(last.paths.sort()) === String(this.session.paths.sort()))
      this.session.start(last.value, trail.slice(0, -1));
  }

  private remember(): void {
    element(this.root, '[data-walkthrough-resume]').hidden = true;
    recordWalk(this.page, this.root.dataset.walkthrough!, this.session);
  }

  protected render(): void {
    const { paths, isActive, isDone, options } = this.session;
    for (const [path, step] of this.steps) {
      const isCurrent = paths.includes(path);
      step.element.classList.toggle('app-process-step--current', isCurrent);
      if (isCurrent) step.element.setAttribute('aria-current', 'step');
      else step.element.removeAttribute('aria-current');
    }
    this.highlightDiagram();
    this.buttons.start.hidden = isActive;
    this.buttons.restart.disabled = !isActive;
    this.buttons.back.disabled = this.session.trail.length < 2;
    this.current.hidden = !isActive;
    element(this.root, '[data-walkthrough-path-wrapper]').hidden = !isActive;
    element(this.root, '.app-walkthrough__intro').hidden = isActive;
    if (!isActive) return;
    const progress = this.page.createElement('p');
    progress.className = 'govuk-caption-m app-walkthrough__progress';
    progress.dataset.walkthroughProgress = '';
    progress.textContent = this.progress;
    progress.hidden = !this.progress;
    this.current.replaceChildren(
      progress,
      ...paths.map((path) => this.stepSummary(path)),
      this.optionsFor(options, isDone),
    );
    this.renderTrail();
    this.renderInspector(options);
    this.announce(this.announcement());
  }

  /** One step in the panel: its number and title, who, when, what to do, guidance, source and where it is in the procedure. */
  private stepSummary(path: string): HTMLElement {
    const step = this.steps.get(path);
    const wrapper = this.page.createElement('div');
    wrapper.className = 'app-walkthrough__step';
    const heading = this.page.createElement('h3');
    heading.className = 'govuk-heading-m app-walkthrough__step-title';
    heading.tabIndex = -1;
    heading.dataset.stepHeading = path;
    const number = this.page.createElement('span');
    number.className = 'govuk-caption-m';
    number.textContent = `Step ${step?.number ?? ''}`;
    // data-step-title is "<number>. <title>", as the procedure writes it.
    heading.append(number, step ? step.title.slice(step.number.length + 2) : path);
    wrapper.append(heading);
    const meta = step?.element.querySelector('.app-process-step__meta')?.cloneNode(true);
    if (meta) wrapper.append(meta);
    const details = step?.element.querySelector('[data-step-details]')?.cloneNode(true) as HTMLElement | undefined;
    if (details) {
      details.removeAttribute('data-step-details');
      details.classList.add('app-walkthrough__details');
      details.querySelectorAll('[data-step-outcomes], [data-trainer-notes]').forEach((node) => node.remove());
      wrapper.append(details);
    }
    const where = this.page.createElement('p');
    where.className = 'govuk-body-s';
    const link = this.page.createElement('a');
    link.className = 'govuk-link';
    link.href = `#${step?.element.id ?? ''}`;
    link.textContent = `Step ${step?.number ?? ''} in the procedure`;
    link.addEventListener('click', () => this.toggleDetails(path, true));
    where.append(link);
    wrapper.append(where);
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
    const group = this.optionButtons(options, 'app-walkthrough__option');
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
          entry.paths.map((path) => this.describe(path)).join(' + ') + (entry.choice ? ` — ${entry.choice}` : '');
        return item;
      }),
    );
  }

  private renderInspector(options: Option[]): void {
    element(this.root, '[data-inspector-value]').textContent = JSON.stringify(this.session.snapshot?.value, null, 2);
    element(this.root, '[data-inspector-events]').replaceChildren(
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

export function startWalkthroughPage(page: Document = document): Promise<Walkthrough | undefined> {
  return startPlayer(page, 'walkthrough', (root, machine) => new Walkthrough(root, machine));
}
