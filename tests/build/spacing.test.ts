// Words never run into a link, a tag or screen-reader-only text on a built page: "on your<a>learning path</a>" reads "yourlearning path" to a
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

// Text only a screen reader hears ("Warning") run into the visible text after or before it ("WarningThis page").
const hiddenRunTogether =
  /<span class="govuk-visually-hidden">[^<]*[^\s<]<\/span>[\p{L}\p{N}][^<]{0,20}|[\p{L}\p{N}]<span class="govuk-visually-hidden">[\p{L}\p{N}][^<]{0,20}/gu;

/** The places on a page where words run into an inline element, as they appear in the HTML. */
export function wordsRunTogether(html: string): string[] {
  const page = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
  return [...page.matchAll(runTogether), ...page.matchAll(hiddenRunTogether)].map((match) => match[0]);
}

describe('spacing around links and tags', () => {
  it('finds words run into a link, and leaves well-spaced text and plurals alone', () => {
    expect(wordsRunTogether('on your<a href="/learn/">learning path</a>.')).toHaveLength(1);
    expect(wordsRunTogether('<strong class="tag">Dated</strong>Issued June 2021')).toHaveLength(1);
    expect(wordsRunTogether('<span class="govuk-visually-hidden">Warning</span>This page')).toHaveLength(1);
    expect(wordsRunTogether('<span class="govuk-visually-hidden">Who: </span>Police')).toEqual([]);
    expect(wordsRunTogether('Send a letter<span class="govuk-visually-hidden"> (this page)</span>')).toEqual([]);
    expect(wordsRunTogether('Step 1<span class="govuk-visually-hidden">: </span>Allocate')).toEqual([]);
    expect(wordsRunTogether('on your <a href="/learn/">learning path</a>. (<a href="#x">see</a>)')).toEqual([]);
    expect(wordsRunTogether('Senior Probation Officers (<abbr title="Senior Probation Officer">SPO</abbr>s)')).toEqual(
      [],
    );
  });

  it.each(builtPages())('%s has a space between words and every link or tag', (page) => {
    expect(wordsRunTogether(readFileSync(path.join(distDir, page), 'utf8'))).toEqual([]);
  });
});
