// Presenter mode in the browser: the shared StepPlayer plus what only presenting needs: one slide at a time, the
// diagram zoomed to the current step so a room can read it (lane headings pinned, the whole map a key away), the keys
// trainers and presentation clickers use, hiding the next step until revealed, blanking the screen, and full screen.
import type { AnyStateMachine } from 'xstate';
import { setScale } from './diagram';
import { element } from './dom';
import type { Option } from './session';
import { StepPlayer, startPlayer } from './step-player';

/** Diagram text on screen: readable from the back of a training room (18 px on a 720-line projector, 27 on 1080). */
const roomTextSize = () => Math.max(18, window.innerHeight * 0.025);

export class Presenter extends StepPlayer {
  private readonly cover: HTMLElement;
  private readonly blank: HTMLElement;
  private readonly hideNext: HTMLInputElement;
  private readonly showNotes: HTMLInputElement;
  private readonly pane: HTMLElement;
  private lanes: SVGSVGElement | undefined;
  private isCovered = false;
  private isOverview = false;

  constructor(root: HTMLElement, machine: AnyStateMachine) {
    super(root, machine, 'data-slide', root);
    this.cover = element(root, '[data-presenter-cover]');
    this.blank = element(root, '[data-presenter-blank]');
    this.hideNext = element(root, '[data-presenter-hide-next]');
    this.showNotes = element(root, '[data-presenter-show-notes]');
    this.pane = element(root, '.app-presenter__map');
  }

  init(): void {
    this.page.documentElement.classList.add('app-js', 'app-presenting');
    const on = (action: string, handler: () => void) =>
      element(this.root, `[data-action="${action}"]`).addEventListener('click', (event) => {
        event.preventDefault();
        handler();
      });
    on('next', () => this.next());
    on('back', () => this.back());
    on('restart', () => this.restart());
    on('overview', () => this.toggleOverview());
    on('blank', () => this.toggleBlank());
    on('fullscreen', () => void this.toggleFullScreen());
    on('reveal', () => this.reveal());
    this.blank.addEventListener('click', () => this.toggleBlank());
    this.showNotes.addEventListener('change', () =>
      this.root.classList.toggle('app-presenter--hide-notes', !this.showNotes.checked),
    );
    this.pinLaneHeadings();
    this.page.addEventListener('keydown', (event) => this.onKey(event));
    this.page.defaultView?.addEventListener('resize', () => this.frame());
    this.restoreFromUrl('presentation', true);
    this.updateUrl('replace');
  }

  protected showMessage(text: string | undefined): void {
    const message = element(this.root, '[data-presenter-message]');
    message.textContent = text ?? '';
    message.hidden = !text;
  }

