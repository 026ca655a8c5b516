// MOJ Frontend's sortable table, reading a cell's text rather than its HTML: MOJ compares `innerHTML`, so the markup
// inside a cell (a note's span, a link's address) would decide the order instead of the words a reader sees.
import { SortableTable as MojSortableTable } from '@ministryofjustice/frontend';

export class SortableTable extends MojSortableTable {
  getCellValue(cell: HTMLElement): string | number {
    const value = cell.dataset.sortValue ?? cell.textContent?.trim() ?? '';
    const number = Number(value);
    return value !== '' && Number.isFinite(number) ? number : value;
  }
}
