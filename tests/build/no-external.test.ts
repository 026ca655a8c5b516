// Nothing in the built site loads anything from another host: no script, stylesheet, image, frame, font or import.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/dist';

const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
  /\.(html|css|js|mjs|svg)$/.test(file),
);

const externalLoads: [string, RegExp][] = [
  [
    'script, image or frame from another host',
    /<(script|img|iframe|source|video|audio|embed)\b[^>]*\ssrc="(https?:)?\/\/[^"]+"/i,
  ],
  ['stylesheet, icon or preload from another host', /<link\b[^>]*\shref="(https?:)?\/\/[^"]+"/i],
  ['CSS import from another host', /@import\s+(url\()?["']?(https?:)?\/\//i],
  ['CSS url() from another host', /url\(\s*["']?(https?:)?\/\//i],
  ['script import or fetch from another host', /\b(import|fetch)\(\s*["'`](https?:)?\/\//],
  ['form posting to another host', /<form\b[^>]*\saction="(https?:)?\/\/[^"]+"/i],
];

describe('no request leaves the site', () => {
  it('has built files to check', () => {
    expect(files.some((file) => file.endsWith('.html'))).toBe(true);
    expect(files.some((file) => file.endsWith('.css'))).toBe(true);
  });

  it.each(externalLoads)('no built file has a %s', (_what, pattern) => {
    const offenders = files.filter((file) => pattern.test(readFileSync(path.join(distDir, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('detects an external load when there is one (the check can fail)', () => {
    expect(
      externalLoads.some(([, pattern]) =>
        pattern.test('<style>@import url("https://fonts.googleapis.com/css2?family=Inter");</style>'),
      ),
    ).toBe(true);
    expect(externalLoads.some(([, pattern]) => pattern.test('<script src="https://cdn.example/x.js"></script>'))).toBe(
      true,
    );
  });
});
