// The base every browser script builds on, after GOV.UK Frontend's Component (govuk-frontend/dist/govuk/component.mjs):
// a component starts once on each element marked data-module="app-…", reads typed settings from data-* attributes
// with a safe fallback, and a failure shows the user a visible, announced message rather than a console line only.
// (GOV.UK's class itself, with its error classes, would cost the map page's 25 KB budget some 850 bytes gzipped.)

/** A problem the user can be told about: what is missing or unreadable, in words the page's reader understands. */
export class ComponentError extends Error {}

export abstract class Component {
  /** The data-module value the component starts on, "app-" and its name. */
  static moduleName: string;
  /** What the user is told has stopped working, as the start of a sentence: "The walk-through". */
  static what: string;
  readonly page: Document;

  constructor(readonly root: HTMLElement) {
    this.page = root.ownerDocument;
  }

  /** Wires the component up; a failure (thrown, or a rejected promise) is reported to the user. */
  abstract init(): void | Promise<unknown>;

  /** An element the component cannot work without: a missing one stops it, naming what is missing. */
  find<T extends Element = HTMLElement>(selector: string, scope: ParentNode = this.root): T {
    const found = scope.querySelector<T>(selector);
    if (!found) throw new ComponentError(`missing ${selector}`);
    return found;
  }
}

interface ComponentClass<T extends Component> {
  new (root: HTMLElement): T;
  moduleName: string;
  what: string;
  /** Undoes what the page set up in advance for the component, when it cannot start (presenter mode's layout). */
  failed?(root: HTMLElement): void;
}

/**
 * Starts the component on every element of `scope` marked with its module name and not started already; returns those
 * started. One that fails is reported on the page, and the others still start.
 */
export function start<T extends Component>(Type: ComponentClass<T>, scope: ParentNode = document): T[] {
  const started: T[] = [];
  for (const root of scope.querySelectorAll<HTMLElement>(`[data-module="${Type.moduleName}"]`)) {
    const flag = `data-${Type.moduleName}-init`;
    if (root.hasAttribute(flag)) continue;
    root.setAttribute(flag, '');
    const fail = (error: unknown) => {
      Type.failed?.(root);
      reportFailure(root, Type.what, error);
    };
    try {
      const component = new Type(root);
      void Promise.resolve(component.init()).catch(fail);
      started.push(component);
    } catch (error) {
      fail(error);
    }
  }
  return started;
}

/**
 * Tells the user, just before the component's element (which may still be hidden), that this part of the page has
 * stopped working and the rest still works; the details go to the console for whoever maintains the site.
 */
export function reportFailure(root: HTMLElement, what: string, error: unknown): void {
  const message = root.ownerDocument.createElement('p');
  message.className = 'govuk-error-message app-component-error';
  message.setAttribute('role', 'alert');
  message.textContent = `${what} is not working on this page, so it is not shown. The rest of the page still works: reload it to try again.`;
  root.before(message);
  console.error(`${what}:`, error);
}

/** How one data-* setting is read: undefined when the attribute is there but unusable. */
export type Reader<T> = (raw: string) => T | undefined;

/** A setting read as written (trimmed); empty counts as missing. */
export const text: Reader<string> = (raw) => raw.trim() || undefined;

/** A whole number from `min` to `max`. */
export const integer =
  (min: number, max = Number.MAX_SAFE_INTEGER): Reader<number> =>
  (raw) => {
    const value = Number(raw.trim() || NaN);
    return Number.isInteger(value) && value >= min && value <= max ? value : undefined;
  };

/** JSON of the shape `isValid` accepts. */
export const json =
  <T>(isValid: (value: unknown) => value is T): Reader<T> =>
  (raw) => {
    try {
      const value: unknown = JSON.parse(raw);
      return isValid(value) ? value : undefined;
    } catch {
      return undefined;
    }
  };

/**
 * Reads `data-<name>` of `element` (camelCase names, as in `dataset`), or the fallback when it is missing or unusable.
 * Without a fallback the setting is required: a missing or unusable one stops the component, naming the attribute.
 */
export function setting<T>(element: HTMLElement, name: string, read: Reader<T>, fallback?: T): T {
  const raw = element.dataset[name];
  const value = raw === undefined ? undefined : read(raw);
  if (value !== undefined) return value;
  if (fallback !== undefined) return fallback;
  throw new ComponentError(
    `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)} is ${raw === undefined ? 'missing' : 'not usable'}`,
  );
}
