// Every deadline the sources set from an event staff can put a date on, with the standard and section it comes
// from. The calculator, its no-JavaScript table and the tests all read this list; nothing is typed twice.
import type { FrameworkId } from '../schemas';
import type { TimescaleUnit } from '../timescale';

export interface DeadlineRule {
  id: string;
  /** What must happen, in plain words. */
  task: string;
  amount: number;
  unit: TimescaleUnit | 'half-months';
  /** `after`: a deadline counted on from the event; `before`: counted back from it; `day`: "by day N" on a day count. */
  direction: 'after' | 'before' | 'day';
  /** `deadline`: do it by then; `until`: a period that lasts until then; `window-opens`: a period that starts then. */
  kind: 'deadline' | 'until' | 'window-opens';
  appliesTo?: string;
  source: { framework: FrameworkId; section: string };
  /** Where the source is unclear or the site has had to interpret it: said on the page, never hidden. */
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

const ns = (section: string) => ({ framework: 'national-standards' as const, section });

const dayCountNote =
  'The standard says “day N” without saying working or calendar days. The calculator counts working days, the same count as the six-working-day decision in the same standard.';

export const deadlineEvents: DeadlineEvent[] = [
  {
    id: 'failure-to-comply',
    label: 'Failure to comply (community order, suspended sentence or PSS)',
    hint: 'The date of the last failure to comply, for example a missed appointment.',
    rules: [
      {
        id: 'letter',
        task: 'Send the person a letter about the failure to attend (the minimum the standard expects)',
        amount: 2,
        unit: 'working-days',
        direction: 'after',
        kind: 'deadline',
        source: ns('9.1'),
      },
      {
        id: 'evidence',
        task: 'The person’s 5 days to provide evidence of an acceptable explanation end',
        amount: 5,
        unit: 'working-days',
        direction: 'day',
        kind: 'until',
        source: ns('9.1'),
        note: `The standard says the person “has 5 days to provide evidence”, before the decision by day 6. ${dayCountNote}`,
      },
      {
        id: 'decision',
        task: 'Issue a warning or take appropriate action, if there is no acceptable explanation (immediately where there are public protection concerns)',
        amount: 6,
        unit: 'working-days',
        direction: 'day',
        kind: 'deadline',
        source: ns('9.1'),
      },
      {
        id: 'breach',
        task: 'Complete the breach',
        amount: 8,
        unit: 'working-days',
        direction: 'day',
        kind: 'deadline',
        source: ns('9.1'),
        note: dayCountNote,
      },
      {
        id: 'summons',
        task: 'Have a summons issued',
        amount: 10,
        unit: 'working-days',
        direction: 'day',
        kind: 'deadline',
        source: ns('9.1'),
        note: dayCountNote,
      },
    ],
  },
  {
    id: 'recall-decision',
    label: 'Decision to recall someone on licence',
    hint: 'The date, and if you know it the time, recall was decided on with the SPO.',
    needsTime: true,
    rules: [
      {
        id: 'emergency',
        task: 'Take recall action in an emergency case',
        amount: 2,
        unit: 'hours',
        direction: 'after',
        kind: 'deadline',
        appliesTo: 'Emergency recall',
        source: ns('9.3.2'),
      },
      {
        id: 'non-emergency',
        task: 'Take recall action in a non-emergency case',
        amount: 24,
        unit: 'hours',
        direction: 'after',
        kind: 'deadline',
        appliesTo: 'Non-emergency recall',
        source: ns('9.3.2'),
      },
    ],
  },
  {
    id: 'standard-recall',
    label: 'Notification of a standard recall',
    hint: 'The date you were told the person had been recalled to custody.',
    rules: [
      {
        id: 'risk-plan',
        task: 'Review the assessment and supply the risk management plan',
        amount: 10,
        unit: 'working-days',
        direction: 'after',
        kind: 'deadline',
        source: ns('10.2'),
        note: 'The 10 working days come from the performance measure the standard links to (UM02SL010); the standard itself says the review follows the notification.',
      },
    ],
  },
  {
    id: 'community-sentence',
    label: 'Sentence to a community order or suspended sentence order',
    hint: 'The date of sentence in court.',
    rules: [
      {
        id: 'first-appointment',
        task: 'Hold the first face-to-face appointment',
        amount: 5,
        unit: 'working-days',
        direction: 'after',
        kind: 'deadline',
        source: ns('3.3'),
      },
      {
        id: 'upw-assessment',
        task: 'Complete the unpaid work (UPW) assessment',
        amount: 5,
        unit: 'working-days',
        direction: 'after',
        kind: 'deadline',
        appliesTo: 'Orders with an unpaid work requirement',
        source: ns('4.3.5'),
        note: 'The performance measure listed beside this standard (UM04SL026) says 10 business days; the standard says 5 working days.',
      },
      {
        id: 'upw-start',
        task: 'Start the unpaid work',
        amount: 15,
        unit: 'days',
        direction: 'after',
        kind: 'deadline',
        appliesTo: 'Orders with an unpaid work requirement',
        source: ns('4.3.5'),
      },
      {
        id: 'upw-complete',
        task: 'Complete the unpaid work (a legal requirement)',
        amount: 12,
        unit: 'months',
        direction: 'after',
        kind: 'deadline',
        appliesTo: 'Orders with an unpaid work requirement',
        source: ns('4.3.5'),
      },
    ],
  },
  {
    id: 'community-first-appointment',
    label: 'First appointment on a community order or suspended sentence',
    hint: 'The date of the first appointment after sentence.',
    rules: [
      {
        id: 'plan',
        task: 'Complete the sentence plan',
        amount: 15,
        unit: 'working-days',
        direction: 'after',
        kind: 'deadline',
        source: ns('4.3.5'),
        note: 'The standard’s heading says “within 15 days of first appointment”; its explanation says 15 working days. The calculator uses working days.',
      },
    ],
  },
  {
    id: 'release',
    label: 'Release on licence or post-sentence supervision',
    hint: 'The date of release.',
    rules: [
      {
        id: 'first-appointment',
        task: 'Hold the first appointment',
        amount: 1,
        unit: 'working-days',
        direction: 'after',
        kind: 'deadline',
        source: ns('3.3'),
      },
    ],
  },
  {
    id: 'release-first-appointment',
    label: 'First appointment after release from custody',
    hint: 'The date of the first appointment after release.',
    rules: [
      {
        id: 'initial-plan',
        task: 'Complete the Initial Sentence Plan',
        amount: 15,
        unit: 'days',
        direction: 'after',
        kind: 'deadline',
        appliesTo: '10 months or more left to serve at sentence (the COM prepared a pre-release plan)',
        source: ns('4.3.6'),
      },
      {
        id: 'short-plan',
        task: 'Complete the sentence plan',
        amount: 15,
        unit: 'working-days',
        direction: 'after',
        kind: 'deadline',
        appliesTo: 'Short custodial sentences: less than 10 months left to serve at sentence',
        source: ns('4.3.6'),
      },
    ],
  },
  {
    id: 'expected-release',
    label: 'Expected release date (determinate sentence)',
    hint: 'The date the person is due to be released.',
    rules: [
      {
        id: 'ap-referral',
        task: 'Refer to an Approved Premises, where a placement is needed (at the latest)',
        amount: 6,
        unit: 'months',
        direction: 'before',
        kind: 'deadline',
        appliesTo: 'People in custody who need an Approved Premises placement',
        source: ns('7.1'),
        note: 'The standard says a referral should be made at the earliest opportunity, and at least 6 months before release.',
      },
      {
        id: 'handover',
        task: 'Handover and allocation to the COM',
        amount: 15,
        unit: 'half-months',
        direction: 'before',
        kind: 'deadline',
        appliesTo: '10 months or more left to serve at sentence',
        source: ns('4.3.6'),
        note: 'The standard says 7.5 months before release. The calculator counts 7 months and then 15 days back.',
      },
      {
        id: 'com-responsible',
        task: 'The COM becomes responsible for case management',
        amount: 9,
        unit: 'half-months',
        direction: 'before',
        kind: 'deadline',
        appliesTo: '10 months or more left to serve at sentence',
        source: ns('4.3.6'),
        note: 'The standard says 4.5 months before release. The calculator counts 4 months and then 15 days back.',
      },
    ],
  },
  {
    id: 'com-allocation',
    label: 'Allocation of a custodial case to a COM',
    hint: 'The date the Community Offender Manager was allocated.',
    rules: [
      {
        id: 'pre-release-plan',
        task: 'Complete the pre-release sentence plan',
        amount: 3,
        unit: 'months',
        direction: 'after',
        kind: 'deadline',
        appliesTo: '10 months or more left to serve at sentence',
        source: ns('4.3.6'),
        note: 'The standard said it would not apply until the OMiC changes brought in by unification, estimated for April 2022.',
      },
    ],
  },
  {
    id: 'handover-date',
    label: 'Handover date from the POM to the COM',
    hint: 'The date responsibility is due to hand over to the Community Offender Manager.',
    rules: [
      {
        id: 'mpc-email',
        task: 'Manage POM Cases sends community teams an automated email',
        amount: 45,
        unit: 'days',
        direction: 'before',
        kind: 'deadline',
        source: { framework: 'national-standards', section: 'Annex B' },
      },
      {
        id: 'pre-handover-session',
        task: 'The last 3 months before handover begin: hold the in-person supervision session(s) in this period',
        amount: 3,
        unit: 'months',
        direction: 'before',
        kind: 'window-opens',
        appliesTo:
          'More than 10 months to serve: at least 1 session; more than 20 months left from sentence: at least 3',
        source: { framework: 'national-standards', section: 'Annex B' },
      },
    ],
  },
  {
    id: 'pom-allocation',
    label: 'Allocation to a POM at the start of a custodial sentence',
    hint: 'The date the POM was allocated.',
    rules: [
      {
        id: 'three-sessions',
        task: 'Hold at least 3 in-person supervision sessions',
        amount: 12,
        unit: 'weeks',
        direction: 'after',
        kind: 'deadline',
        source: { framework: 'national-standards', section: 'Annex B' },
      },
    ],
  },
  {
    id: 'prison-transfer',
    label: 'Arrival at a new prison on transfer',
    hint: 'The date the person arrived at the new prison.',
    rules: [
      {
        id: 'first-session',
        task: 'Hold a face-to-face supervision session with the new POM',
        amount: 14,
        unit: 'working-days',
        direction: 'after',
        kind: 'deadline',
        source: { framework: 'national-standards', section: 'Annex B' },
      },
    ],
  },
  {
    id: 'ap-arrival',
    label: 'Arrival at an Approved Premises',
    hint: 'The date the resident arrived.',
    rules: [
      {
        id: 'move-on-plan',
        task: 'Complete the move-on plan, if there was not one at referral',
        amount: 10,
        unit: 'working-days',
        direction: 'after',
        kind: 'deadline',
        source: ns('7.2'),
      },
    ],
  },
  {
    id: 'crs-referral',
    label: 'Referral received by a CRS provider',
    hint: 'The date the CRS provider received the referral.',
    rules: [
      {
        id: 'assessment',
        task: 'The CRS provider offers an assessment appointment',
        amount: 10,
        unit: 'days',
        direction: 'after',
        kind: 'deadline',
        source: ns('5.1'),
      },
    ],
  },
  {
    id: 'crs-assessment',
    label: 'CRS assessment appointment',
    hint: 'The date of the assessment appointment with the CRS provider.',
    rules: [
      {
        id: 'action-plan',
        task: 'The CRS provider completes an action plan and shares it with the Probation Practitioner',
        amount: 5,
        unit: 'days',
        direction: 'after',
        kind: 'deadline',
        source: ns('5.1'),
      },
    ],
  },
  {
    id: 'contact',
    label: 'A contact with, or about, a person on probation or prisoner',
    hint: 'The date of the contact.',
    rules: [
      {
        id: 'record',
        task: 'Record the contact on the case management system',
        amount: 1,
        unit: 'working-days',
        direction: 'after',
        kind: 'deadline',
        source: ns('1.1'),
      },
      {
        id: 'record-dps',
        task: 'Record the contact on the Digital Prison Service (POM-responsible cases)',
        amount: 1,
        unit: 'working-days',
        direction: 'after',
        kind: 'deadline',
        appliesTo: 'Prisoners managed by a POM',
        source: { framework: 'national-standards', section: 'Annex B 1.1' },
      },
    ],
  },
  {
    id: 'reception',
    label: 'Reception into prison',
    hint: 'The date, and if you know it the time, of reception.',
    needsTime: true,
    rules: [
      {
        id: 'chaplain',
        task: 'A chaplain sees the person individually (a statutory duty)',
        amount: 24,
        unit: 'hours',
        direction: 'after',
        kind: 'deadline',
        source: { framework: 'faith-and-probation', section: '4.1' },
      },
    ],
  },
  {
    id: 'nsd-supervision',
    label: 'Start of supervision: NSD case, high or very high risk of harm',
    hint: 'The date supervision began.',
    rules: [
      {
        id: 'two-contacts',
        task: 'At least two contacts a week (one face to face with a probation practitioner) continue until',
        amount: 12,
        unit: 'months',
        direction: 'after',
        kind: 'until',
        source: { framework: 'national-standards', section: 'Annex A' },
        note: 'The frequency stays in place after 12 months until there is clear evidence of reduced risk.',
      },
      {
        id: 'resettlement-visits',
        task: 'Fortnightly resettlement visits continue until',
        amount: 3,
        unit: 'months',
        direction: 'after',
        kind: 'until',
        source: { framework: 'national-standards', section: 'Annex A' },
        note: 'Fortnightly visits also apply for the first 3 months after leaving an Approved Premises.',
      },
    ],
  },
  {
    id: 'isa-signed',
    label: 'Information sharing agreement signed or last reviewed',
    hint: 'The date the agreement was signed or last reviewed.',
    rules: [
      {
        id: 'annual-review',
        task: 'Review the agreement (at least once a year, or sooner if the agreement says so)',
        amount: 1,
        unit: 'years',
        direction: 'after',
        kind: 'deadline',
        source: { framework: 'information-sharing', section: '4.1' },
      },
    ],
  },
];

export function eventById(id: string): DeadlineEvent | undefined {
  return deadlineEvents.find((event) => event.id === id);
}
