// One swimlane diagram in the browser: marks the walk on it, lets people select boxes with the mouse or the arrow keys
// (roving tabindex), and zooms. Reads the boxes and connectors from the data-* attributes the build writes.
import { diagramHighlight, type DiagramEdge, type Option } from '../../lib/process-map/options';

export interface StepFacts {
  number: string;
  /** The title with its number, as the procedure shows it: "6a. Send a warning letter". */
  title: string;
  role: string;
}

export class DiagramView {
  readonly boxes = new Map<string, SVGGElement>();
  private readonly edges: { element: SVGGElement; edge: DiagramEdge }[] = [];
  private readonly order: string[];

  constructor(
    readonly svg: SVGSVGElement,
    /** Step paths in the order the arrow keys move through them (the procedure's flow order). */
    order: string[],
  ) {
    for (const box of svg.querySelectorAll<SVGGElement>('g[data-step]')) this.boxes.set(box.dataset.step!, box);
    for (const element of svg.querySelectorAll<SVGGElement>('g[data-from][data-to]'))
      this.edges.push({
        element,
        edge: { from: element.dataset.from!, to: element.dataset.to!, event: element.dataset.event ?? '' },
      });
    this.order = order.filter((path) => this.boxes.has(path));
  }

  /** Current, visited and next steps, and the connectors taken and on offer. */
  highlight(trail: readonly (readonly string[])[], options: readonly Option[]): void {
    const marks = diagramHighlight(
      this.edges.map(({ edge }) => edge),
      trail,
      options,
    );
    for (const [path, box] of this.boxes) {
      box.classList.toggle('app-diagram__step--current', marks.current.has(path));
      box.classList.toggle('app-diagram__step--visited', marks.visited.has(path));
      box.classList.toggle('app-diagram__step--next', marks.next.has(path));
      if (marks.current.has(path)) box.setAttribute('aria-current', 'step');
      else box.removeAttribute('aria-current');
    }
    this.edges.forEach(({ element }, index) => {
      element.classList.toggle('app-diagram__edge--taken', marks.takenEdges.has(index));
      element.classList.toggle('app-diagram__edge--option', marks.optionEdges.has(index));
    });
  }

  /** Makes every box one keyboard stop (roving tabindex): Tab enters the diagram, arrow keys move, Enter selects. */
  enableSelection(facts: (path: string) => StepFacts | undefined, onSelect: (path: string) => void): void {
    for (const [path, box] of this.boxes) {
      const step = facts(path);
      box.setAttribute('role', 'button');
      box.setAttribute('tabindex', path === this.order[0] ? '0' : '-1');
      // The name is the box's own words (WCAG 2.5.3, label in name), its number first, then who does the step.
      const words = box.textContent?.replace(/\s+/g, ' ').trim() || step?.title || path;
      if (step) box.setAttribute('aria-label', `${words} (${step.role})`);
      box.addEventListener('click', () => {
        this.focus(path);
        onSelect(path);
      });
      box.addEventListener('keydown', (event) => this.onKey(event, path, onSelect));
    }
  }

  private onKey(event: KeyboardEvent, path: string, onSelect: (path: string) => void): void {
    const index = this.order.indexOf(path);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowRight: index + 1,
      ArrowUp: index - 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: this.order.length - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(path);
      return;
    }
    const target = this.order[moves[event.key] ?? -1];
    if (!(event.key in moves)) return;
    event.preventDefault();
    if (target) this.focus(target);
  }

  /** Moves the keyboard stop to a box and focuses it. */
  focus(path: string): void {
    for (const [candidate, box] of this.boxes) box.setAttribute('tabindex', candidate === path ? '0' : '-1');
    this.boxes.get(path)?.focus({ preventScroll: true });
    this.reveal(path);
  }

  /** Scrolls the box into view inside the diagram and the page, without moving focus. */
  reveal(path: string, inline: ScrollLogicalPosition = 'nearest'): void {
    this.boxes.get(path)?.scrollIntoView({ block: 'nearest', inline });
  }
}

/**
 * Draws the diagram at `scale` times its own size. Both attributes change: the browser takes a drawing's proportions
 * from its width and height, and a new width alone would leave the drawing its old size, letterboxed.
 */
export function setScale(svg: SVGSVGElement, scale: number): void {
  const { width, height } = svg.viewBox.baseVal;
  svg.setAttribute('width', String(Math.round(width * scale)));
  svg.setAttribute('height', String(Math.round(height * scale)));
}

/**
 * Zoom for a large map. It starts fitted to the page's width (on a phone, at a size whose text is readable, scrolling
 * sideways); "Fit to screen" shows the whole map in the window and scrolls it into view; zooming in and out scales it
 * in steps, keeping the current step (`current`) in view, and the scroll region pans.
 */
export function enableZoom(figure: HTMLElement, view: DiagramView, current: () => string | undefined): void {
  const toolbar = figure.querySelector<HTMLElement>('[data-diagram-toolbar]');
  const level = figure.querySelector<HTMLElement>('[data-zoom-level]');
  if (!toolbar) return;
  const svg = view.svg;
  const naturalWidth = svg.viewBox.baseVal.width;
  let zoom: 'width' | 'screen' | number = 'width';
  const apply = () => {
    figure.classList.toggle('app-map-diagram--screen', zoom === 'screen');
    figure.classList.toggle('app-map-diagram--zoomed', typeof zoom === 'number');
    setScale(svg, typeof zoom === 'number' ? zoom : 1);
    for (const button of toolbar.querySelectorAll<HTMLButtonElement>('[data-zoom="fit"]'))
      button.setAttribute('aria-pressed', String(zoom === 'screen'));
    if (level)
      level.textContent =
        zoom === 'width'
          ? 'Fitted to the page width'
          : zoom === 'screen'
            ? 'Whole map fitted to the screen'
            : `${Math.round(zoom * 100)}%`;
  };
  toolbar.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-zoom]');
    if (!button) return;
    if (button.dataset.zoom === 'fit') zoom = zoom === 'screen' ? 'width' : 'screen';
    else {
      const scale = typeof zoom === 'number' ? zoom : svg.getBoundingClientRect().width / naturalWidth;
      zoom = Math.min(3, Math.max(0.25, scale * (button.dataset.zoom === 'in' ? 1.25 : 0.8)));
    }
    apply();
    const path = current();
    if (zoom === 'screen') toolbar.scrollIntoView({ block: 'start' });
    else if (path) view.reveal(path, 'center');
  });
  toolbar.hidden = false;
  apply();
}
