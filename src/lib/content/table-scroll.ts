// Wraps every table in guidance in a region that scrolls sideways on a narrow screen, so a wide table never
// pushes the page wider than a phone. The region can take keyboard focus and is named by the table's columns.
import type { HastPluginDefinition } from 'satteri';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** "Table: Type, What it covers, Example", from the first row's header cells. */
export function tableLabel(table: HastNode): string {
  const rows: HastNode[] = [];
  const collect = (node: HastNode) => {
    if (node.tagName === 'tr') rows.push(node);
    else node.children?.forEach(collect);
  };
  collect(table);
  const headers = (rows[0]?.children ?? [])
    .filter((cell) => cell.tagName === 'th')
    .map((cell) => textOf(cell).trim())
    .filter(Boolean);
  return headers.length ? `Table: ${headers.join(', ')}` : 'Table';
}

/** Region names must be unique on a page: a second table with the same columns is named by the heading above it. */
export function regionNamer() {
  const used = new Set<string>();
  let lastHeading = '';
  return {
    heading(text: string) {
      lastHeading = text;
    },
    name(table: HastNode): string {
      const base = tableLabel(table);
      let label = base;
      if (used.has(label) && lastHeading) label = `${base} (${lastHeading})`;
      for (let count = 2; used.has(label); count += 1) label = `${base} (${count})`;
      used.add(label);
      return label;
    },
  };
}

interface HastContext {
  wrapNode(node: unknown, parent: unknown): void;
}

/**
 * The wrapping as a Sätteri hast plugin: only headings and tables cross into JavaScript. A factory, so each file
 * gets its own set of region names.
 */
export function tableScrollPlugin() {
  return (): HastPluginDefinition => {
    const names = regionNamer();
    return {
      name: 'app-table-scroll',
      element: {
        filter: ['h2', 'h3', 'h4', 'h5', 'h6', 'table'],
        visit(node: Readonly<HastNode>, context: HastContext) {
          if (node.tagName !== 'table') return names.heading(textOf(node as HastNode).trim());
          context.wrapNode(node, {
            type: 'element',
            // A named <section> is a region landmark; it takes focus so keyboard users can scroll it.
            tagName: 'section',
            properties: { className: ['app-table-scroll'], tabIndex: 0, ariaLabel: names.name(node as HastNode) },
            children: [],
          });
        },
      },
    } as unknown as HastPluginDefinition;
  };
}
