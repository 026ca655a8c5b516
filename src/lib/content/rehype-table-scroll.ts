// Wraps every table in guidance in a region that scrolls sideways on a narrow screen, so a wide table never
// pushes the page wider than a phone. The region can take keyboard focus and is named by the table's columns.
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

export function rehypeTableScroll() {
  return (tree: HastNode) => {
    // Region names must be unique on a page: a second table with the same columns is named by its heading.
    const used = new Set<string>();
    let lastHeading = '';
    const uniqueLabel = (table: HastNode) => {
      const base = tableLabel(table);
      let label = base;
      if (used.has(label) && lastHeading) label = `${base} (${lastHeading})`;
      for (let count = 2; used.has(label); count += 1) label = `${base} (${count})`;
      used.add(label);
      return label;
    };
    const visit = (node: HastNode) => {
      node.children = node.children?.map((child) => {
        if (child.type === 'element' && /^h[2-6]$/.test(child.tagName ?? '')) lastHeading = textOf(child).trim();
        if (child.type === 'element' && child.tagName === 'table') {
          return {
            type: 'element',
            // A named <section> is a region landmark; it takes focus so keyboard users can scroll it.
            tagName: 'section',
            properties: { className: ['app-table-scroll'], tabIndex: 0, ariaLabel: uniqueLabel(child) },
            children: [child],
          };
        }
        visit(child);
        return child;
      });
    };
    visit(tree);
  };
}
