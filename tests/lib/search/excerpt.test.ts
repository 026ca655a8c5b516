// Showing search excerpts safely, and reading the query from the URL.
import { describe, expect, it } from 'vitest';
import { queryFromSearch, safeExcerpt } from '../../../src/lib/search/excerpt';

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
