// Presenter mode in the browser: one step at a time, driven by the machine, with the keyboard controls trainers use.
import { readStepParam, stateValueFromPaths, urlWithSteps } from '../../lib/process-map/walk';
import type { AnyStateMachine } from 'xstate';
import { loadMachine } from '../../machines/load';
import { element } from './dom';
import { WalkSession, type Option } from './session';

export class Presenter {
  private readonly session: WalkSession;
  private readonly slides = new Map<string, HTMLElement>();
  private readonly page: Document;
  private readonly cover: HTMLElement;
  private readonly hideNext: HTMLInputElement;
  private readonly showNotes: HTMLInputElement;
  private isCovered = false;

  constructor(
    private readonly root: HTMLElement,
    machine: AnyStateMachine,
  ) {
    this.page = root.ownerDocument;
    for (const slide of root.querySelectorAll<HTMLElement>('[data-slide]'))
      this.slides.set(slide.dataset.slide!, slide);
    this.cover = element(root, '[data-presenter-cover]');
    this.hideNext = element(root, '[data-presenter-hide-next]');
    this.showNotes = element(root, '[data-presenter-show-notes]');
    this.session = new WalkSession(machine, () => this.render());
  }

  init(): void {
    this.page.documentElement.classList.add('app-js', 'app-presenting');
    element(this.root, '[data-presenter-controls]').hidden = false;
    element(this.root, '[data-presenter-keys]').hidden = false;
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
    const param = readStepParam(this.page.location.search, new Set(this.slides.keys()));
    if (param.kind === 'valid') {
      try {
        this.session.start(stateValueFromPaths(param.paths));
        return;
      } catch {
        this.showMessage(
          'Those steps cannot be current at the same time, so the presentation has started at the beginning.',
        );
      }
    } else if (param.kind === 'unknown') {
      this.showMessage(
        `There is no step “${param.text}” in this map, so the presentation has started at the beginning.`,
      );
    }
    this.session.start();
    this.updateUrl();
  }

  private showMessage(text: string | undefined): void {
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
    this.updateUrl();
    if (this.isCovered) element<HTMLButtonElement>(this.root, '[data-action="reveal"]').focus();
  }

  reveal(): void {
    this.isCovered = false;
    this.render();
  }

  back(): void {
    this.isCovered = false;
    if (this.session.back()) this.updateUrl();
  }

  restart(): void {
    this.isCovered = false;
    this.showMessage(undefined);
    this.session.start();
    this.updateUrl();
  }

  private async toggleFullScreen(): Promise<void> {
    try {
      if (this.page.fullscreenElement) await this.page.exitFullscreen();
      else await this.page.documentElement.requestFullscreen();
    } catch {
      this.announce('Full screen is not available in this browser. Use the browser’s own full screen key instead.');
    }
  }

  private updateUrl(): void {
    const url = urlWithSteps(this.page.location.href, this.session.paths);
    if (`${this.page.location.pathname}${this.page.location.search}` !== url)
      this.page.defaultView?.history.replaceState(null, '', url);
  }

  private announce(text: string): void {
    element(this.root, '[data-presenter-live]').textContent = text;
  }

  private render(): void {
    const { paths, options, isDone } = this.session;
    for (const [path, slide] of this.slides) {
      const isCurrent = paths.includes(path);
      slide.classList.toggle('app-slide--current', isCurrent && !this.isCovered);
      slide.querySelector('[data-presenter-options]')?.remove();
      if (isCurrent && options.length > 0 && path === paths[paths.length - 1])
        slide.append(this.optionButtons(options));
    }
    this.cover.hidden = !this.isCovered;
    const first = this.slides.get(paths[0] ?? '');
    const number = first?.querySelector('.app-slide__number')?.textContent?.replace(/:$/, '') ?? '';
    element(this.root, '[data-presenter-counter]').textContent = this.isCovered ? 'Next step hidden' : number;
    element<HTMLButtonElement>(this.root, '[data-action="back"]').disabled = this.session.trail.length < 2;
    element<HTMLButtonElement>(this.root, '[data-action="next"]').disabled =
      isDone || options.length !== 1 || this.isCovered;
    if (this.isCovered) {
      this.announce('The next step is hidden. Discuss what happens next, then reveal it.');
      return;
    }
    const titles = paths
      .map((path) => {
        const slide = this.slides.get(path);
        return `${slide?.querySelector('.app-slide__title')?.textContent?.trim() ?? path}. ${slide?.querySelector('.app-slide__role')?.textContent ?? ''}`;
      })
      .join(' Also: ');
    this.announce(
      isDone ? `${titles} End of the process.` : `${titles} ${options.length > 1 ? `${options.length} options.` : ''}`,
    );
  }

  private optionButtons(options: Option[]): HTMLElement {
    const group = this.page.createElement('div');
    group.className = 'govuk-button-group app-slide__choices';
    group.dataset.presenterOptions = '';
    options.forEach((option, index) => {
      const button = this.page.createElement('button');
      button.type = 'button';
      button.className = 'govuk-button app-slide__choice';
      button.setAttribute('aria-keyshortcuts', String(index + 1));
      button.textContent = `${index + 1}. ${option.label}`;
      button.addEventListener('click', () => this.choose(option));
      group.append(button);
    });
    return group;
  }
}

export async function startPresenter(page: Document = document): Promise<Presenter | undefined> {
  const root = page.querySelector<HTMLElement>('[data-presenter]');
  const machine = root && (await loadMachine(root.dataset.presenter ?? ''));
  if (!root || !machine) return undefined;
  const presenter = new Presenter(root, machine);
  presenter.init();
  root.dataset.ready = 'true';
  return presenter;
}
