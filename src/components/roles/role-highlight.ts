// "Highlight my role" on a map page: dims every [data-lane] element of other roles (procedure entries and diagram
// groups), lists the chosen role's steps, and remembers the choice in localStorage when the browser allows it.
import { browserStorage } from '../training/storage';
import { roles } from '../../lib/roles';
import { Component } from '../component';

export const roleStorageKey = 'app-highlight-role';

const roleName = (role: string) => (Object.hasOwn(roles, role) ? roles[role as keyof typeof roles] : undefined);

export class RoleHighlight extends Component {
  static moduleName = 'app-role-highlight';
  static what = 'Highlighting your role';
  private readonly select: HTMLSelectElement;
  private readonly message: HTMLElement;
  private readonly stepsBox: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly scope: ParentNode;

  constructor(root: HTMLElement) {
    super(root);
    this.scope = root.closest('[data-process-page]') ?? this.page;
    this.select = this.find('select');
    this.message = this.find('[data-role-highlight-message]');
    this.stepsBox = this.find('[data-role-highlight-steps]');
    this.list = this.find('ol', this.stepsBox);
  }

  private get lanes(): string[] {
    return [...this.select.options].map((option) => option.value).filter(Boolean);
  }

  init(): void {
    this.root.hidden = false;
    this.select.addEventListener('change', () => this.choose(this.select.value));
    // A role page links here with ?role=<id>: a role this map has is chosen (and remembered); anything else is
    // named as unknown and ignored, so a hostile address changes nothing.
    const asked = new URL(this.page.location.href).searchParams.get('role');
    if (asked !== null) {
      if (this.lanes.includes(asked)) {
        this.select.value = asked;
        this.choose(asked);
        return;
      }
      this.message.textContent = roleName(asked)
        ? `The link asked to highlight the ${roleName(asked)}, who has no steps in this map.`
        : 'The link asked to highlight a role this site does not have, so nothing is highlighted.';
      return;
    }
    const saved = this.read();
    if (saved === undefined || saved === '') return;
    if (this.lanes.includes(saved)) {
      this.select.value = saved;
      this.apply(saved);
    } else if (roleName(saved)) {
      this.message.textContent = `Your saved role, ${roleName(saved)}, has no steps in this map, so nothing is highlighted.`;
    } else {
      this.message.textContent =
        'Your saved role could not be read, so nothing is highlighted. Choose your role again.';
      this.write('');
    }
  }

  choose(role: string): void {
    this.apply(role);
    if (!this.write(role))
      this.message.textContent +=
        ' This browser would not let the site remember your choice, so it applies to this page only.';
  }

  private apply(role: string): void {
    const isActive = this.lanes.includes(role);
    for (const element of this.scope.querySelectorAll<Element>('[data-lane]')) {
      if (this.root.contains(element)) continue;
      const lane = element.getAttribute('data-lane');
      element.classList.toggle('app-lane--mine', isActive && lane === role);
      element.classList.toggle('app-lane--dimmed', isActive && lane !== role);
    }
    const steps = new Map<string, HTMLElement>();
    if (isActive)
      for (const step of this.scope.querySelectorAll<HTMLElement>('[data-step][data-step-title][data-lane]'))
        if (step.dataset.lane === role && !steps.has(step.dataset.step!)) steps.set(step.dataset.step!, step);
    this.list.replaceChildren(
      ...[...steps.values()].map((step) => {
        const item = this.page.createElement('li');
        const link = this.page.createElement('a');
        link.className = 'govuk-link';
        link.href = `#${step.id}`;
        link.textContent = step.dataset.stepTitle!;
        item.append(link);
        return item;
      }),
    );
    this.stepsBox.hidden = !isActive;
    this.message.textContent = isActive
      ? `Highlighting ${roleName(role)}: ${steps.size} ${steps.size === 1 ? 'step' : 'steps'} in this map.`
      : 'No role highlighted.';
  }

  private read(): string | undefined {
    try {
      return browserStorage(this.page)?.getItem(roleStorageKey) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** False when the browser refuses storage (private modes, full or blocked storage). */
  private write(role: string): boolean {
    try {
      const storage = browserStorage(this.page);
      if (!storage) return false;
      if (role) storage.setItem(roleStorageKey, role);
      else storage.removeItem(roleStorageKey);
      return true;
    } catch {
      return false;
    }
  }
}
