// Showing search excerpts safely, and reading the query from the URL.
import { describe, expect, it } from 'vitest';
import { queryFromSearch, resultExcerpt, safeExcerpt } from '../../../src/lib/search/excerpt';

describe('safeExcerpt', () => {
  it('keeps the <mark> tags around matched words', () => {
    expect(safeExcerpt('Send a <mark>warning</mark> letter')).toBe('Send a <mark>warning</mark> letter');
  });

  it('escapes a <script> tag so it shows as text', () => {
    expect(safeExcerpt('<mark>ISA</mark> <script>alert(1)</script>')).toBe(
      '<mark>ISA</mark> &lt;script&gt;alert(1)&lt;/script&gt;',
    );
  });

  it('escapes a <mark> tag with attributes, which Pagefind never writes', () => {
    expect(safeExcerpt('<mark onmouseover="alert(1)">x</mark>')).toBe('&lt;mark onmouseover="alert(1)"&gt;x</mark>');
  });

  it('escapes a bare ampersand but leaves entities Pagefind already escaped', () => {
    expect(safeExcerpt('Tom & Jerry')).toBe('Tom &amp; Jerry');
    expect(safeExcerpt('Tom &amp; Jerry &lt;b&gt; &quot;x&quot; &#39;y&#39;')).toBe(
      'Tom &amp; Jerry &lt;b&gt; &quot;x&quot; &#39;y&#39;',
    );
  });

  it('escapes an entity it does not know, so no markup can be smuggled in', () => {
    expect(safeExcerpt('&#x3C;script&#x3E;')).toBe('&amp;#x3C;script&amp;#x3E;');
  });
});

describe('queryFromSearch', () => {
  it('reads the query from ?q=, trimmed', () => {
    expect(queryFromSearch('?q=%20%20warning%20letter%20')).toBe('warning letter');
    expect(queryFromSearch('?type=Glossary&q=ISA')).toBe('ISA');
    expect(queryFromSearch('?q=warning+letter')).toBe('warning letter');
  });

  it('gives an empty query when there is none', () => {
    expect(queryFromSearch('')).toBe('');
    expect(queryFromSearch('?type=Glossary')).toBe('');
  });

  it('caps the query at 200 characters', () => {
    expect(queryFromSearch(`?q=${'a'.repeat(500)}`)).toBe('a'.repeat(200));
    expect(queryFromSearch(`?q=${'%20'.repeat(10)}${'b'.repeat(250)}`)).toBe('b'.repeat(200));
  });
});

describe('resultExcerpt', () => {
  const content =
    'Monitoring ended. Supervise a National Security Division case: step 3d. Electronic monitoring has ended. ⁂ tag. tagged. GPS tag.';

  it("shows Pagefind's excerpt when it matched the page's own words, without the words added for search", () => {
    expect(resultExcerpt('Electronic <mark>monitoring</mark> has ended. ⁂ tag. tagged.', content)).toBe(
      'Electronic <mark>monitoring</mark> has ended.',
    );
  });

  it('marks with "…" where the excerpt starts or ends inside a sentence of the text, and only there', () => {
    const text =
      'Send a letter. At a minimum, a letter should be sent to the person after a failure to attend. Then wait.';
    expect(resultExcerpt('a <mark>letter</mark> should be sent', text)).toBe('…a <mark>letter</mark> should be sent…');
    expect(resultExcerpt('Send a <mark>letter</mark>. At a', text)).toBe('Send a <mark>letter</mark>. At a…');
    expect(resultExcerpt('after a  <mark>failure</mark> to attend. ', text)).toBe(
      '…after a  <mark>failure</mark> to attend.',
    );
    expect(resultExcerpt('At a minimum, a <mark>letter</mark>', text)).toBe('At a minimum, a <mark>letter</mark>…');
    expect(resultExcerpt(text.replace('letter', '<mark>letter</mark>'), text)).toBe(
      text.replace('letter', '<mark>letter</mark>'),
    );
    // Words not found in the text as they are: no claim about where they sit.
    expect(resultExcerpt('words from <mark>elsewhere</mark>', text)).toBe('words from <mark>elsewhere</mark>');
  });

  it('shows the start of the page and the word it matched when only the added words matched', () => {
    expect(resultExcerpt('has ended. ⁂ <mark>tag</mark>. tagged. GPS <mark>tag</mark>.', content)).toBe(
      'Monitoring ended. Supervise a National Security Division case: step 3d. Electronic monitoring has ended. ' +
        '<span class="app-search-result__also">Also matches <mark>tag</mark></span>',
    );
  });

  it('keeps a long page to its first 30 words, and escapes what it shows', () => {
    const long = `${'word '.repeat(40)}<b>x</b> ⁂ extra`;
    const shown = resultExcerpt('⁂ <mark>extra</mark>', long);
    expect(shown).toMatch(/^(word ){29}word… <span/);
    expect(resultExcerpt('⁂ <mark><img src=x></mark>', 'Text ⁂ more')).toContain('<mark>&lt;img src=x&gt;</mark>');
  });
});

describe('resultExcerpt when the excerpt starts inside the words added for search', () => {
  it('recognises them by where the text sits in the record, and lists each matched word once, without its full stop', () => {
    const content = 'Supervise a case. Two contacts a week. ⁂ Serious and organised crime. tag. tagged. GPS tag.';
    expect(
      resultExcerpt('organised crime. <mark>tag.</mark> <mark>tagged.</mark> GPS <mark>tag.</mark>', content),
    ).toBe(
      'Supervise a case. Two contacts a week. <span class="app-search-result__also">Also matches <mark>tag</mark>, <mark>tagged</mark></span>',
    );
  });
});
