// ```mermaid blocks in guidance reach the reader as inline SVG drawn at build time: each one named and described, in
// several frameworks, with its text beside it, nothing the Content-Security-Policy refuses, and no Mermaid script.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/lib/html-entities';
import { builtPages, distDir, readPage, urlOf } from '../support/dist';

const require = createRequire(import.meta.url);
const contentDir = path.resolve('src/content/guidance');

/** Every ```mermaid block written in guidance MDX, with the accTitle it gives. */
const blocks = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .flatMap((file) =>
    [...readFileSync(path.join(contentDir, file), 'utf8').matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((match) => ({
      file,
      title: /^\s*accTitle:\s*(.+)$/m.exec(match[1]!)?.[1]?.trim(),
    })),
  );

interface Figure {
  page: string;
  html: string;
}

const figures: Figure[] = builtPages().flatMap((page) =>
  [...readPage(page).matchAll(/<figure class="app-mermaid[^"]*" data-mermaid-diagram>[\s\S]*?<\/figure>/g)].map(
    (match) => ({ page, html: match[0] }),
  ),
);

describe('Mermaid diagrams in guidance', () => {
  it('draws at least five blocks, in at least three frameworks', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(new Set(blocks.map((block) => block.file.split(path.sep)[0])).size).toBeGreaterThanOrEqual(3);
    expect(figures.length).toBe(blocks.length);
    expect(new Set(figures.map((figure) => urlOf(figure.page).split('/')[2])).size).toBeGreaterThanOrEqual(3);
  });

  it('shows each block as an inline SVG image named by its accTitle and described by its accDescr', () => {
    const titles = figures.map((figure) => {
      const svg = /<svg [^>]*>/.exec(figure.html)![0];
      expect(svg).toContain('role="img"');
      const titleId = /aria-labelledby="([^"]+)"/.exec(svg)![1]!;
      const descriptionId = /aria-describedby="([^"]+)"/.exec(svg)![1]!;
      const title = new RegExp(`<title id="${titleId}">([^<]+)</title>`).exec(figure.html)?.[1];
      const description = new RegExp(`<desc id="${descriptionId}">([^<]+)</desc>`).exec(figure.html)?.[1];
      expect(description?.trim(), `${figure.page}: description`).toBeTruthy();
      return decodeEntities(title ?? '');
    });
    expect(titles.sort()).toEqual(blocks.map((block) => block.title).sort());
  });

  it('carries nothing the Content-Security-Policy refuses: no style element, no style attribute, no script', () => {
    for (const figure of figures) {
      expect(figure.html, figure.page).not.toMatch(/<style\b/);
      expect(figure.html, figure.page).not.toMatch(/\sstyle="/);
      expect(figure.html, figure.page).not.toMatch(/<script\b|\son[a-z]+="/);
    }
  });

  it('gives each diagram’s ids a prefix of its own, so two diagrams on a page never share one', () => {
    for (const page of new Set(figures.map((figure) => figure.page))) {
      const ids = [...readPage(page).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      expect(ids.length - new Set(ids).size, page).toBe(0);
    }
  });

  it('shows each diagram’s text, as written in Mermaid, in a details beside it', () => {
    for (const figure of figures) {
      const text = /<pre class="app-mermaid__source"[^>]*><code>([\s\S]*?)<\/code><\/pre>/.exec(figure.html)?.[1];
      expect(decodeEntities(text ?? ''), figure.page).toMatch(/^flowchart (TD|LR)\n\s+accTitle: .+\n\s+accDescr: /);
    }
  });
});

describe('no Mermaid script reaches the reader', () => {
  const scripts = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.m?js$/.test(file));
  // A name only Mermaid's own code uses: its bundle for the browser has it once, its module ten times.
  const isMermaid = (code: string) => code.includes('mermaidAPI');

  it('finds Mermaid in Mermaid’s own script (the check can fail)', () => {
    expect(isMermaid(readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8'))).toBe(true);
  });

  it('has no script in the build with Mermaid in it, and no page that loads one by name', () => {
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((file) => isMermaid(readFileSync(path.join(distDir, file), 'utf8')))).toEqual([]);
    for (const page of builtPages()) expect(readPage(page), page).not.toMatch(/<script\b[^>]*\bsrc="[^"]*mermaid/i);
  });
});
