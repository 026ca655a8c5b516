// One row per registry timescale for the timescales index, with every place it is shown: the guidance sections
// that name it (collected by the MDX plugin), the process-map steps that name it, and the calculator events.
import type { TimescaleOnPage } from '../content/mdx-checks';
import type { DeadlineEvent } from '../deadlines/rules';
import type { ProcessModel } from '../process-map/model';
import { formatTimescale, unitLabel, type Timescale, type TimescaleUnit } from '../timescale';
import { processMapHref } from '../process-map/href';
import { allTimescales, timescaleNotes, timescaleWho, type TimescaleId } from './registry';

export type UseKind = 'guidance' | 'map' | 'calculator';

/** A place a timescale is shown. */
export interface TimescaleUse {
  id: string;
  kind: UseKind;
  title: string;
  href: string;
}

export interface TimescaleRow {
  id: TimescaleId;
  task: string;
  appliesTo?: string;
  /** "within 2 working days of any failure to attend": the same words as everywhere else. */
  text: string;
  /** The interpretation and caveat, shown with the timescale. */
  notes: string[];
  who: string;
  unit: TimescaleUnit;
  /** Roughly how long, in hours, so the table can sort a 2-hour recall before a 12-month order. */
  sortHours: number;
  framework: string;
  section: string;
  uses: TimescaleUse[];
}

export const useKindLabels: Record<UseKind, string> = {
  guidance: 'Guidance',
  map: 'Process map',
  calculator: 'Deadline calculator',
};

const approximateHours: Record<TimescaleUnit, number> = {
  hours: 1,
  days: 24,
  // A working day is a weekday: five in every seven days.
  'working-days': (24 * 7) / 5,
  weeks: 24 * 7,
  months: 24 * 30.44,
  years: 24 * 365.25,
};

export function sortHours(timescale: Pick<Timescale, 'amount' | 'unit'>): number {
  return timescale.amount * approximateHours[timescale.unit];
}

/** The unit as a column heading would say it: "Working days". */
export function unitHeading(unit: TimescaleUnit): string {
  const label = unitLabel(unit, 2);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export interface StepTimescaleSource {
  id: string;
  title: string;
  model: ProcessModel;
}

export function machineTimescaleUses(processes: StepTimescaleSource[]): TimescaleUse[] {
  return processes.flatMap((process) =>
    process.model.steps.flatMap((step) =>
      step.meta.timescale
        ? [
            {
              id: step.meta.timescale.id,
              kind: 'map' as const,
              title: `${process.title}: step ${step.number}, ${step.meta.title}`,
              href: processMapHref(process.id, { step: step.path }),
            },
          ]
        : [],
    ),
  );
}

/** A `<Timescale>` as the MDX plugin found it on a page. */
export type PageTimescale = TimescaleOnPage;

export function pageTimescaleUses(
  page: { title: string; href: string },
  found: PageTimescale[],
  headings: { slug: string; text: string }[],
): TimescaleUse[] {
  return found.map((item) => {
    const heading = item.headingIndex === null ? undefined : headings[item.headingIndex];
    return {
      id: item.id,
      kind: 'guidance' as const,
      title: heading ? `${page.title}: ${heading.text}` : page.title,
      href: heading ? `${page.href}#${heading.slug}` : page.href,
    };
  });
}

export function calculatorTimescaleUses(events: DeadlineEvent[]): TimescaleUse[] {
  return events.flatMap((event) =>
    event.rules.map((rule) => ({
      id: rule.id,
      kind: 'calculator' as const,
      title: `Deadline calculator: ${event.label}`,
      href: `/tools/deadlines/#event-${event.id}`,
    })),
  );
}

/** Every registry entry as a row, with the places it is shown; a use of an unknown id is an error. */
export function timescaleRows(uses: TimescaleUse[]): TimescaleRow[] {
  const rows = allTimescales().map((timescale) => ({
    id: timescale.id,
    task: timescale.task,
    appliesTo: timescale.appliesTo,
    text: formatTimescale(timescale),
    notes: timescaleNotes(timescale),
    who: timescaleWho(timescale),
    unit: timescale.unit,
    sortHours: sortHours(timescale),
    framework: timescale.source.framework,
    section: timescale.source.section,
    uses: uses.filter((use) => use.id === timescale.id),
  }));
  const unknown = uses.filter((use) => !rows.some((row) => row.id === use.id));
  if (unknown.length)
    throw new Error(`Timescales not in src/lib/timescales/registry.ts: ${unknown.map((use) => use.id).join(', ')}`);
  return rows;
}

/** Shortest first, then by what must happen: the order the table opens in. */
export function byDuration(a: TimescaleRow, b: TimescaleRow): number {
  return a.sortHours - b.sortHours || a.task.localeCompare(b.task);
}
