// The deadline calculator in the browser: reads the form (or the link it was opened from), shows GOV.UK error
// messages for bad input, and lists the dated deadlines earliest first with their sources.
import { ErrorSummary } from 'govuk-frontend';
import {
  calculateDeadlines,
  readDateFields,
  readTime,
  type DeadlineResult,
  type FieldError,
} from '../../lib/deadlines/calculate';
import { parseIsoDate, toIsoDate } from '../../lib/dates';
import { eventById } from '../../lib/deadlines/rules';
import { Component } from '../component';

const fieldIds: Record<FieldError['field'], string> = {
  event: 'deadline-event',
  day: 'deadline-day',
  month: 'deadline-month',
  year: 'deadline-year',
  time: 'deadline-time',
};
const groupOf = (field: FieldError['field']) =>
  field === 'day' || field === 'month' || field === 'year' ? 'date' : field;

/** The calculator's form is its root; the error summary, the results and the rules table are found in the page. */
export class DeadlineCalculator extends Component {
  static moduleName = 'app-deadline-calculator';
  static what = 'The deadline calculator';

  init(): void {
    const { root: form, page } = this;
    const inPage = <T extends HTMLElement = HTMLElement>(selector: string) => this.find<T>(selector, page);
    const event = this.find<HTMLSelectElement>('#deadline-event');
    const day = this.find<HTMLInputElement>('#deadline-day');
    const month = this.find<HTMLInputElement>('#deadline-month');
    const year = this.find<HTMLInputElement>('#deadline-year');
    const time = this.find<HTMLInputElement>('#deadline-time');
    const timeGroup = this.find('[data-deadline-time-group]');
    // Each showing of errors gets a fresh copy of the empty summary, which GOV.UK Frontend's ErrorSummary then
    // focuses and wires (a link moves focus to its field and scrolls its label or legend into view), as it does for
    // a summary a server renders with a new page.
    const emptySummary = inPage('[data-deadline-errors]');
    let summary = emptySummary;
    const results = inPage('[data-deadline-results]');
    const heading = inPage('[data-deadline-results-heading]');
    const startNote = inPage('[data-deadline-start-note]');
    const rows = inPage('[data-deadline-rows]');
    // Each cell names its column, for the stacked rows a phone shows instead of the table's four columns.
    const columns = [...results.querySelectorAll('thead th')].map((header) => header.textContent?.trim() ?? '');
    const link = inPage<HTMLAnchorElement>('[data-deadline-link]');
    const eventHint = this.find('[data-deadline-event-hint]');

    inPage('[data-deadline-no-js]').hidden = true;
    form.hidden = false;

    const showTimeField = () => {
      const chosen = eventById(event.value);
      timeGroup.hidden = !chosen?.needsTime;
      eventHint.textContent = chosen?.hint ?? '';
    };
    event.addEventListener('change', showTimeField);

    const showSummary = (next: HTMLElement) => {
      summary.replaceWith(next);
      summary = next;
    };

    const clearErrors = () => {
      showSummary(emptySummary);
      for (const group of form.querySelectorAll<HTMLElement>('[data-group]')) {
        group.classList.remove('govuk-form-group--error');
        const message = group.querySelector<HTMLElement>('.govuk-error-message');
        if (message) message.hidden = true;
      }
      for (const input of form.querySelectorAll('input, select')) {
        input.classList.remove('govuk-input--error', 'govuk-select--error');
        input.removeAttribute('aria-invalid');
      }
    };

    const showErrors = (problems: FieldError[]) => {
      results.hidden = true;
      const filled = emptySummary.cloneNode(true) as HTMLElement;
      this.find('[data-deadline-error-list]', filled).replaceChildren(
        ...problems.map((problem) => {
          const item = page.createElement('li');
          const anchor = page.createElement('a');
          anchor.href = `#${fieldIds[problem.field]}`;
          anchor.textContent = problem.message;
          item.append(anchor);
          return item;
        }),
      );
      for (const problem of problems) {
        const group = this.find(`[data-group="${groupOf(problem.field)}"]`);
        group.classList.add('govuk-form-group--error');
        const message = this.find('.govuk-error-message', group);
        message.hidden = false;
        message.innerHTML = '<span class="govuk-visually-hidden">Error:</span> ';
        message.append(problem.message);
        const input = page.getElementById(fieldIds[problem.field]);
        input?.classList.add(input instanceof HTMLSelectElement ? 'govuk-select--error' : 'govuk-input--error');
        input?.setAttribute('aria-invalid', 'true');
      }
      filled.hidden = false;
      showSummary(filled);
      new ErrorSummary(filled);
    };
    const render = (focus: boolean): boolean => {
      clearErrors();
      const chosen = eventById(event.value);
      if (!chosen) {
        showErrors([{ field: 'event', message: 'Select what happened' }]);
        return false;
      }
      const date = readDateFields({ day: day.value, month: month.value, year: year.value });
      const clock = chosen.needsTime ? readTime(time.value) : {};
      const problems = [...('errors' in date ? date.errors : []), ...('error' in clock ? [clock.error] : [])];
      if (problems.length || 'errors' in date || 'error' in clock) {
        showErrors(problems);
        return false;
      }
      const calculation = calculateDeadlines(chosen.id, date.date, clock.minutes)!;
      heading.textContent = `Deadlines from ${calculation.startText}`;
      const lead = page.createElement('span');
      lead.className = 'govuk-caption-m';
      lead.textContent = chosen.label;
      heading.prepend(lead);
      startNote.hidden = !calculation.startNote;
      startNote.textContent = calculation.startNote ?? '';
      const ordered = [...calculation.results].sort((a, b) => a.date.getTime() - b.date.getTime());
      rows.replaceChildren(...ordered.map((result) => row(page, chosen.id, result, columns)));
      const params = new URLSearchParams({ event: chosen.id, date: toIsoDate(date.date) });
      if (clock.minutes !== undefined)
        params.set(
          'time',
          `${String(Math.floor(clock.minutes / 60)).padStart(2, '0')}:${String(clock.minutes % 60).padStart(2, '0')}`,
        );
      const url = `${location.pathname}?${params}`;
      history.replaceState(null, '', url);
      link.href = url;
      results.hidden = false;
      if (focus) results.focus();
      return true;
    };

    form.addEventListener('submit', (submitEvent) => {
      submitEvent.preventDefault();
      render(true);
    });
    this.find<HTMLButtonElement>('[data-deadline-today]').addEventListener('click', () => {
      const today = new Date();
      day.value = String(today.getDate());
      month.value = String(today.getMonth() + 1);
      year.value = String(today.getFullYear());
      day.focus();
    });
    inPage('[data-deadline-print]').addEventListener('click', () => page.defaultView?.print());

    // Opened from a shared link: fill the form from the URL, and explain anything in it we cannot use.
    const params = new URLSearchParams(location.search);
    const linkedEvent = params.get('event');
    const linkedDate = params.get('date');
    if (linkedEvent !== null || linkedDate !== null) {
      if (linkedEvent !== null && eventById(linkedEvent)) event.value = linkedEvent;
      const parsed = linkedDate === null ? undefined : parseIsoDate(linkedDate);
      if (parsed) {
        day.value = String(parsed.getUTCDate());
        month.value = String(parsed.getUTCMonth() + 1);
        year.value = String(parsed.getUTCFullYear());
      }
      time.value = (params.get('time') ?? '').slice(0, 8);
      showTimeField();
      if (linkedEvent !== null && !eventById(linkedEvent)) {
        showErrors([
          { field: 'event', message: 'The link named an event the calculator does not know. Select what happened' },
        ]);
      } else if (!parsed) {
        showErrors([{ field: 'day', message: 'The link did not give a real date. Enter the date of the event' }]);
      } else {
        render(false);
      }
    }
    showTimeField();
  }
}

