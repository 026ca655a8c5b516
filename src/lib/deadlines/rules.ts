// The events staff can put a date on, and which registry timescales the calculator counts from each. A rule names
// a registry entry and takes its task, amount, unit, start, source and notes from there: nothing is typed twice.
import type { FrameworkId } from '../schemas';
import { formatTimescale, qualifierOf, timescaleBadge, type TimescaleUnit } from '../timescales/phrase';
import { timescaleById, timescaleNotes, type RegisteredTimescale, type TimescaleId } from '../timescales/registry';

/** A rule as written below: the registry entry it dates, and what only the calculator needs to know. */
interface RuleDefinition {
  timescale: TimescaleId;
  /** `deadline`: do it by then; `until`: a period that lasts until then; `window-opens`: the earliest it may happen. */
  kind?: 'deadline' | 'until' | 'window-opens';
  /** How the calculator counts, where that needs saying (the registry's own notes are shown as well). */
  counting?: string;
  /** "Every calendar month": the next one falls by the last day of the following month, not a month to the day. */
  isCalendarMonthly?: boolean;
}

export interface DeadlineRule {
  /** The registry id of the timescale. */
  id: TimescaleId;
  timescale: RegisteredTimescale;
  task: string;
  amount: number;
  unit: TimescaleUnit;
  /** `after`: counted on from the event; `before`: counted back from it; `day`: "by day N" on a day count. */
  direction: 'after' | 'before' | 'day';
  kind: 'deadline' | 'until' | 'window-opens';
  appliesTo?: string;
  isCalendarMonthly: boolean;
  source: { framework: FrameworkId; section: string };
  /** The registry's interpretation and caveat, then how the calculator counts: said on the page, never hidden. */
  note?: string;
}

export interface DeadlineEvent {
  id: string;
  /** The event, as staff name it: "Failure to comply". */
  label: string;
  hint: string;
  /** True when a rule is counted in hours, so the time of the event matters. */
  needsTime?: boolean;
  rules: DeadlineRule[];
}

interface EventDefinition extends Omit<DeadlineEvent, 'rules'> {
  rules: RuleDefinition[];
}

const halfMonthCounting = (months: number) =>
  `The calculator counts ${timescaleBadge({ amount: Math.trunc(months), unit: 'months' })} and then 15 days back.`;

