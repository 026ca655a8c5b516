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

export function renderFlowchart(mermaid: string, prefix: string): string {
  return sanitiseFlowchartSvg(renderMermaidSVG(mermaid), prefix);
}
