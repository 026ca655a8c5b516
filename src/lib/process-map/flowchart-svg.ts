// Renders the generated Mermaid text to SVG at build time and makes it safe to inline: no font import,
// no inline styles (the CSP forbids them), marker ids unique to the diagram.
import { renderMermaidSVG } from 'beautiful-mermaid';

/** Strips what must not reach the page and prefixes ids so two diagrams on one page cannot collide. */
export function sanitiseFlowchartSvg(svg: string, prefix: string): string {
  let out = svg
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/@import[^;]*;/g, '')
    .replace(/\sstyle="[^"]*"/g, '');
  const ids = [...out.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
  for (const id of new Set(ids)) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out
      .replace(new RegExp(`(\\s)id="${escaped}"`, 'g'), `$1id="${prefix}-${id}"`)
      .replace(new RegExp(`url\\(#${escaped}\\)`, 'g'), `url(#${prefix}-${id})`)
      .replace(new RegExp(`href="#${escaped}"`, 'g'), `href="#${prefix}-${id}"`);
  }
  return out;
}

/**
 * The layout engine (ELK) has rare internal failures on some graphs ("Invalid hitboxes for scanline constraint
 * calculation"). The same steps and outcomes laid out left to right, then without lane boxes, avoid them: the
 * picture changes, never what it says. Throws only if every layout fails.
 */
export function layoutVariants(mermaid: string): { name: string; text: string }[] {
  return [
    { name: 'top to bottom', text: mermaid },
    { name: 'left to right', text: mermaid.replace(/^flowchart TD/, 'flowchart LR') },
    {
      name: 'without lane boxes',
      text: mermaid
        .split('\n')
        .filter((line) => !/^\s*(subgraph\b|end$)/.test(line))
        .join('\n'),
    },
  ];
}

export function renderFlowchart(
  mermaid: string,
  prefix: string,
  warn: (message: string) => void = console.warn,
): string {
  const failures: string[] = [];
  for (const variant of layoutVariants(mermaid)) {
    try {
      const svg = sanitiseFlowchartSvg(renderMermaidSVG(variant.text), prefix);
      if (failures.length) warn(`Flowchart ${prefix}: laid out ${variant.name} because ${failures.join('; ')}`);
      return svg;
    } catch (error) {
      failures.push(`the ${variant.name} layout failed (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  throw new Error(`Flowchart ${prefix}: no layout worked: ${failures.join('; ')}`);
}
