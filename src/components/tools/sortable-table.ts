// Sorting and filtering for server-rendered tables, in the MOJ sortable-table pattern: the column headings become
// buttons, `aria-sort` says the order, and a status line announces how many rows a filter leaves.

export function startSortableTable(table: HTMLTableElement): void {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  const body = table.tBodies[0];
  if (!body) return;
  headers.forEach((header, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'app-sort-button';
    button.append(...header.childNodes);
    header.append(button);
    button.addEventListener('click', () => {
      const direction = header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      for (const other of headers) other.setAttribute('aria-sort', 'none');
      header.setAttribute('aria-sort', direction);
      const numeric = header.dataset.sortType === 'number';
      const value = (row: HTMLTableRowElement) => {
        const cell = row.cells[column];
        return cell?.dataset.sortValue ?? cell?.textContent?.trim() ?? '';
      };
      const rows = [...body.rows].sort((a, b) => {
        const [x, y] = [value(a), value(b)];
        const order = numeric
          ? Number(x) - Number(y)
          : x.localeCompare(y, 'en', { sensitivity: 'base', numeric: true });
        return direction === 'ascending' ? order : -order;
      });
      body.append(...rows);
      const caption = table.caption;
      if (caption)
        caption.textContent = `${caption.dataset.label ?? caption.textContent?.split(',')[0]}, sorted by ${button.textContent?.trim().toLowerCase()} (${direction})`;
    });
  });
  if (table.caption) table.caption.dataset.label = table.caption.textContent?.split(',')[0] ?? '';
}

/** Filters rows by `data-*` attributes chosen in selects and by words in a text box; keeps the choice in the URL. */
export function startFilterableTable(
  table: HTMLTableElement,
  form: HTMLElement,
  count: HTMLElement,
  noun: string,
): void {
  const body = table.tBodies[0];
  if (!body) return;
  const text = form.querySelector<HTMLInputElement>('[data-filter-text]');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('[data-filter-column]')];
  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const wanted = params.get(select.dataset.filterColumn!);
    if (wanted !== null && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }
  if (text) text.value = (params.get('q') ?? '').slice(0, 100);

  const apply = () => {
    const words = (text?.value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of body.rows) {
      // A cell may hold several values, space-separated (a timescale used in guidance and a map).
      const matchesSelects = selects.every(
        (select) =>
          !select.value || (row.dataset[select.dataset.filterColumn!] ?? '').split(' ').includes(select.value),
      );
      const content = (row.textContent ?? '').toLowerCase();
      const visible = matchesSelects && words.every((word) => content.includes(word));
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    count.textContent =
      shown === body.rows.length ? `Showing all ${shown} ${noun}` : `Showing ${shown} of ${body.rows.length} ${noun}`;
    const url = new URL(location.href);
    for (const select of selects) {
      if (select.value) url.searchParams.set(select.dataset.filterColumn!, select.value);
      else url.searchParams.delete(select.dataset.filterColumn!);
    }
    if (text?.value.trim()) url.searchParams.set('q', text.value.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  };
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.hidden = false;
  apply();
}
