// Every timescale the built site shows, on guidance pages, map steps, slides, the calculator and the timescales
// index, names one registry entry and shows that entry's words and notes, the same everywhere.
import { describe, expect, it } from 'vitest';
import { formatTimescale } from '../../src/lib/timescale';
import { allTimescales, timescaleById, timescaleNotes } from '../../src/lib/timescales/registry';
import { describeMachine } from '../../src/lib/process-map/model';
import { processById } from '../../src/machines';
import { builtPages, readPage } from '../support/dist';

const pages = builtPages();

/** The text of an HTML fragment as a reader sees it. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Each element carrying `data-timescale-id`, with the id and the text inside it (to its closing tag). */
function shownTimescales(html: string): { id: string; text: string }[] {
  const found: { id: string; text: string }[] = [];
  for (const match of html.matchAll(/<(span|p)\b[^>]*data-timescale-id="([^"]*)"[^>]*>/g)) {
    const tag = match[1]!;
    let depth = 1;
    const position = match.index! + match[0].length;
    const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
    pattern.lastIndex = position;
    for (let next = pattern.exec(html); next; next = pattern.exec(html)) {
      depth += next[1] ? -1 : 1;
      if (depth === 0) {
        found.push({ id: match[2]!, text: textOf(html.slice(position, next.index)) });
        break;
      }
    }
  }
  return found;
}

function expectEntryWords(where: string, id: string, text: string) {
  const entry = timescaleById(id);
  expect(entry?.id, `${where}: "${id}" is not in the registry`).toBe(id);
  expect(text, `${where}: ${id}`).toContain(formatTimescale(entry!));
  for (const note of timescaleNotes(entry!)) expect(text, `${where}: ${id}`).toContain(note);
}

describe('timescales on the built site', () => {
  const guidancePages = pages.filter((page) => page.startsWith('guidance/'));
  const mapPages = pages.filter((page) => /^process-maps\/[^/]+\/(present\/)?index\.html$/.test(page));

  it('shows no timescale on a guidance page that does not name a registry entry', () => {
    for (const page of guidancePages) {
      const html = readPage(page);
      const all = html.match(/class="app-timescale"/g)?.length ?? 0;
      expect(shownTimescales(html).length, page).toBe(all);
    }
  });

  it.each(guidancePages)('%s words each timescale as its registry entry, with its notes', (page) => {
    for (const { id, text } of shownTimescales(readPage(page))) expectEntryWords(page, id, text);
  });

  it.each(mapPages)('%s words each step’s timescale as its registry entry, with its notes', (page) => {
    const process = processById(page.split('/')[1]!)!;
    const expected = describeMachine(process.machine)
      .steps.filter((step) => step.meta.timescale)
      .map((step) => step.meta.timescale!.id);
    const shown = shownTimescales(readPage(page));
    expect(shown.map((item) => item.id).sort(), page).toEqual(expected.sort());
    for (const { id, text } of shown) expectEntryWords(page, id, text);
  });

  it('shows a timescale on the enforcement map, its slides and the 9.1 guidance page', () => {
    for (const page of [
      'process-maps/enforcement/index.html',
      'process-maps/enforcement/present/index.html',
      'guidance/national-standards/09-enforcing-the-sentence/index.html',
    ])
      expect(
        shownTimescales(readPage(page)).map((shown) => shown.id),
        page,
      ).toContain('ns-9.1-letter');
  });

  it('words every calculator rule as its registry entry, with its notes, in the table that works without JavaScript', () => {
    const html = readPage('tools/deadlines/index.html');
    const rows = [...html.matchAll(/<tr[^>]*data-rule="([^"/]+)\/([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)];
    expect(rows.length).toBe(allTimescales().filter((timescale) => timescale.event).length);
    for (const [, event, id, cells] of rows) {
      expect(timescaleById(id!)?.event, id).toBe(event);
      expectEntryWords('tools/deadlines', id!, textOf(cells!));
    }
  });

  it('lists every registry entry once on the timescales index, in the entry’s words', () => {
    const html = readPage('timescales/index.html');
    for (const entry of allTimescales()) {
      const rowId = `timescale-${entry.id.replace(/\./g, '-')}`;
      const row = new RegExp(`<tr[^>]*id="${rowId}"[^>]*>([\\s\\S]*?)</tr>`).exec(html);
      expect(row?.[0], entry.id).toContain(`id="${rowId}"`);
      expectEntryWords('timescales', entry.id, textOf(row![1]!));
    }
    expect(html.match(/<tr[^>]*id="timescale-/g)).toHaveLength(allTimescales().length);
  });
});

describe('the NS 9.1 and 9.3.2 timescales as staff read them', () => {
  const guidance = textOf(readPage('guidance/national-standards/09-enforcing-the-sentence/index.html'));
  const map = textOf(readPage('process-maps/enforcement/index.html'));

  it('gives the evidence window one start, in working days, and says the standard gives neither', () => {
    for (const text of [guidance, map]) {
      expect(text).toContain('by working day 5 after the last failure to comply');
      expect(text).toContain('does not say when the 5 days start or whether they are working days');
      expect(text).not.toMatch(/5 days after the letter/);
    }
  });

  it('says "by day 8" and "by day 10" are not given a unit by the standard', () => {
    for (const text of [guidance, map]) {
      expect(text).toContain('by working day 8 after the last failure to comply');
      expect(text).toContain('by working day 10 after the last failure to comply');
      expect(text).toContain('without saying working or calendar days');
    }
  });

  it('gives the recall timescales no start of their own and says the standard gives none', () => {
    for (const text of [guidance, map]) {
      expect(text).toContain('within 2 hours');
      expect(text).toContain('The standard does not say when the 2 hours start');
      expect(text).toContain('The standard does not say when the 24 hours start');
      expect(text).not.toMatch(/within 2 hours of the (recall )?decision/);
    }
  });
});
