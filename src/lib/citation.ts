// How the site words a citation of a source document's section, in one place.

/** "9.2" → "section 9.2"; "Annex A" stays "Annex A". */
export function sectionLabel(section: string): string {
  return /^\d/.test(section) ? `section ${section}` : section;
}

/** "National Standards 2021, section 9.1; National Standards 2021, section 9.2". */
export function citeSources(
  sources: { framework: string; section: string }[],
  titles: Readonly<Record<string, string>>,
): string {
  return sources
    .map((source) => `${titles[source.framework] ?? source.framework}, ${sectionLabel(source.section)}`)
    .join('; ');
}
