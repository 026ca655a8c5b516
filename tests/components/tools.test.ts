// @vitest-environment jsdom
// The calculator and the timescales table on the component base and on GOV.UK and MOJ Frontend's own components:
// their settings, their failures, and the behaviour GOV.UK's and MOJ's scripts now provide.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { start } from '../../src/components/component';
import { startGovukComponents } from '../../src/components/govuk-frontend';
import { DeadlineCalculator } from '../../src/components/tools/deadlines';
import { SortableTable } from '../../src/components/tools/sortable-table';
import { TableFilters } from '../../src/components/tools/table-filters';

const alertText = () => document.querySelector('.app-component-error')?.textContent ?? '';

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  // jsdom lays nothing out; GOV.UK's error summary scrolls a field's label into view.
  Element.prototype.scrollIntoView = () => {};
});
afterEach(() => {
  document.body.innerHTML = '';
  document.body.className = '';
  history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

describe('the deadline calculator', () => {
  const calculator = `
    <div data-deadline-no-js>Needs JavaScript</div>
    <div class="govuk-error-summary" data-module="govuk-error-summary" data-deadline-errors hidden>
      <div role="alert"><h2>There is a problem</h2><ul data-deadline-error-list></ul></div>
    </div>
    <form data-module="app-deadline-calculator" hidden>
      <div data-group="event"><p data-deadline-event-hint></p><p class="govuk-error-message" hidden></p>
        <label for="deadline-event">What happened?</label>
        <select id="deadline-event"><option value="contact">Contact</option></select></div>
      <div data-group="date"><fieldset><legend>When did it happen?</legend><p class="govuk-error-message" hidden></p>
        <label for="deadline-day">Day</label><input id="deadline-day">
        <label for="deadline-month">Month</label><input id="deadline-month">
        <label for="deadline-year">Year</label><input id="deadline-year"></fieldset></div>
      <div data-group="time" data-deadline-time-group><p class="govuk-error-message" hidden></p>
        <label for="deadline-time">Time</label><input id="deadline-time"></div>
      <button type="submit" data-module="govuk-button">Work out deadlines</button>
      <button type="button" data-deadline-today>Use today’s date</button>
    </form>
    <section data-deadline-results hidden tabindex="-1"><h2 data-deadline-results-heading></h2>
      <p data-deadline-start-note></p><table><thead><tr><th>Date</th></tr></thead><tbody data-deadline-rows></tbody></table>
      <button data-deadline-print>Print</button><a data-deadline-link href="/tools/deadlines/">Link</a></section>`;

  const startCalculator = () => {
    startGovukComponents();
    start(DeadlineCalculator);
  };

  it('shows the form in place of the no-JavaScript text', () => {
    document.body.innerHTML = calculator;
    startCalculator();
    expect(document.querySelector<HTMLElement>('[data-deadline-no-js]')!.hidden).toBe(true);
    expect(document.querySelector('form')!.hidden).toBe(false);
  });

  it('focuses a GOV.UK error summary whose link takes the reader to the field', () => {
    document.body.innerHTML = calculator;
    startCalculator();
    document.querySelector('form')!.requestSubmit();
    const summary = document.querySelector<HTMLElement>('[data-deadline-errors]')!;
    expect(summary.hidden).toBe(false);
    expect(document.activeElement).toBe(summary);
    expect(summary.hasAttribute('data-govuk-error-summary-init')).toBe(true);
    const link = summary.querySelector('a')!;
    expect(link.textContent).toBe('Enter the date of the event');
    link.click();
    expect(document.activeElement?.id).toBe('deadline-day');
  });

  it('shows a fresh summary each time, so the second problem is focused and announced too', () => {
    document.body.innerHTML = calculator;
    startCalculator();
    const form = document.querySelector('form')!;
    form.requestSubmit();
    document.querySelector<HTMLInputElement>('#deadline-day')!.focus();
    form.requestSubmit();
    expect(document.querySelectorAll('[data-deadline-errors]')).toHaveLength(1);
    expect(document.activeElement?.hasAttribute('data-deadline-errors')).toBe(true);
  });

  it('says the calculator is not working, and keeps the no-JavaScript text, when the form lacks a field', () => {
    document.body.innerHTML = calculator.replace('<input id="deadline-year">', '');
    startCalculator();
    expect(alertText()).toMatch(/^The deadline calculator is not working/);
    expect(document.querySelector<HTMLElement>('[data-deadline-no-js]')!.hidden).toBe(false);
  });
});

describe('the timescales table', () => {
  const table = (filters: string) => `
    <div data-module="app-table-filters" ${filters} hidden>
      <input data-filter-text>
      <select data-filter-column="unit"><option value="">All</option><option value="hours">Hours</option></select>
    </div>
    <p data-filter-count></p>
    <table id="all" data-module="moj-sortable-table">
      <thead><tr><th aria-sort="none">Task</th><th aria-sort="ascending">Timescale</th></tr></thead>
      <tbody>
        <tr data-unit="days"><td><a href="/z/">Send a warning letter</a></td><td data-sort-value="48">2 days</td></tr>
        <tr data-unit="hours"><td>Recall <span>(urgent)</span></td><td data-sort-value="2">2 hours</td></tr>
        <tr data-unit="days"><td>Review</td><td data-sort-value="120">5 days</td></tr>
      </tbody>
    </table>`;
  const column = (index: number) =>
    [...document.querySelectorAll('tbody tr')].map((row) => row.children[index]!.textContent);

  it('filters the rows of the table data-table names, counting them with data-noun', () => {
    document.body.innerHTML = table('data-table="all" data-noun="timescales"');
    start(TableFilters);
    expect(document.querySelector('[data-filter-count]')!.textContent).toBe('Showing all 3 timescales');
    const select = document.querySelector('select')!;
    select.value = 'hours';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(document.querySelector('[data-filter-count]')!.textContent).toBe('Showing 1 of 3 timescales');
    expect(new URL(location.href).searchParams.get('unit')).toBe('hours');
  });

  it('counts "rows" without data-noun, and reports filters that name no table', () => {
    document.body.innerHTML = table('data-table="all"');
    start(TableFilters);
    expect(document.querySelector('[data-filter-count]')!.textContent).toBe('Showing all 3 rows');
    document.body.innerHTML = table('data-table="none"');
    start(TableFilters);
    expect(alertText()).toMatch(/^Filtering the table is not working/);
    expect(document.querySelector<HTMLElement>('[data-module="app-table-filters"]')!.hidden).toBe(true);
  });

  it('sorts with MOJ Frontend’s sortable table, by the words a reader sees, not the cells’ HTML', () => {
    document.body.innerHTML = table('');
    startGovukComponents(SortableTable);
    expect(column(1)).toEqual(['2 hours', '2 days', '5 days']);
    document.querySelector<HTMLButtonElement>('th button')!.click();
    expect(column(0)).toEqual(['Recall (urgent)', 'Review', 'Send a warning letter']);
    expect(document.querySelector('th')!.getAttribute('aria-sort')).toBe('ascending');
    expect(document.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ')).toBe(
      'Sort by Task (ascending)',
    );
  });
});
