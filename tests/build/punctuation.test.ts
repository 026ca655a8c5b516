// Every built page's text, as a reader or a screen reader meets it, ends each sentence once: no "days..", ". ." or
// "?." where a note that already ends with a full stop was given another by the sentence around it.
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/lib/escape';
import { builtPages, readPage } from '../support/dist';

/** The text a reader sees (scripts and styles left out) and the attribute text a screen reader announces. */
function readableText(html: string): string[] {
  const body = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, ' ');
  const attributes = [...body.matchAll(/\s(?:aria-label|alt|title|data-step-title|data-step-role)="([^"]*)"/g)].map(
    (match) => match[1]!,
  );
  return [body.replace(/<[^>]+>/g, ' '), ...attributes].map((text) =>
    decodeEntities(text.replace(/&nbsp;|&#160;/g, ' ')).replace(/\s+/g, ' '),
  );
}

// Two sentence ends in a row, allowing spaces or markup between them; "..." is an ellipsis and "../" a path.
const doubledEnd = /[^.\s]\s*[.?!]\s*\.(?![./\w])/g;

/** Each doubled sentence end on the page, with the words before it. */
export function doubledSentenceEnds(html: string): string[] {
  return readableText(html).flatMap((text) =>
    [...text.matchAll(doubledEnd)].map((match) =>
      text.slice(Math.max(0, match.index - 60), match.index + match[0].length),
    ),
  );
}

describe('sentence ends on the built site', () => {
  it('finds a doubled full stop where a note ending in one is given another', () => {
    expect(doubledSentenceEnds('<p>Within 6 days (<span>The standard gives no start.</span>).</p>')).toEqual([]);
    expect(doubledSentenceEnds('<p>The standard gives no start.</p>.')).toHaveLength(1);
    expect(doubledSentenceEnds('<p>Within 6 days.. Then</p>')).toHaveLength(1);
    expect(doubledSentenceEnds('<p>Is there somewhere to move on to?.</p>')).toHaveLength(1);
    expect(doubledSentenceEnds('<li aria-label="Step 3. Send a letter.."></li>')).toHaveLength(1);
    expect(doubledSentenceEnds('<p>Wait... then go. See ../index.html and 1.5.</p>')).toEqual([]);
  });

  it.each(builtPages())('%s ends each sentence once', (file) => {
    expect(doubledSentenceEnds(readPage(file))).toEqual([]);
  });
});
