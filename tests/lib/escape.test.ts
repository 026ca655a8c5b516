// Text made safe for HTML and for regular expressions, and read back from HTML.
import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeHtml, escapeRegExp } from '../../src/lib/escape';

describe('escapeHtml and decodeEntities', () => {
  it('escapes what would end an element or a double-quoted attribute, and decodes it back', () => {
    const text = 'Send <warning> & "letters"';
    expect(escapeHtml(text)).toBe('Send &lt;warning&gt; &amp; &quot;letters&quot;');
    expect(decodeEntities(escapeHtml(text))).toBe(text);
  });

  it('decodes an apostrophe written either way, and "&amp;lt;" only once', () => {
    expect(decodeEntities('it&#39;s &#x27;x&#x27; &amp;lt;')).toBe("it's 'x' &lt;");
  });
});

describe('escapeRegExp', () => {
  it('makes every special character match only itself', () => {
    const text = 'A&E (3.1) [a-z]* + $1 ^ {2} | \\ ?';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('3.1')).test('321')).toBe(false);
  });
});