  private onKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const isTyping =
      ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) && (target as HTMLInputElement).type !== 'checkbox';
    if (isTyping) return;
    // A blank screen comes back at any key, as in slide software.
    if (!this.blank.hidden) {
      if (event.key !== 'Escape') event.preventDefault();
      this.toggleBlank();
      return;
    }
    const isOnControl = ['BUTTON', 'A', 'INPUT'].includes(target.tagName);
    switch (event.key) {
      case ' ':
      case 'Enter':
        if (isOnControl) return;
        this.next();
        break;
      case 'ArrowRight':
      case 'PageDown':
        this.next();
        break;
      case 'ArrowLeft':
      case 'PageUp':
      case 'Backspace':
        this.back();
        break;
      case 'Home':
        this.restart();
        break;
      case 'o':
      case 'O':
        this.toggleOverview();
        break;
      case 'b':
      case 'B':
      case '.':
        this.toggleBlank();
        break;
      case 'f':
      case 'F':
        void this.toggleFullScreen();
        break;
      case 'Escape':
        if (this.page.fullscreenElement) return;
        this.page.location.assign(this.root.dataset.mapHref ?? '/process-maps/');
        break;
      default: {
        const number = Number(event.key);
        const option = Number.isInteger(number) && number > 0 ? this.session.options[number - 1] : undefined;
        if (!option) return;
        this.choose(option);
      }
    }
    event.preventDefault();
  }

  next(): void {
    if (this.isCovered) {
      this.reveal();
      return;
    }
    const { options, isDone } = this.session;
    if (isDone) {
      this.announce('This is the end of the process. Press Home to start again.');
    } else if (options.length === 1) {
      this.choose(options[0]!);
    } else {
      this.announce(`Choose an option: press a number from 1 to ${options.length}.`);
    }
  }

  choose(option: Option): void {
    this.showMessage(undefined);
    this.isCovered = this.hideNext.checked;
    this.session.choose(option);
    this.updateUrl('replace');
    if (this.isCovered) element<HTMLButtonElement>(this.root, '[data-action="reveal"]').focus();
  }

  reveal(): void {
    this.isCovered = false;
    this.render();
  }

  back(): void {
    this.isCovered = false;
    if (this.session.back()) this.updateUrl('replace');
  }

  restart(): void {
    this.isCovered = false;
    this.showMessage(undefined);
    this.session.start();
    this.updateUrl('replace');
  }

  private toggleOverview(): void {
    this.isOverview = !this.isOverview;
    element(this.root, '[data-action="overview"]').setAttribute('aria-pressed', String(this.isOverview));
    this.frame();
    this.announce(this.isOverview ? 'Showing the whole map.' : 'Zoomed to the current step.');
  }

  private toggleBlank(): void {
    this.blank.hidden = !this.blank.hidden;
    this.announce(this.blank.hidden ? 'Screen shown.' : 'Screen blanked. Press any key to show it again.');
  }

  private async toggleFullScreen(): Promise<void> {
    try {
      if (this.page.fullscreenElement) await this.page.exitFullscreen();
      else await this.page.documentElement.requestFullscreen();
    } catch {
      this.announce('Full screen is not available in this browser. Use the browser’s own full screen key instead.');
    }
  }

  /**
   * A copy of the lane headings, kept at the top of the map's pane while it scrolls, so the room always sees whose
   * column a step is in. It sits over the diagram's own headings and scrolls sideways with it.
   */
  private pinLaneHeadings(): void {
    const svg = this.diagram?.svg;
    const header = svg?.querySelector('.app-diagram__lane-header');
    if (!svg || !header) return;
    const lanes = svg.cloneNode(false) as SVGSVGElement;
    for (const name of ['id', 'role', 'aria-labelledby']) lanes.removeAttribute(name);
    lanes.setAttribute('aria-hidden', 'true');
    lanes.setAttribute('viewBox', `0 0 ${svg.viewBox.baseVal.width} ${header.getAttribute('height')}`);
    lanes.append(...[...svg.querySelectorAll('.app-diagram__lane')].map((lane) => lane.cloneNode(true)));
    const holder = this.page.createElement('div');
    holder.className = 'app-presenter__lanes';
    holder.append(lanes);
    this.pane.prepend(holder);
    this.lanes = lanes;
  }

  /**
   * The steps the room should be looking at: those the last move entered (not the strands of parallel work that stayed
   * where they were), or, on opening, those the link named.
   */
  private focusPaths(): string[] {
    const { paths, trail } = this.session;
    const before = new Set(trail.at(-2)?.paths ?? []);
    const named = trail.length < 2 ? new URLSearchParams(this.page.location.search).get('step')?.split(',') : undefined;
    const focus = paths.filter((path) => (named ? named.includes(path) : !before.has(path)));
    return focus.length ? focus : paths;
  }

  /**
   * Sizes the diagram for the room (or, in the overview, to show all of it) and scrolls its pane so the current step
   * sits in the middle of what is visible under the pinned headings, with the steps that can come next in view too
   * when they fit.
   */
  private frame(): void {
    const svg = this.diagram?.svg;
    if (!svg) return;
    const { width, height } = svg.viewBox.baseVal;
    const smallest = Math.min(
      ...[...svg.querySelectorAll('text')].map((text) => Number(text.getAttribute('font-size'))),
    );
    const scale = this.isOverview
      ? Math.min(this.pane.clientWidth / width, this.pane.clientHeight / height)
      : roomTextSize() / smallest;
    this.root.classList.toggle('app-presenter--overview', this.isOverview);
    for (const drawing of [svg, this.lanes]) if (drawing) setScale(drawing, scale);
    if (this.isOverview) return;
    const pinned = this.lanes?.getBoundingClientRect().height ?? 0;
    const boxes = (paths: Iterable<string>) =>
      [...paths].flatMap((path) => this.diagram?.boxes.get(path)?.getBoundingClientRect() ?? []);
    const focus = boxes(this.focusPaths());
    if (!focus.length) return;
    const next = boxes(
      [...(this.diagram?.boxes.keys() ?? [])].filter((path) =>
        this.diagram?.boxes.get(path)?.classList.contains('app-diagram__step--next'),
      ),
    );
    const frame = this.pane.getBoundingClientRect();
    const visibleHeight = this.pane.clientHeight - pinned;
    const extent = (rects: DOMRect[]) => ({
      top: Math.min(...rects.map((rect) => rect.top)),
      bottom: Math.max(...rects.map((rect) => rect.bottom)),
      left: Math.min(...rects.map((rect) => rect.left)),
      right: Math.max(...rects.map((rect) => rect.right)),
    });
    const fits = (area: ReturnType<typeof extent>) =>
      area.bottom - area.top < visibleHeight - 16 && area.right - area.left < this.pane.clientWidth - 16;
    const target = [extent([...focus, ...next]), extent(focus)].find(fits) ?? extent(focus.slice(0, 1));
    this.pane.scrollTo({
      top: this.pane.scrollTop + (target.top + target.bottom) / 2 - (frame.top + pinned + visibleHeight / 2),
      left: this.pane.scrollLeft + (target.left + target.right) / 2 - (frame.left + this.pane.clientWidth / 2),
    });
  }

  protected render(): void {
    const { paths, options, isDone } = this.session;
    for (const [path, { element: slide }] of this.steps) {
      const isCurrent = paths.includes(path);
      slide.classList.toggle('app-slide--current', isCurrent && !this.isCovered);
      slide.querySelector('[data-options]')?.remove();
      if (isCurrent && options.length > 0 && path === paths[paths.length - 1]) {
        const buttons = this.optionButtons(options, 'app-slide__choice', true);
        buttons.classList.add('app-slide__choices');
        slide.append(buttons);
      }
    }
    this.cover.hidden = !this.isCovered;
    if (!this.isCovered) {
      this.highlightDiagram();
      this.frame();
    }
    element(this.root, '[data-presenter-counter]').textContent = this.isCovered ? 'Next step hidden' : this.progress;
    element<HTMLButtonElement>(this.root, '[data-action="back"]').disabled = this.session.trail.length < 2;
    element<HTMLButtonElement>(this.root, '[data-action="next"]').disabled =
      isDone || options.length !== 1 || this.isCovered;
    this.announce(
      this.isCovered
        ? 'The next step is hidden. Discuss what happens next, then reveal it.'
        : isDone
          ? `${this.announcement()} Press Home to start again.`
          : this.announcement(),
    );
  }
}

export function startPresenter(page: Document = document): Promise<Presenter | undefined> {
  return startPlayer(page, 'presenter', (root, machine) => new Presenter(root, machine));
}