function row(root: ParentNode, eventId: string, result: DeadlineResult, columns: string[]): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.className = 'govuk-table__row';
  const cell = (content: (Node | string)[], header = false) => {
    const td = document.createElement(header ? 'th' : 'td');
    td.className = header ? 'govuk-table__header' : 'govuk-table__cell';
    if (header) td.setAttribute('scope', 'row');
    td.dataset.label = columns[tr.cells.length] ?? '';
    td.append(...content);
    tr.append(td);
  };
  const time = document.createElement('time');
  time.dateTime = result.iso;
  time.textContent = result.when;
  const task: (Node | string)[] = [result.rule.task];
  const extra = (text: string, className: string) => {
    const span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    return span;
  };
  if (result.rule.appliesTo) task.push(extra(`Applies to: ${result.rule.appliesTo}`, 'app-rules-table__applies'));
  for (const warning of result.warnings) task.push(extra(warning, 'app-rules-table__warning'));
  if (result.skippedHolidays.length)
    task.push(extra(`Bank holidays skipped: ${result.skippedHolidays.join('; ')}.`, 'app-rules-table__note'));
  if (result.rule.note) task.push(extra(result.rule.note, 'app-rules-table__note'));
  // The citation link is built at build time in the rules table below; reuse it rather than rebuild it here.
  const citation = root.querySelector(`[data-rule="${eventId}/${result.rule.id}"] [data-citation]`);
  cell([time], true);
  cell(task);
  cell([`${result.timescale}`, extra(result.counting, 'app-rules-table__note')]);
  cell(citation ? [...citation.cloneNode(true).childNodes] : ['']);
  return tr;
}
