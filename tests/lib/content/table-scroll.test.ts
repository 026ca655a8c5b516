// Tables in guidance scroll sideways in a region of their own, named by their columns and unique on the page.
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { tableLabel, tableScrollPlugin } from '../../../src/lib/content/table-scroll';

const table = '| Type | Who signs |\n| --- | --- |\n| 1 | The SPO |\n';
const html = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [tableScrollPlugin()] })).html;
const regionLabels = (output: string) =>
  [...output.matchAll(/<section class="app-table-scroll" tabindex="0" aria-label="([^"]*)">\s*<table>/g)].map(
    (match) => match[1],
  );

describe('tableScrollPlugin', () => {
  it('wraps each table in a focusable region named by its columns', async () => {
    const output = await html(`Before\n\n${table}`);
    expect(regionLabels(output)).toEqual(['Table: Type, Who signs']);
    expect(output).toMatch(/<\/table>\s*<\/section>/);
  });

  it('names a table with no header text plainly', async () => {
    expect(regionLabels(await html('|  |  |\n| --- | --- |\n| x | y |\n'))).toEqual(['Table']);
  });

  it('leaves a page without tables as it was', async () => {
    expect(await html('## Heading\n\nText.\n')).not.toContain('app-table-scroll');
  });
});

describe('region names', () => {
  it('stay unique when two tables share their columns, using the heading above the second', async () => {
    const output = await html(`## Article 6\n\n${table}\n## Article 9\n\n${table}\n${table}`);
    expect(regionLabels(output)).toEqual([
      'Table: Type, Who signs',
      'Table: Type, Who signs (Article 9)',
      'Table: Type, Who signs (2)',
    ]);
  });

  it('start again on every page', async () => {
    await html(`## A\n\n${table}`);
    expect(regionLabels(await html(table))).toEqual(['Table: Type, Who signs']);
  });
});

describe('tableLabel', () => {
  it('reads the header cells of the first row', () => {
    const el = (tagName: string, children: object[] = []) => ({ type: 'element', tagName, children });
    const text = (value: string) => ({ type: 'text', value });
    const tree = el('table', [el('thead', [el('tr', [el('th', [text(' Type ')]), el('th', [text('Who signs')])])])]);
    expect(tableLabel(tree as never)).toBe('Table: Type, Who signs');
  });
});
