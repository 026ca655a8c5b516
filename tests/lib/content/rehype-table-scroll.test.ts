import { describe, expect, it } from 'vitest';
import { rehypeTableScroll, tableLabel } from '../../../src/lib/content/rehype-table-scroll';

const el = (tagName: string, children: object[] = []) => ({ type: 'element', tagName, properties: {}, children });
const text = (value: string) => ({ type: 'text', value });
const table = () =>
  el('table', [
    el('thead', [el('tr', [el('th', [text('Type')]), el('th', [text('Who signs')])])]),
    el('tbody', [el('tr', [el('td', [text('1')])])]),
  ]);

describe('rehypeTableScroll', () => {
  it('wraps each table in a focusable region named by its columns', () => {
    const tree = { type: 'root', children: [el('p', [text('Before')]), table()] };
    rehypeTableScroll()(tree as never);
    const wrapper = tree.children[1] as unknown as {
      tagName: string;
      properties: Record<string, unknown>;
      children: { tagName: string }[];
    };
    expect(wrapper.tagName).toBe('section');
    expect(wrapper.properties).toMatchObject({
      className: ['app-table-scroll'],
      tabIndex: 0,
      ariaLabel: 'Table: Type, Who signs',
    });
    expect(wrapper.children[0]!.tagName).toBe('table');
  });

  it('finds tables nested in other elements, and names a table with no header row plainly', () => {
    const tree = { type: 'root', children: [el('section', [el('table', [el('tr', [el('td', [text('x')])])])])] };
    rehypeTableScroll()(tree as never);
    const inner = (tree.children[0] as { children: { tagName: string; properties: Record<string, unknown> }[] })
      .children[0]!;
    expect(inner.tagName).toBe('section');
    expect(inner.properties.ariaLabel).toBe('Table');
    expect(tableLabel(table() as never)).toBe('Table: Type, Who signs');
  });
});

describe('region names', () => {
  it('stay unique when two tables share their columns, using the heading above the second', () => {
    const tree = {
      type: 'root',
      children: [el('h2', [text('Article 6')]), table(), el('h2', [text('Article 9')]), table(), table()],
    };
    rehypeTableScroll()(tree as never);
    const labels = tree.children
      .filter((child) => (child as { tagName: string }).tagName === 'section')
      .map((child) => (child as unknown as { properties: { ariaLabel: string } }).properties.ariaLabel);
    expect(labels).toEqual([
      'Table: Type, Who signs',
      'Table: Type, Who signs (Article 9)',
      'Table: Type, Who signs (2)',
    ]);
  });
});
