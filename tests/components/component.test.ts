// @vitest-environment jsdom
// The component base every browser script shares: where a component starts, how it reads its data-* settings, and
// what the user sees when it cannot work.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Component,
  ComponentError,
  integer,
  json,
  reportFailure,
  setting,
  start,
  text,
} from '../../src/components/component';

class Greeting extends Component {
  static moduleName = 'app-greeting';
  static what = 'The greeting';
  init(): void {
    this.find('[data-greeting-text]').textContent = `Hello, ${setting(this.root, 'name', text, 'everyone')}`;
  }
}

class Slow extends Component {
  static moduleName = 'app-slow';
  static what = 'The slow part';
  async init(): Promise<void> {
    await Promise.resolve();
    throw new ComponentError('it gave up');
  }
}

function page(html: string): void {
  document.body.innerHTML = html;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('starting components', () => {
  it('starts on each element marked with its data-module, once however often it is asked', () => {
    page(`
      <div data-module="app-greeting" data-name="Sam"><p data-greeting-text></p></div>
      <div data-module="app-greeting"><p data-greeting-text></p></div>
      <div data-module="app-other"><p data-greeting-text></p></div>`);
    expect(start(Greeting)).toHaveLength(2);
    expect(start(Greeting)).toHaveLength(0);
    expect([...document.querySelectorAll('[data-greeting-text]')].map((line) => line.textContent)).toEqual([
      'Hello, Sam',
      'Hello, everyone',
      '',
    ]);
    expect(document.querySelectorAll('[data-app-greeting-init]')).toHaveLength(2);
  });

  it('looks only inside the scope it is given', () => {
    page(`
      <section id="here"><div data-module="app-greeting"><p data-greeting-text></p></div></section>
      <div data-module="app-greeting"><p data-greeting-text></p></div>`);
    start(Greeting, document.getElementById('here')!);
    expect([...document.querySelectorAll('[data-greeting-text]')].map((line) => line.textContent)).toEqual([
      'Hello, everyone',
      '',
    ]);
  });

  it('tells the user, in an alert before the component, when a part it needs is missing, and starts the others', () => {
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
    page(`
      <div data-module="app-greeting" id="broken"></div>
      <div data-module="app-greeting"><p data-greeting-text></p></div>`);
    expect(start(Greeting)).toHaveLength(1);
    const alert = document.getElementById('broken')!.previousElementSibling!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe(
      'The greeting is not working on this page, so it is not shown. The rest of the page still works: reload it to try again.',
    );
    expect(document.querySelector('[data-greeting-text]')!.textContent).toBe('Hello, everyone');
    expect(console).toHaveBeenCalledWith('The greeting:', new ComponentError('missing [data-greeting-text]'));
  });

  it('reports a failure that happens after an await, too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    page('<div data-module="app-slow"></div>');
    start(Slow);
    await vi.waitFor(() => expect(document.querySelector('[role="alert"]')).not.toBeNull());
    expect(document.querySelector('[role="alert"]')!.textContent).toMatch(/^The slow part is not working/);
  });

  it('puts the message where it can be seen while the component itself is still hidden', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    page('<main><div hidden id="panel"></div></main>');
    reportFailure(document.getElementById('panel')!, 'The panel', new Error('no'));
    const message = document.querySelector('main')!.firstElementChild as HTMLElement;
    expect(message.className).toBe('govuk-error-message app-component-error');
    expect(message.hidden).toBe(false);
  });
});

describe('reading data-* settings', () => {
  const element = (attributes: Record<string, string>) => {
    const div = document.createElement('div');
    for (const [name, value] of Object.entries(attributes)) div.setAttribute(name, value);
    return div;
  };

  it('reads text, trimmed, and falls back when it is missing or blank', () => {
    expect(setting(element({ 'data-map-href': ' /process-maps/recall/ ' }), 'mapHref', text, '/')).toBe(
      '/process-maps/recall/',
    );
    expect(setting(element({}), 'mapHref', text, '/')).toBe('/');
    expect(setting(element({ 'data-map-href': '  ' }), 'mapHref', text, '/')).toBe('/');
  });

  it('stops the component, naming the attribute, when a required setting is missing or unusable', () => {
    expect(() => setting(element({}), 'walkthrough', text)).toThrow(new ComponentError('data-walkthrough is missing'));
    expect(() => setting(element({ 'data-answer-index': 'two' }), 'answerIndex', integer(0))).toThrow(
      new ComponentError('data-answer-index is not usable'),
    );
  });

  it('reads whole numbers within their range only', () => {
    const read = integer(0, 3);
    expect(read('2')).toBe(2);
    expect(read(' 0 ')).toBe(0);
    for (const bad of ['', '4', '-1', '1.5', '1e1', 'NaN', 'Infinity']) expect(read(bad), bad).toBeUndefined();
  });

  it('reads JSON of the expected shape, and nothing else', () => {
    const read = json((value): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string'));
    expect(read('["a","b"]')).toEqual(['a', 'b']);
    expect(read('[1]')).toBeUndefined();
    expect(read('{not json')).toBeUndefined();
    expect(setting(element({ 'data-steps': '[1]' }), 'steps', read, [])).toEqual([]);
  });
});
