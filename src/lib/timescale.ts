// One consistent wording for every timescale on the site, from the amount, unit and what it runs from.
export const timescaleUnits = ['working-days', 'days', 'hours', 'weeks', 'months', 'years'] as const;
export type TimescaleUnit = (typeof timescaleUnits)[number];

export const timescaleQualifiers = ['within', 'every', 'at-least-every', 'after', 'before', 'by-day', 'up-to'] as const;
export type TimescaleQualifier = (typeof timescaleQualifiers)[number];

export interface Timescale {
  amount: number;
  unit: TimescaleUnit;
  qualifier?: TimescaleQualifier;
  from?: string;
}

const unitWords: Record<TimescaleUnit, [singular: string, plural: string]> = {
  'working-days': ['working day', 'working days'],
  days: ['day', 'days'],
  hours: ['hour', 'hours'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  years: ['year', 'years'],
};

export function unitLabel(unit: TimescaleUnit, amount: number): string {
  const [singular, plural] = unitWords[unit];
  return amount === 1 ? singular : plural;
}

/** The short badge text: "2 working days", "day 6". */
export function timescaleBadge({ amount, unit, qualifier = 'within' }: Timescale): string {
  if (qualifier === 'by-day') return unit === 'working-days' ? `working day ${amount}` : `day ${amount}`;
  return `${amount} ${unitLabel(unit, amount)}`;
}

/** "day" rather than "1 day" after "every": every day, at least every year. */
function period(timescale: Timescale): string {
  return timescale.amount === 1 ? unitLabel(timescale.unit, 1) : timescaleBadge(timescale);
}

/** The emphasised part and the rest, so a page can bold the figure: ["within 2 working days", "of the failure to comply"]. */
export function timescaleParts(timescale: Timescale): [lead: string, rest: string] {
  const { qualifier = 'within', from } = timescale;
  const badge = timescaleBadge(timescale);
  switch (qualifier) {
    case 'within':
      return [`within ${badge}`, from ? `of ${from}` : ''];
    case 'after':
      return [badge, from ? `after ${from}` : 'later'];
    case 'before':
      return [badge, from ? `before ${from}` : 'beforehand'];
    case 'every':
      return [`every ${period(timescale)}`, from ? `from ${from}` : ''];
    case 'at-least-every':
      return [`at least every ${period(timescale)}`, from ? `from ${from}` : ''];
    case 'by-day':
      return [`by ${badge}`, from ? `after ${from}` : ''];
    case 'up-to':
      return [`up to ${badge}`, from ? `from ${from}` : ''];
  }
}

/** The whole phrase: "within 2 working days of the failure to comply". */
export function formatTimescale(timescale: Timescale): string {
  return timescaleParts(timescale).filter(Boolean).join(' ');
}
