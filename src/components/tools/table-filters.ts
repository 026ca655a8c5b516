// Filters a server-rendered table's rows by `data-*` attributes chosen in selects and by words in a text box, keeps the
// choice in the URL, and says how many rows are shown. The filters are the root; data-table names the table's id and
// data-noun what its rows are ("timescales").
import { Component, ComponentError, setting, text } from '../component';

export class TableFilters extends Component {
  static moduleName = 'app-table-filters';
  static what = 'Filtering the table';

  init(): void {
    const { root: form, page } = this;
    const tableId = setting(form, 'table', text);
    const table = page.getElementById(tableId);
    if (!(table instanceof HTMLTableElement)) throw new ComponentError(`no table with the id “${tableId}”`);
    const noun = setting(form, 'noun', text, 'rows');
    const count = this.find('[data-filter-count]', page);
    const body = this.find<HTMLTableSectionElement>('tbody', table);
    const words = form.querySelector<HTMLInputElement>('[data-filter-text]');
    const selects = [...form.querySelectorAll<HTMLSelectElement>('[data-filter-column]')];
    const params = new URLSearchParams(page.location.search);
    for (const select of selects) {
      const wanted = params.get(select.dataset.filterColumn!);
      if (wanted !== null && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
    }
    if (words) words.value = (params.get('q') ?? '').slice(0, 100);

    const apply = () => {
      const wanted = (words?.value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const row of body.rows) {
        // A cell may hold several values, space-separated (a timescale used in guidance and a map).
        const matchesSelects = selects.every(
          (select) =>
            !select.value || (row.dataset[select.dataset.filterColumn!] ?? '').split(' ').includes(select.value),
        );
        const content = (row.textContent ?? '').toLowerCase();
        const visible = matchesSelects && wanted.every((word) => content.includes(word));
        row.hidden = !visible;
        if (visible) shown += 1;
      }
      count.textContent =
        shown === body.rows.length ? `Showing all ${shown} ${noun}` : `Showing ${shown} of ${body.rows.length} ${noun}`;
      const url = new URL(page.location.href);
      for (const select of selects) {
        if (select.value) url.searchParams.set(select.dataset.filterColumn!, select.value);
        else url.searchParams.delete(select.dataset.filterColumn!);
      }
      if (words?.value.trim()) url.searchParams.set('q', words.value.trim());
      else url.searchParams.delete('q');
      page.defaultView?.history.replaceState(null, '', url);
    };
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.hidden = false;
    apply();
  }
}
