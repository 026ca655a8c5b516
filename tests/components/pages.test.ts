// @vitest-environment jsdom
// The map page's and search's browser scripts on the component base: the settings each reads from its data-*
// attributes, and what the user sees when one is missing or wrong.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ComponentError, start } from '../../src/components/component';
import { DiagramView } from '../../src/components/process-map/diagram';
import { Presenter } from '../../src/components/process-map/presenter';
import { Walkthrough } from '../../src/components/process-map/walkthrough';
import { RoleHighlight } from '../../src/components/roles/role-highlight';
import { SearchHighlight } from '../../src/components/search/highlight';
import { SearchPage } from '../../src/components/search/search';
import { ReportProblem } from '../../src/components/site/report-problem';

const alertText = () => document.querySelector('.app-component-error')?.textContent ?? '';

beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}));
afterEach(() => {
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('the walk-through and presenter mode', () => {
  const panel = (process: string) => `
    <section data-module="app-walkthrough" ${process} hidden>
      <button data-action="start">Start</button><button data-action="back">Back</button>
      <button data-action="restart">Restart</button>
      <div data-walkthrough-current></div><ol data-walkthrough-path></ol><ol data-inspector-log></ol>
    </section>`;

  it('names the map it cannot find, and stays hidden, rather than starting an empty walk-through', async () => {
    document.body.innerHTML = panel('data-walkthrough="no-such-map"');
    start(Walkthrough);
    await vi.waitFor(() => expect(alertText()).toMatch(/^The walk-through is not working on this page/));
    expect(console.error).toHaveBeenCalledWith(
      'The walk-through:',
      new ComponentError('there is no map “no-such-map”'),
    );
    expect(document.querySelector<HTMLElement>('[data-module="app-walkthrough"]')!.hidden).toBe(true);
  });

  it('requires data-walkthrough to name the map', async () => {
    document.body.innerHTML = panel('');
    start(Walkthrough);
    await vi.waitFor(() =>
      expect(console.error).toHaveBeenCalledWith(
        'The walk-through:',
        new ComponentError('data-walkthrough is missing'),
      ),
    );
    expect(alertText()).toMatch(/^The walk-through is not working/);
  });

  it('reports presenter mode without its controls, going back to the list of steps', () => {
    document.documentElement.classList.add('app-js', 'app-presenting');
    document.body.innerHTML =
      '<div data-module="app-presenter" data-presenter="enforcement"><ol><li>Step</li></ol></div>';
    start(Presenter);
    expect(alertText()).toMatch(/^Presenter mode is not working/);
    expect(document.documentElement.classList.contains('app-presenting')).toBe(false);
  });

  it('needs the drawing inside the diagram’s figure', () => {
    document.body.innerHTML = '<div data-module="app-map-diagram"></div>';
    expect(() => new DiagramView(document.querySelector('div')!, [])).toThrow(new ComponentError('missing svg'));
  });
});

describe('highlight my role', () => {
  const picker = `
    <div data-module="app-role-highlight" hidden>
      <select><option value="">No role</option><option value="pom">POM</option></select>
      <p data-role-highlight-message></p>
      <div data-role-highlight-steps hidden><ol></ol></div>
    </div>
    <ol><li data-step="a" data-step-title="1. Send a letter" data-lane="pom" id="step-a">Send a letter</li></ol>`;

  it('highlights the role a link asks for, and ignores one the site does not have', () => {
    history.replaceState(null, '', '/?role=pom');
    document.body.innerHTML = picker;
    start(RoleHighlight);
    expect(document.querySelector('[data-role-highlight-message]')!.textContent).toMatch(/: 1 step in this map\.$/);
    history.replaceState(null, '', '/?role=%3Cscript%3E');
    document.body.innerHTML = picker;
    start(RoleHighlight);
    expect(document.querySelector('[data-role-highlight-message]')!.textContent).toBe(
      'The link asked to highlight a role this site does not have, so nothing is highlighted.',
    );
  });

  it('says so, and stays hidden, without its list of roles', () => {
    document.body.innerHTML = picker.replace(/<select>.*<\/select>/, '');
    start(RoleHighlight);
    expect(alertText()).toMatch(/^Highlighting your role is not working/);
    expect(document.querySelector<HTMLElement>('[data-module="app-role-highlight"]')!.hidden).toBe(true);
  });
});

describe('report a problem', () => {
  const section = (settings: string) => `
    <section data-module="app-report-problem" ${settings}>
      <a data-report-problem href="mailto:team@example.gov.uk">Report a problem</a>
    </section>`;

  it('writes the email from data-report-email and data-report-title, with the full address', () => {
    history.replaceState(null, '', '/process-maps/recall/?step=decide');
    document.body.innerHTML = section('data-report-email="maps@example.gov.uk" data-report-title="Recall"');
    start(ReportProblem);
    const link = new URL(document.querySelector('a')!.href);
    expect(link.pathname).toBe('maps@example.gov.uk');
    expect(link.searchParams.get('subject')).toBe('Problem with a page: Recall');
    expect(link.searchParams.get('body')).toContain('/process-maps/recall/?step=decide');
  });

  it('falls back to the page’s title, and leaves the link alone without an address to write to', () => {
    document.title = 'Recall – HMPPS';
    document.body.innerHTML = section('data-report-email=" "');
    start(ReportProblem);
    expect(document.querySelector('a')!.getAttribute('href')).toBe('mailto:team@example.gov.uk');
    document.body.innerHTML = section('data-report-email="maps@example.gov.uk"');
    start(ReportProblem);
    expect(new URL(document.querySelector('a')!.href).searchParams.get('subject')).toBe(
      'Problem with a page: Recall – HMPPS',
    );
  });
});

describe('search', () => {
  it('reports a search form whose results list is missing, leaving the no-JavaScript links', () => {
    document.body.innerHTML = `<form data-module="app-search"><input data-search-input></form>
      <div data-search-no-js>Search needs JavaScript</div><p data-search-status></p>`;
    start(SearchPage);
    expect(alertText()).toMatch(/^Search is not working on this page/);
    expect(document.querySelector<HTMLElement>('[data-search-no-js]')!.hidden).toBe(false);
  });

  it('does nothing on a page opened without words to highlight, and reports a bar without its button', async () => {
    const bar = (button: string) =>
      `<div data-module="app-search-highlight" hidden>${button}</div><p data-search-highlight-status></p>`;
    document.body.innerHTML = bar('');
    start(SearchHighlight);
    await Promise.resolve();
    expect(document.querySelector('.app-component-error')).toBeNull();
    history.replaceState(null, '', '/?highlight=recall');
    document.body.innerHTML = bar('');
    start(SearchHighlight);
    await vi.waitFor(() => expect(alertText()).toMatch(/^Highlighting your search words is not working/));
  });
});
