// Page history: the dated change notes each guidance page, framework overview and map keeps, the site-wide list of
// recent changes built from them, and the Atom feed of that list.
import { z } from 'zod';
import { formatPartialDate } from './dates';
import { escapeHtml } from './html-entities';

/** A day written "YYYY-MM-DD" (YAML may hand us a Date if the author forgot the quotes). */
export const isoDay = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written as "YYYY-MM-DD"' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as "YYYY-MM-DD"')
    .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(text).toISOString().startsWith(text), {
      message: 'is not a real day',
    }),
);

export const changeNoteSchema = z.object({
  date: isoDay,
  note: z.string().min(10, 'must say in a sentence what changed'),
});

export type ChangeNote = z.output<typeof changeNoteSchema>;

/** A map's change note may name the steps it changed (state paths), which the map then marks "Changed". */
export interface MapChangeNote extends ChangeNote {
  steps?: string[];
}

/**
 * The rule the schemas enforce: a page that says when it was last updated must have a change note for that day, and
 * no note may be newer than the page's date. Returns the problems, each naming the field.
 */
export function historyProblems(lastUpdated: string | undefined, history: ChangeNote[]): string[] {
  if (!lastUpdated && !history.length) return [];
  if (!history.length)
    return [`history: add a change note dated ${lastUpdated} saying what changed (lastUpdated is ${lastUpdated})`];
  const newest = newestFirst(history)[0]!.date;
  if (!lastUpdated) return [`lastUpdated: must be "${newest}", the date of the newest change note`];
  if (newest !== lastUpdated)
    return [
      `lastUpdated: is "${lastUpdated}" but the newest change note is dated "${newest}": add a change note for the new date, or set lastUpdated to match`,
    ];
  return [];
}

/** Newest first. Notes are added at the end of the list, so of two notes on the same day the later one is newer. */
export function newestFirst<T extends ChangeNote>(history: readonly T[]): T[] {
  return history
    .map((note, index) => ({ note, index }))
    .sort((a, b) => b.note.date.localeCompare(a.note.date) || b.index - a.index)
    .map(({ note }) => note);
}

/** The id of the newest entry in a page's history (its note is `${latestChangeId}-note`): a "Changed" mark links to it. */
export const latestChangeId = 'latest-change';

/** The steps named by the newest change note of a map: the ones it marks "Changed". */
export function changedSteps(history: readonly MapChangeNote[]): Set<string> {
  return new Set(newestFirst(history)[0]?.steps ?? []);
}

/** Steps a map's change notes name that the machine does not have, each as a line naming map and step. */
export function unknownChangedSteps(mapId: string, history: readonly MapChangeNote[], paths: Set<string>): string[] {
  return history.flatMap((note) =>
    (note.steps ?? [])
      .filter((step) => !paths.has(step))
      .map(
        (step) => `map "${mapId}": change note of ${note.date} names step "${step}", which the machine does not have`,
      ),
  );
}

export interface SiteChange {
  date: string;
  note: string;
  /** What changed: "Guidance", "Framework" or "Process map". */
  kind: string;
  title: string;
  href: string;
}

/** Every change note on the site as one list: newest day first, then by page title, a page's later notes first. */
export function siteChanges(
  pages: { kind: string; title: string; href: string; history: readonly ChangeNote[] }[],
): SiteChange[] {
  return pages
    .flatMap((page) =>
      page.history.map((note, index) => ({
        change: { date: note.date, note: note.note, kind: page.kind, title: page.title, href: page.href },
        index,
      })),
    )
    .sort(
      (a, b) =>
        b.change.date.localeCompare(a.change.date) ||
        a.change.title.localeCompare(b.change.title) ||
        a.change.href.localeCompare(b.change.href) ||
        b.index - a.index,
    )
    .map(({ change }) => change);
}

/** The feed's own id and the entries' ids: tag URIs (RFC 4151), so they need no host name the intranet may change. */
const tagBase = 'tag:hmpps-guidance-process-maps,2026:';

/**
 * An Atom (RFC 4287) feed of site changes. Links are relative to the feed's own address, which Atom allows, because
 * the site does not know the host name it will be served from.
 */
export function atomFeed(
  changes: SiteChange[],
  options: { title: string; feedPath: string; pagePath: string },
): string {
  const updated = changes.length ? `${changes[0]!.date}T00:00:00Z` : '1970-01-01T00:00:00Z';
  const entries = changes.map(
    (change) => `  <entry>
    <id>${escapeHtml(`${tagBase}${change.href}#${change.date}-${slug(change.note)}`)}</id>
    <title>${escapeHtml(`${change.title}: ${change.note}`)}</title>
    <updated>${change.date}T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="${escapeHtml(change.href)}"/>
    <category term="${escapeHtml(change.kind)}"/>
    <summary type="text">${escapeHtml(change.note)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${escapeHtml(`${tagBase}${options.pagePath}`)}</id>
  <title>${escapeHtml(options.title)}</title>
  <updated>${updated}</updated>
  <author><name>HMPPS Guidance and process maps</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeHtml(options.feedPath)}"/>
  <link rel="alternate" type="text/html" href="${escapeHtml(options.pagePath)}"/>
${entries.join('\n')}
</feed>
`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** "23 November 2026". */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return formatPartialDate({ year: year!, month, day: date });
}
