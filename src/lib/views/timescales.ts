// The view models of the timescales index (every timescale with each place the site shows it) and of the deadline
// calculator's table of rules.
import { citeSources } from '../citation';
import { sectionHref } from '../content/guidance';
import { bankHolidays } from '../deadlines/bank-holidays';
import { calculateDeadlines } from '../deadlines/calculate';
import { deadlineEvents } from '../deadlines/rules';
import { parseIsoDate } from '../dates';
import { renderedGuidance, siteData } from '../site-data/load';
import { timescaleUnits } from '../timescales/phrase';
import {
  byDuration,
  calculatorTimescaleUses,
  machineTimescaleUses,
  pageTimescaleUses,
  timescaleRows,
} from '../timescales';

/** Every timescale, shortest first, with where it is used and the filters' choices (only those that match a row). */
export async function timescalesView() {
  const [{ frameworksByTitle, maps, titles }, pages] = await Promise.all([siteData(), renderedGuidance()]);
  const fromGuidance = pages.flatMap((page) =>
    pageTimescaleUses({ title: page.entry.data.title, href: page.href }, page.timescales, page.headings),
  );
  const entries = timescaleRows([
    ...fromGuidance,
    ...machineTimescaleUses(maps),
    ...calculatorTimescaleUses(deadlineEvents),
  ]).sort(byDuration);
  return {
    entries: entries.map((entry) => ({
      ...entry,
      kinds: [...new Set(entry.uses.map((use) => use.kind))].join(' '),
      citation:
        citeSources([{ framework: entry.framework, section: entry.section }], titles) || titles[entry.framework],
    })),
    units: timescaleUnits.filter((unit) => entries.some((entry) => entry.unit === unit)),
    frameworks: frameworksByTitle.filter((framework) => entries.some((entry) => entry.framework === framework.id)),
  };
}

/** Each event's rules with their timescale in the calculator's own words (so the table and the results never
 * disagree), the section cited and linked, and the bank holidays of this year and next. */
export async function calculatorView() {
  const { guidance, titles } = await siteData();
  const sample = parseIsoDate('2026-01-05')!;
  const buildYear = new Date().getUTCFullYear();
  return {
    events: deadlineEvents,
    rows: deadlineEvents.map((event) => ({
      event,
      results: calculateDeadlines(event.id, sample)!.results.map((result) => ({
        ...result,
        citation: citeSources([result.rule.source], titles),
        href: sectionHref(guidance, result.rule.source.framework, result.rule.source.section),
      })),
    })),
    holidays: [buildYear, buildYear + 1].map((year) => ({ year, days: bankHolidays(year) })),
  };
}
