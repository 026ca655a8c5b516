// Words never run into a link or a tag on a built page: "on your<a>learning path</a>" reads "yourlearning path" to a
// screen reader and looks wrong on screen. Astro drops the line break between text and an element written on the next
// line, so the space has to be written ({' '}); this finds every place it was not.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir } from '../support/dist';

const inline = 'a|strong|em|abbr|time|code';
// A letter, figure or separator straight before an inline element, or straight after one closes. "SPOs" (an <abbr>
// with a plural s) and punctuation after a link ("learning path</a>.") are fine.
const runTogether = new RegExp(
  `[\\p{L}\\p{N}·:;]<(?:${inline})\\b[^>]*>[^<]{0,30}|</(?:${inline.replace('abbr|', '')})>[\\p{L}\\p{N}(·][^<]{0,20}`,
  'gu',
);

/** The places on a page where words run into an inline element, as they appear in the HTML. */
export function wordsRunTogether(html: string): string[] {
  return [...html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').matchAll(runTogether)].map((match) => match[0]);
}

describe('spacing around links and tags', () => {
  it('finds words run into a link, and leaves well-spaced text and plurals alone', () => {
    expect(wordsRunTogether('on your<a href="/learn/">learning path</a>.')).toHaveLength(1);
    expect(wordsRunTogether('<strong class="tag">Dated</strong>Issued June 2021')).toHaveLength(1);
    expect(wordsRunTogether('on your <a href="/learn/">learning path</a>. (<a href="#x">see</a>)')).toEqual([]);
    expect(wordsRunTogether('Senior Probation Officers (<abbr title="Senior Probation Officer">SPO</abbr>s)')).toEqual(
      [],
    );
  });

  it.each(builtPages())('%s has a space between words and every link or tag', (page) => {
    expect(wordsRunTogether(readFileSync(path.join(distDir, page), 'utf8'))).toEqual([]);
  });
});
