// Makes a Pagefind excerpt safe to show: everything is escaped except the <mark> tags around matched words.
export function safeExcerpt(excerpt: string): string {
  // Control characters stand in for the marks while the rest is escaped: they cannot occur in page text.
  /* eslint-disable no-control-regex */
  return excerpt
    .replace(/<mark>/g, '\u0001')
    .replace(/<\/mark>/g, '\u0002')
    .replace(/&(?!(amp|lt|gt|quot|#39);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u0001/g, '<mark>')
    .replace(/\u0002/g, '</mark>');
  /* eslint-enable no-control-regex */
}

/** Reads ?q= for the search box, trimmed and capped so a hostile URL cannot flood the page. */
export function queryFromSearch(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim().slice(0, 200);
}