const eventDefinitions: EventDefinition[] = [
  {
    id: 'failure-to-comply',
    label: 'Failure to comply (community order, suspended sentence or PSS)',
    hint: 'The date of the last failure to comply, for example a failure to attend an appointment.',
    rules: [
      { timescale: 'ns-9.1-letter' },
      { timescale: 'ns-9.1-evidence', kind: 'until' },
      { timescale: 'ns-9.1-decision' },
      { timescale: 'ns-9.1-breach' },
      { timescale: 'ns-9.1-summons' },
    ],
  },
  {
    id: 'recall-decision',
    label: 'Decision to recall someone on licence',
    hint: 'The date, and if you know it the time, of the decision to recall, made in discussion with the SPO and the PDU Head or a deputy with delegated authority.',
    needsTime: true,
    rules: [{ timescale: 'ns-9.3.2-emergency-recall' }, { timescale: 'ns-9.3.2-non-emergency-recall' }],
  },
  {
    id: 'standard-recall',
    label: 'A standard recall to custody',
    hint: 'The date of the standard recall to custody.',
    rules: [{ timescale: 'ns-10.2-risk-plan-after-recall' }],
  },
  {
    id: 'community-sentence',
    label: 'Sentence to a community order or suspended sentence order',
    hint: 'The date of sentence in court.',
    rules: [
      { timescale: 'ns-3.3-first-appointment-community' },
      { timescale: 'ns-4.3.5-upw-assessment' },
      { timescale: 'ns-4.3.5-upw-start' },
    ],
  },
  {
    id: 'community-first-appointment',
    label: 'First appointment on a community order or suspended sentence',
    hint: 'The date of the first appointment after sentence.',
    rules: [{ timescale: 'ns-4.3.5-sentence-plan' }],
  },
  {
    id: 'monthly-contact',
    label: 'Face-to-face appointment (community order, suspended sentence or licence)',
    hint: 'The date of the last face-to-face appointment with a Probation Practitioner.',
    rules: [
      {
        timescale: 'ns-5.4-monthly-contact',
        isCalendarMonthly: true,
      },
    ],
  },
  {
    id: 'release',
    label: 'Release on licence or post-sentence supervision',
    hint: 'The date of release.',
    rules: [{ timescale: 'ns-3.3-first-appointment-release' }],
  },
  {
    id: 'release-first-appointment',
    label: 'First appointment after release from custody',
    hint: 'The date of the first appointment after release.',
    rules: [
      {
        timescale: 'ns-4.3.6-initial-sentence-plan',
      },
      {
        timescale: 'ns-4.3.6-short-sentence-plan',
      },
    ],
  },
  {
    id: 'expected-release',
    label: 'Expected release date (determinate sentence)',
    hint: 'The date the person is due to be released.',
    rules: [
      { timescale: 'ns-7.1-ap-referral' },
      {
        timescale: 'ns-4.3.6-handover',
        counting: halfMonthCounting(7.5),
      },
      {
        timescale: 'ns-4.3.6-com-responsible',
        counting: halfMonthCounting(4.5),
      },
    ],
  },
  {
    id: 'com-allocation',
    label: 'Allocation of a custodial case to a COM',
    hint: 'The date of allocation to the COM (Community Offender Manager).',
    rules: [{ timescale: 'ns-4.3.6-pre-release-plan' }],
  },
  {
    id: 'handover-date',
    label: 'Handover date from the POM to the COM',
    // NS 4.3.6 and Annex B: the handover date is handover and allocation to the COM, not the later day the COM
    // becomes responsible; counting from that later day put the MPC email and the sessions 3 months late.
    hint: `The handover date: the day the case is handed over and allocated to the Community Offender Manager, ${formatTimescale(timescaleById('ns-4.3.6-handover')!)} for a determinate sentence. Not the later day the COM becomes responsible for case management.`,
    rules: [
      { timescale: 'ns-annex-b-mpc-email' },
      { timescale: 'ns-annex-b-pre-handover-sessions', kind: 'window-opens' },
    ],
  },
  {
    id: 'pom-allocation',
    label: 'Allocation to a POM at the start of a custodial sentence',
    hint: 'The date of allocation to a POM (Prison Offender Manager).',
    rules: [{ timescale: 'ns-annex-b-three-sessions' }],
  },
  {
    id: 'prison-transfer',
    label: 'Arrival at a new prison on transfer',
    hint: 'The date of arrival at the new prison.',
    rules: [{ timescale: 'ns-annex-b-transfer-session' }],
  },
  {
    id: 'ap-arrival',
    label: 'Arrival at an Approved Premises after an emergency or short-notice move',
    hint: 'The date of the resident’s arrival.',
    rules: [
      {
        timescale: 'ns-7.2-move-on-plan',
      },
    ],
  },
  {
    id: 'crs-referral',
    label: 'Referral received by a CRS provider',
    hint: 'The date the CRS provider received the referral.',
    rules: [{ timescale: 'ns-5.1-crs-assessment' }],
  },
  {
    id: 'crs-assessment',
    label: 'CRS assessment appointment',
    hint: 'The date of the assessment appointment with the CRS provider.',
    rules: [{ timescale: 'ns-5.1-crs-action-plan' }],
  },
  {
    id: 'contact',
    label: 'A contact with, or about, a person on probation or prisoner',
    hint: 'The date of the contact.',
    rules: [{ timescale: 'ns-1.1-record-contact' }, { timescale: 'ns-annex-b-1.1-record-contact' }],
  },
  {
    id: 'nsd-supervision',
    label: 'Start of supervision: National Security Division case',
    hint: 'The date of the start of supervision.',
    rules: [
      {
        timescale: 'ns-annex-a-two-contacts',
        kind: 'until',
      },
      { timescale: 'ns-annex-a-resettlement-visits', kind: 'until' },
      {
        timescale: 'ns-annex-a-electronic-monitoring',
        kind: 'until',
      },
    ],
  },
  {
    id: 'nsd-resettlement-visit',
    label: 'Resettlement visit (NSD case)',
    hint: 'The date of the last resettlement visit.',
    rules: [{ timescale: 'ns-annex-a-resettlement-fortnightly' }],
  },
  {
    id: 'release-polygraph',
    label: 'Release of someone under NSD oversight who is subject to polygraph examinations',
    hint: 'The date of release.',
    rules: [{ timescale: 'ns-annex-a-first-polygraph', kind: 'window-opens' }],
  },
  {
    id: 'polygraph-examination',
    label: 'Polygraph examination (NSD case)',
    hint: 'The date of the last polygraph examination.',
    rules: [{ timescale: 'ns-annex-a-later-polygraph' }],
  },
  {
    id: 'reception',
    label: 'Reception into prison',
    hint: 'The date, and if you know it the time, of reception.',
    needsTime: true,
    rules: [{ timescale: 'faith-4.1-reception-visit' }],
  },
  {
    id: 'chaplain-visit-segregation',
    label: 'Chaplain’s visit to someone in segregation or residential healthcare',
    hint: 'The date of the last visit.',
    rules: [{ timescale: 'faith-4.1-daily-visits' }],
  },
  {
    id: 'chaplain-visit-acct',
    label: 'Chaplain’s visit to someone on an ACCT',
    hint: 'The date of the last visit.',
    rules: [{ timescale: 'faith-4.1-acct-visits' }],
  },
  {
    id: 'isa-signed',
    label: 'Information sharing agreement signed or last reviewed',
    hint: 'The date the agreement was signed or last reviewed.',
    rules: [{ timescale: 'ispf-4.1-annual-review' }],
  },
  {
    id: 'jip-data-collected',
    label: 'Data collected by the Joint Intelligence Programme team',
    hint: 'The date of collection: the day the JIP team collected the data.',
    rules: [{ timescale: 'jip-retention', kind: 'until' }],
  },
  {
    id: 'jip-protocol-signed',
    label: 'JIP information sharing protocol signed',
    hint: 'The date the protocol was signed.',
    rules: [{ timescale: 'jip-protocol-review' }],
  },
  {
    id: 'release-protocol-reviewed',
    label: 'Release information protocol last reviewed',
    hint: 'The date of the last review (the protocol started in November 2011).',
    rules: [{ timescale: 'release-protocol-review' }],
  },
];

function resolveRule(definition: RuleDefinition): DeadlineRule {
  const timescale = timescaleById(definition.timescale)!;
  const qualifier = qualifierOf(timescale);
  const notes = [...timescaleNotes(timescale), definition.counting].filter(Boolean);
  return {
    id: timescale.id,
    timescale,
    task: timescale.task,
    amount: timescale.amount,
    unit: timescale.unit,
    direction: qualifier === 'before' ? 'before' : qualifier === 'by-day' ? 'day' : 'after',
    kind: definition.kind ?? 'deadline',
    appliesTo: timescale.appliesTo,
    isCalendarMonthly: definition.isCalendarMonthly ?? false,
    source: timescale.source,
    note: notes.length ? notes.join(' ') : undefined,
  };
}

export const deadlineEvents: DeadlineEvent[] = eventDefinitions.map((event) => ({
  ...event,
  rules: event.rules.map(resolveRule),
}));

export function eventById(id: string): DeadlineEvent | undefined {
  return deadlineEvents.find((event) => event.id === id);
}
