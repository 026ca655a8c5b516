// The deadline calculator in the browser: reads the form (or the link it was opened from), shows GOV.UK error
// messages for bad input, and lists the dated deadlines earliest first with their sources.
import { element } from '../process-map/dom';
import {
  calculateDeadlines,
  readDateFields,
  readTime,
  type DeadlineResult,
  type FieldError,
} from '../../lib/deadlines/calculate';
import { parseIsoDate, toIsoDate } from '../../lib/dates';
import { eventById } from '../../lib/deadlines/rules';

const fieldIds: Record<FieldError['field'], string> = {
  event: 'deadline-event',
  day: 'deadline-day',
  month: 'deadline-month',
  year: 'deadline-year',
  time: 'deadline-time',
};
const groupOf = (field: FieldError['field']) =>
  field === 'day' || field === 'month' || field === 'year' ? 'date' : field;

export function startDeadlineCalculator(root: ParentNode = document): void {
  const form = element<HTMLFormElement>(root, '[data-deadline-form]');
  const event = element<HTMLSelectElement>(form, '#deadline-event');
  const day = element<HTMLInputElement>(form, '#deadline-day');
  const month = element<HTMLInputElement>(form, '#deadline-month');
  const year = element<HTMLInputElement>(form, '#deadline-year');
  const time = element<HTMLInputElement>(form, '#deadline-time');
  const timeGroup = element<HTMLElement>(form, '[data-deadline-time-group]');
  const errors = element<HTMLElement>(root, '[data-deadline-errors]');
  const errorList = element<HTMLElement>(root, '[data-deadline-error-list]');
  const results = element<HTMLElement>(root, '[data-deadline-results]');
  const heading = element<HTMLElement>(root, '[data-deadline-results-heading]');
  const startNote = element<HTMLElement>(root, '[data-deadline-start-note]');
  const rows = element<HTMLElement>(root, '[data-deadline-rows]');
  // Each cell names its column, for the stacked rows a phone shows instead of the table's four columns.
  const columns = [...results.querySelectorAll('thead th')].map((header) => header.textContent?.trim() ?? '');
  const link = element<HTMLAnchorElement>(root, '[data-deadline-link]');

  element<HTMLElement>(root, '[data-deadline-no-js]').hidden = true;
  form.hidden = false;

  const eventHint = element<HTMLElement>(form, '[data-deadline-event-hint]');
  const showTimeField = () => {
    const chosen = eventById(event.value);
    timeGroup.hidden = !chosen?.needsTime;
    eventHint.textContent = chosen?.hint ?? '';
  };
  event.addEventListener('change', showTimeField);

  const clearErrors = () => {
    errors.hidden = true;
    errorList.replaceChildren();
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
    errorList.replaceChildren(
      ...problems.map((problem) => {
        const item = document.createElement('li');
        const anchor = document.createElement('a');
        anchor.href = `#${fieldIds[problem.field]}`;
        anchor.textContent = problem.message;
        anchor.addEventListener('click', (clickEvent) => {
          clickEvent.preventDefault();
          document.getElementById(fieldIds[problem.field])?.focus();
        });
        item.append(anchor);
        return item;
      }),
    );
    for (const problem of problems) {
      const group = element<HTMLElement>(form, `[data-group="${groupOf(problem.field)}"]`);
      group.classList.add('govuk-form-group--error');
      const message = element<HTMLElement>(group, '.govuk-error-message');
      message.hidden = false;
      message.innerHTML = '<span class="govuk-visually-hidden">Error:</span> ';
      message.append(problem.message);
      const input = document.getElementById(fieldIds[problem.field]);
      input?.classList.add(input instanceof HTMLSelectElement ? 'govuk-select--error' : 'govuk-input--error');
      input?.setAttribute('aria-invalid', 'true');
    }
    errors.hidden = false;
    errors.focus();
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
    const lead = document.createElement('span');
    lead.className = 'govuk-caption-m';
    lead.textContent = chosen.label;
    heading.prepend(lead);
    startNote.hidden = !calculation.startNote;
    startNote.textContent = calculation.startNote ?? '';
    const ordered = [...calculation.results].sort((a, b) => a.date.getTime() - b.date.getTime());
    rows.replaceChildren(...ordered.map((result) => row(root, chosen.id, result, columns)));
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
  element<HTMLButtonElement>(root, '[data-deadline-today]').addEventListener('click', () => {
    const today = new Date();
    day.value = String(today.getDate());
    month.value = String(today.getMonth() + 1);
    year.value = String(today.getFullYear());
    day.focus();
  });
  element<HTMLButtonElement>(root, '[data-deadline-print]').addEventListener('click', () => window.print());

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
