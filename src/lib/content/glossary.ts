// Glossary derivations: anchors for each term and the A to Z grouping.
import { plainSlug } from '../url';

/** "UK GDPR" → "term-uk-gdpr"; "DIF/EIF" → "term-dif-eif". */
export function glossaryAnchor(term: string): string {
  return `term-${plainSlug(term)}`;
}

/** Groups entries under their initial letter (digits and symbols under "#"), in the order given. */
export function groupByInitial<T extends { id: string }>(entries: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const first = entry.id.charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups.entries()];
}
