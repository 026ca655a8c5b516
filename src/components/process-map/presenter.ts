// Presenter mode in the browser: the shared StepPlayer plus what only presenting needs: one slide at a time, the
// keyboard controls trainers use, hiding the next step until revealed, and full screen.
import type { AnyStateMachine } from 'xstate';
import { element } from './dom';
import type { Option } from './session';
import { StepPlayer, startPlayer } from './step-player';

export class Presenter extends StepPlayer {
  private readonly cover: HTMLElement;
  private readonly hideNext: HTMLInputElement;
  private readonly showNotes: HTMLInputElement;
  private isCovered = false;

  constructor(root: HTMLElement, machine: AnyStateMachine) {
    super(root, machine, 'data-slide', root);
    this.cover = element(root, '[data-presenter-cover]');
    this.hideNext = element(root, '[data-presenter-hide-next]');
    this.showNotes = element(root, '[data-presenter-show-notes]');
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
    on('fullscreen', () => void this.toggleFullScreen());
    on('reveal', () => this.reveal());
    this.showNotes.addEventListener('change', () =>
      this.root.classList.toggle('app-presenter--hide-notes', !this.showNotes.checked),
    );
    this.page.addEventListener('keydown', (event) => this.onKey(event));
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
    const isOnControl = ['BUTTON', 'A', 'INPUT'].includes(target.tagName);
    switch (event.key) {
      case 'ArrowRight':
        this.next();
        break;
      case ' ':
        if (isOnControl) return;
        this.next();
        break;
      case 'ArrowLeft':
        this.back();
        break;
      case 'Home':
        this.restart();
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

  private async toggleFullScreen(): Promise<void> {
    try {
      if (this.page.fullscreenElement) await this.page.exitFullscreen();
      else await this.page.documentElement.requestFullscreen();
    } catch {
      this.announce('Full screen is not available in this browser. Use the browser’s own full screen key instead.');
    }
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
      this.diagram?.centre(paths, element(this.root, '.app-presenter__map'));
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
