// Building sentences from parts (a timescale's note, a step title, a role): each sentence ends exactly once.

/** The text as a sentence: a full stop is added unless it already ends with one, a question or an exclamation mark. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  // A closing quote or bracket may follow the sentence's own mark: “… by day 8.” or (… applies.)
  return /[.?!…]["'”’)\]]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Parts joined into one run of sentences, each ended once, skipping the empty ones. */
export function joinSentences(...parts: (string | undefined | false | null)[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string')
    .map(asSentence)
    .filter(Boolean)
    .join(' ');
}
