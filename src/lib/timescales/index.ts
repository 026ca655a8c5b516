// One list of every timescale on the site, gathered from where it is written: the `<Timescale>` components in
// guidance (collected by the MDX plugin) and the `timescale` meta of process-map steps. Never typed twice.
import type { TimescaleOnPage } from '../content/mdx-checks';
import type { ProcessModel } from '../process-map/model';
import { stepAnchor } from '../process-map/model';
import { formatTimescale, unitLabel, type Timescale, type TimescaleUnit } from '../timescale';

export interface TimescaleEntry {
  task: string;
  /** "within 2 working days of the failure to comply". */
  text: string;
  unit: TimescaleUnit;
  /** Roughly how long, in hours, so the table can sort a 2-hour recall before a 12-month order. */
  sortHours: number;
  framework: string;
  section?: string;
  where: { kind: 'Guidance' | 'Process map'; title: string; href: string };
}

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
  framework: string;
  model: ProcessModel;
}

export function machineTimescales(processes: StepTimescaleSource[]): TimescaleEntry[] {
  return processes.flatMap((process) =>
    process.model.steps.flatMap((step) => {
      const timescale = step.meta.timescale;
      if (!timescale) return [];
      const source = step.meta.source[0];
      return [
        {
          task: step.meta.title,
          text: formatTimescale(timescale),
          unit: timescale.unit,
          sortHours: sortHours(timescale),
          framework: source?.framework ?? process.framework,
          section: source?.section,
          where: {
            kind: 'Process map' as const,
            title: `${process.title}: step ${step.label}`,
            href: `/process-maps/${process.id}/#${stepAnchor(step.path)}`,
          },
        },
      ];
    }),
  );
}

/** A `<Timescale>` as the MDX plugin found it on a page. */
export type PageTimescale = TimescaleOnPage;

export function pageTimescales(
  page: { title: string; href: string; framework: string; firstSection?: string },
  found: PageTimescale[],
  headingSlugs: string[],
): TimescaleEntry[] {
  return found.map((item) => {
    const timescale = {
      amount: item.amount,
      unit: item.unit as TimescaleUnit,
      qualifier: item.qualifier as Timescale['qualifier'],
      from: item.from,
    };
    const slug = item.headingIndex === null ? undefined : headingSlugs[item.headingIndex];
    return {
      task: item.task,
      text: formatTimescale(timescale),
      unit: timescale.unit,
      sortHours: sortHours(timescale),
      framework: page.framework,
      section: item.section ?? page.firstSection,
      where: { kind: 'Guidance' as const, title: page.title, href: slug ? `${page.href}#${slug}` : page.href },
    };
  });
}

/** Shortest first, then by what must happen: the order the table opens in. */
export function byDuration(a: TimescaleEntry, b: TimescaleEntry): number {
  return a.sortHours - b.sortHours || a.task.localeCompare(b.task);
}
