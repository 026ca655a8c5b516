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

/**
 * Starts the words a record carries only for search (expansions, staff words), which the page never shows: a result's
 * excerpt is cut here so a list like "tag. tagged. tagging." never reads as the page's text.
 */
export const indexOnlyMark = '⁂';

const wordsShown = 30;

/**
 * The excerpt to show for a result, as safe HTML. Where the words matched are in the page's own text, that part of
 * Pagefind's excerpt. Where they matched only the words added for search, the start of the page's text, then which of
 * those words it matched: "Also matches <mark>tag</mark>".
 */
export function resultExcerpt(excerpt: string, content: string): string {
  let [shown = '', ...added] = excerpt.split(indexOnlyMark);
  // An excerpt that starts after the mark has none in it: find where its text sits in the record.
  const addedFrom = content.indexOf(indexOnlyMark);
  const start = shown
    .replace(/<\/?mark>/g, '')
    .trim()
    .slice(0, 40);
  if (added.length === 0 && addedFrom >= 0 && start && content.indexOf(start) > addedFrom)
    [shown, added] = ['', [shown]];
  const ownText = content.split(indexOnlyMark)[0] ?? '';
  if (shown.includes('<mark>') || added.length === 0) return withCuts(shown, ownText);
  const matched = [
    ...new Set(
      [...added.join(' ').matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]!.replace(/[.,;:!?]+$/, '')),
    ),
  ];
  const words = ownText.trim().split(/\s+/);
  const lead = words.slice(0, wordsShown).join(' ') + (words.length > wordsShown ? '…' : '');
  if (matched.length === 0) return safeExcerpt(lead);
  return `${safeExcerpt(lead)} <span class="app-search-result__also">Also matches ${matched
    .map((word) => `<mark>${safeExcerpt(word)}</mark>`)
    .join(', ')}</span>`;
}

/** Text without marks, its spaces as single spaces. */
const plainText = (text: string) =>
  text
    .replace(/<\/?mark>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * An excerpt as safe HTML, with "…" where it starts or ends inside a sentence of the page's text, so words cut from
 * the middle of one ("…a letter. At a minimum") read as a part, not as the page's own words from their start.
 */
function withCuts(excerpt: string, text: string): string {
  const [words, whole] = [plainText(excerpt), plainText(text)];
  const shown = safeExcerpt(excerpt.trim());
  const [head, tail] = [words.slice(0, 40), words.slice(-40)];
  const start = whole.indexOf(head);
  const end = whole.lastIndexOf(tail);
  // Words not found as they are in the text (it should not happen): nothing is claimed about where they sit.
  if (!words || start < 0 || end < 0) return shown;
  // A cut at a sentence's end needs no mark: the words shown read whole.
  const sentenceEnd = /[.!?:]$/;
  const cutBefore = start > 0 && !sentenceEnd.test(whole.slice(0, start).trimEnd());
  const cutAfter = end + tail.length < whole.length && !sentenceEnd.test(words);
  return `${cutBefore ? '…' : ''}${shown}${cutAfter ? '…' : ''}`;
}

/** Reads ?q= for the search box, trimmed and capped so a hostile URL cannot flood the page. */
export function queryFromSearch(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim().slice(0, 200);
}
