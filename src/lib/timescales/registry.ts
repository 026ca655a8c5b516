// Every timescale the sources set, written once: guidance pages, map steps, the deadline calculator and the
// timescales index all name an entry here by its id and take its amount, unit, start and wording from it.
import { roles, type RoleId } from '../roles';
import type { FrameworkId } from '../schemas';
import type { TimescaleQualifier, TimescaleUnit } from './phrase';

export interface TimescaleDefinition {
  amount: number;
  unit: TimescaleUnit;
  /** How the amount reads: "within", "every", "by day"… Defaults to "within". */
  qualifier?: TimescaleQualifier;
  /** What it runs from, in words ("the failure to comply"). Absent where the source gives no start. */
  from?: string;
  /** The calculator event it is counted from (an id in `src/lib/deadlines/rules.ts`), when it has a datable start. */
  event?: string;
  /**
   * What the calculator counts it from where the source gives no start (`from` is absent and it does not repeat): the
   * site's reading, which `interpretation` explains. The event's hint must ask for this date.
   */
  calculatorFrom?: string;
  /** What must happen, in plain words. */
  task: string;
  /** The cases it applies to, where the source limits it. */
  appliesTo?: string;
  /** Who does it, where the source names them; null where it does not (a passive "is recorded" names no one). */
  who: RoleId | null;
  source: { framework: FrameworkId; section: string };
  /** What the site assumes where the source is silent or unclear, and why. Shown wherever the timescale shows. */
  interpretation?: string;
  /** A limit the source itself puts on the timescale. Shown wherever the timescale shows. */
  caveat?: string;
  /**
   * True where the source counts in plain "days" ("within 15 days", "by day 8") without saying working or calendar
   * days: the site's reading is in `interpretation`, and the other reading is never treated as a wrong answer.
   */
  isDayCountUnstated?: boolean;
}

const ns = (section: string) => ({ framework: 'national-standards' as const, section });

/** The note for a standard that says plain "days" (NS-14): how the site counts them. */
const nsPlainDays = (words: string) =>
  `The standard says “${words}” without saying working or calendar days; the site counts calendar days.`;

const nsDayCount =
  'The standard says “by day” without saying working or calendar days. The site counts working days from the last failure to comply, the same count as the six-working-day decision in the same standard.';

// Annex A's visits row, unlike its contact, residency and monitoring rows, names no risk level; its scope section says
// the enhanced standards are for the highest risk. The site says so rather than choose (NS-03).
const nsdVisitsAppliesTo =
  'People under NSD oversight. Unlike its other rows, Annex A’s visits row names no risk level, though the annex keeps its enhanced standards for the highest risk: check with the NSD for someone not assessed as high or very high risk';

// NS 4.3.6 ends with this note; it governs every timescale in the standard's custodial (OMiC) part.
const omicNotYetApplicable =
  'The standard says it will not apply until the OMiC changes brought in by unification; it estimated April 2022. Check that the change has happened in your area.';

export const timescaleRegistry = {
  'ns-1.1-record-contact': {
    amount: 1,
    unit: 'working-days',
    from: 'the contact',
    event: 'contact',
    task: 'Record a contact with, or about, the person on probation on the case management system',
    who: null,
    source: ns('1.1'),
  },
  'ns-1.1-crs-records': {
    amount: 1,
    unit: 'working-days',
    task: 'Commissioned Rehabilitative Services (CRS) providers complete their records',
    who: 'crs-provider',
    source: ns('1.1'),
    interpretation:
      'The standard says CRS providers are expected to complete records within one working day, as probation records contacts, but does not say what the day runs from, so the calculator does not date it.',
  },
  'ns-annex-b-1.1-record-contact': {
    amount: 1,
    unit: 'working-days',
    from: 'the contact',
    event: 'contact',
    task: 'Record a contact with, or about, the prisoner on the Digital Prison Systems',
    appliesTo: 'Prisoners managed by a POM',
    who: null,
    source: ns('Annex B 1.1'),
  },
  'ns-3.3-first-appointment-community': {
    amount: 5,
    unit: 'working-days',
    from: 'sentence',
    event: 'community-sentence',
    task: 'Hold the first face-to-face appointment on a community order or suspended sentence order',
    who: null,
    source: ns('3.3'),
  },
  'ns-3.3-first-appointment-release': {
    amount: 1,
    unit: 'working-days',
    from: 'release',
    event: 'release',
    task: 'Hold the first face-to-face appointment after release on licence or post-sentence supervision',
    who: null,
    source: ns('3.3'),
  },
  'ns-4.3.5-sentence-plan': {
    amount: 15,
    unit: 'working-days',
    from: 'the first appointment',
    event: 'community-first-appointment',
    task: 'Complete the sentence plan for a community order or suspended sentence order',
    who: null,
    source: ns('4.3.5'),
    interpretation:
      'The standard’s heading says “within 15 days of first appointment”; its explanation says 15 working days. The site uses working days.',
  },
  'ns-4.3.5-upw-assessment': {
    amount: 5,
    unit: 'working-days',
    from: 'sentence',
    event: 'community-sentence',
    task: 'Complete the unpaid work (UPW) assessment',
    appliesTo: 'Orders with an unpaid work requirement',
    who: null,
    source: ns('4.3.5'),
    interpretation:
      'The standard says 5 working days and implies they run from sentence, since unpaid work is required to start within 15 days of sentence. The performance measure listed at standard 5.2 (UM04SL026) says 10 business days.',
  },
  'ns-4.3.5-upw-start': {
    amount: 15,
    unit: 'days',
    from: 'sentence',
    event: 'community-sentence',
    task: 'Start the unpaid work',
    appliesTo: 'Orders with an unpaid work requirement',
    who: null,
    source: ns('4.3.5'),
    interpretation: nsPlainDays('within 15 days of sentence'),
    isDayCountUnstated: true,
  },
  'ns-4.3.5-upw-complete': {
    amount: 12,
    unit: 'months',
    task: 'Complete the unpaid work (a legal requirement)',
    who: null,
    source: ns('4.3.5'),
    interpretation:
      'The standard calls 12 months the legal requirement for completing unpaid work but does not say when the 12 months start, so the calculator does not date it.',
  },
  'ns-4.3.6-handover': {
    amount: 7.5,
    unit: 'months',
    qualifier: 'before',
    from: 'release',
    event: 'expected-release',
    task: 'Hand over and allocate the case to the COM',
    appliesTo: 'Determinate sentences with 10 months or more left to serve at sentence',
    who: null,
    source: ns('4.3.6'),
    caveat: omicNotYetApplicable,
  },
  'ns-4.3.6-com-responsible': {
    amount: 4.5,
    unit: 'months',
    qualifier: 'before',
    from: 'release',
    event: 'expected-release',
    task: 'The COM becomes responsible for case management',
    appliesTo: 'Determinate sentences with 10 months or more left to serve at sentence',
    who: 'com',
    source: ns('4.3.6'),
    caveat: omicNotYetApplicable,
  },
  'ns-4.3.6-pre-release-plan': {
    amount: 3,
    unit: 'months',
    from: 'allocation to the COM',
    event: 'com-allocation',
    task: 'Complete the pre-release sentence plan, focused on risk management and the interventions needed for resettlement',
    appliesTo: '10 months or more left to serve at sentence',
    who: 'com',
    source: ns('4.3.6'),
    caveat: omicNotYetApplicable,
  },
  'ns-4.3.6-initial-sentence-plan': {
    amount: 15,
    unit: 'days',
    from: 'the first appointment after release',
    event: 'release-first-appointment',
    task: 'Complete the Initial Sentence Plan after release',
    appliesTo: '10 months or more left to serve at sentence (the COM prepared a pre-release plan)',
    who: 'com',
    source: ns('4.3.6'),
    interpretation:
      'The standard says “within 15 days of the first appointment” without saying working or calendar days. The performance measure UM02SL006, linked at standards 4.3.5 and 5.2, says 15 business days of the initial appointment, for licence releases too. The site counts calendar days, the earlier of the two readings.',
    caveat: omicNotYetApplicable,
    isDayCountUnstated: true,
  },
  'ns-4.3.6-short-sentence-plan': {
    amount: 15,
    unit: 'working-days',
    from: 'the first appointment after release',
    event: 'release-first-appointment',
    task: 'Complete the sentence plan after a short custodial sentence',
    appliesTo: 'Short custodial sentences: less than 10 months left to serve at sentence',
    who: null,
    source: ns('4.3.6'),
  },
  'ns-5.1-crs-assessment': {
    amount: 10,
    unit: 'days',
    from: 'receiving the referral',
    event: 'crs-referral',
    task: 'The CRS provider offers an assessment appointment',
    who: 'crs-provider',
    source: ns('5.1'),
    interpretation: nsPlainDays('within 10 days of receipt of a referral'),
    isDayCountUnstated: true,
  },
  'ns-5.1-crs-action-plan': {
    amount: 5,
    unit: 'days',
    from: 'the assessment appointment',
    event: 'crs-assessment',
    task: 'The CRS provider completes an action plan and shares it with the Probation Practitioner',
    who: 'crs-provider',
    source: ns('5.1'),
    interpretation: nsPlainDays('within 5 days of this appointment'),
    isDayCountUnstated: true,
  },
  'ns-5.4-monthly-contact': {
    amount: 1,
    unit: 'months',
    qualifier: 'every',
    event: 'monthly-contact',
    task: 'Hold a face-to-face appointment with a Probation Practitioner, each calendar month',
    appliesTo:
      'Community orders, suspended sentence orders and licences; not stand-alone unpaid work or restrictive requirements, or post-sentence supervision',
    who: 'com',
    source: ns('5.4'),
    caveat:
      'For a Life or IPP licence, the Parole Board or IPP Progression Panel may have agreed fewer face-to-face appointments.',
    interpretation:
      'The standard asks for at least one face-to-face appointment every calendar month. The calculator shows the last day of the next calendar month after an appointment, the latest the next one can be.',
  },
  'ns-7.1-ap-referral': {
    amount: 6,
    unit: 'months',
    qualifier: 'before',
    from: 'release',
    event: 'expected-release',
    task: 'Refer a person in custody to an Approved Premises, where a placement is needed (at the latest)',
    appliesTo: 'People in custody who need an Approved Premises placement',
    who: null,
    source: ns('7.1'),
    interpretation:
      'The standard says a referral should be made at the earliest opportunity, and at least 6 months before release for someone in custody.',
  },
  'ns-7.2-move-on-plan': {
    amount: 10,
    unit: 'working-days',
    qualifier: 'after',
    from: 'arrival',
    event: 'ap-arrival',
    task: 'Complete the move-on plan (at the latest)',
    appliesTo: 'An emergency or short-notice move, where there was no move-on plan at the outset',
    who: null,
    source: ns('7.2'),
  },
  'ns-9.1-letter': {
    amount: 2,
    unit: 'working-days',
    from: 'any failure to attend',
    event: 'failure-to-comply',
    task: 'Send the person a letter (the minimum the standard expects)',
    who: null,
    source: ns('9.1'),
  },
  'ns-9.1-evidence': {
    amount: 5,
    unit: 'working-days',
    qualifier: 'by-day',
    from: 'the last failure to comply',
    event: 'failure-to-comply',
    task: 'The person’s time to provide evidence of an acceptable explanation ends',
    who: 'person-on-probation',
    source: ns('9.1'),
    interpretation:
      'The standard says the person “has 5 days to provide evidence” before the decision by day 6, but does not say when the 5 days start or whether they are working days. The site counts them as days 1 to 5 after the last failure to comply, in working days, so they end before the day-6 decision.',
    isDayCountUnstated: true,
  },
  'ns-9.1-decision': {
    amount: 6,
    unit: 'working-days',
    from: 'the last failure to comply',
    event: 'failure-to-comply',
    task: 'Issue a warning or take appropriate action, if there is no acceptable explanation',
    who: 'com',
    source: ns('9.1'),
  },
  'ns-9.1-breach': {
    amount: 8,
    unit: 'working-days',
    qualifier: 'by-day',
    from: 'the last failure to comply',
    event: 'failure-to-comply',
    task: 'Complete the breach',
    who: 'com',
    source: ns('9.1'),
    interpretation: nsDayCount,
    isDayCountUnstated: true,
  },
  'ns-9.1-summons': {
    amount: 10,
    unit: 'working-days',
    qualifier: 'by-day',
    from: 'the last failure to comply',
    event: 'failure-to-comply',
    task: 'Have a summons issued',
    who: null,
    source: ns('9.1'),
    interpretation: nsDayCount,
    isDayCountUnstated: true,
  },
  'ns-9.3.2-emergency-recall': {
    amount: 2,
    unit: 'hours',
    event: 'recall-decision',
    calculatorFrom: 'the decision to recall',
    task: 'Take recall action in an emergency case',
    appliesTo: 'Emergency recall',
    who: null,
    source: ns('9.3.2'),
    interpretation:
      'The standard does not say when the 2 hours start. The calculator counts them from the decision to recall, one reading of the standard.',
  },
  'ns-9.3.2-non-emergency-recall': {
    amount: 24,
    unit: 'hours',
    event: 'recall-decision',
    calculatorFrom: 'the decision to recall',
    task: 'Take recall action in a non-emergency case',
    appliesTo: 'Non-emergency recall',
    who: null,
    source: ns('9.3.2'),
    interpretation:
      'The standard does not say when the 24 hours start. The calculator counts them from the decision to recall, one reading of the standard.',
  },
  'ns-10.2-risk-plan-after-recall': {
    amount: 10,
    unit: 'working-days',
    from: 'a standard recall',
    event: 'standard-recall',
    task: 'Supply the risk management plan after a standard recall',
    who: null,
    source: ns('10.2'),
    interpretation:
      'The 10 working days come from the performance measure the standard links to (UM02SL010, “10 BDs of standard recall”); the standard itself says only that the review follows notification of a recall. A standard recall is not the same as the non-emergency recall in standard 9.3.2.',
  },
  'ns-annex-a-two-contacts': {
    amount: 12,
    unit: 'months',
    qualifier: 'after',
    from: 'the start of supervision',
    event: 'nsd-supervision',
    task: 'At least two contacts a week, one of them face to face with a probation practitioner',
    appliesTo: 'Assessed as high or very high risk of serious harm',
    who: 'com',
    source: ns('Annex A'),
    caveat: 'The frequency stays after 12 months until there is clear evidence of reduced risk.',
  },
  'ns-annex-a-weekly-contacts': {
    amount: 1,
    unit: 'weeks',
    qualifier: 'every',
    task: 'At least two contacts, one of them face to face with a probation practitioner',
    appliesTo: 'Assessed as high or very high risk of serious harm, for the first 12 months of supervision',
    who: 'com',
    source: ns('Annex A'),
    caveat:
      'Annex A’s introduction describes “a minimum of fortnightly reporting”; the site follows its table, which sets two contacts per week.',
  },
  'ns-annex-a-resettlement-visits': {
    amount: 3,
    unit: 'months',
    qualifier: 'after',
    from: 'the start of supervision',
    event: 'nsd-supervision',
    task: 'A resettlement visit every fortnight',
    appliesTo: nsdVisitsAppliesTo,
    who: 'com',
    source: ns('Annex A'),
    caveat: 'Annex A sets the same again for the first 3 months after leaving an Approved Premises.',
  },
  'ns-annex-a-resettlement-fortnightly': {
    amount: 2,
    unit: 'weeks',
    qualifier: 'every',
    event: 'nsd-resettlement-visit',
    task: 'The next resettlement visit, in the first 3 months of supervision or after leaving an Approved Premises',
    appliesTo: nsdVisitsAppliesTo,
    who: 'com',
    source: ns('Annex A'),
    interpretation:
      'Annex A says “on a fortnightly basis”; the site reads that as at most 2 weeks between visits. The Offender Manager may agree that other professionals carry out visits.',
  },
  'ns-annex-a-resettlement-after-ap': {
    amount: 3,
    unit: 'months',
    qualifier: 'after',
    from: 'leaving the Approved Premises',
    task: 'A resettlement visit every fortnight; the length of residency must leave this much licence for it',
    appliesTo: 'People under NSD oversight who have lived in an Approved Premises',
    who: 'com',
    source: ns('Annex A'),
  },
  'ns-annex-a-ap-residency': {
    amount: 12,
    unit: 'months',
    qualifier: 'up-to',
    task: 'Live in an Approved Premises',
    appliesTo: 'Assessed as high or very high risk of harm',
    who: null,
    source: ns('Annex A'),
    interpretation: 'Annex A does not say when the residency is counted from, so the calculator does not date it.',
    caveat:
      'Annex A says residency can be longer or shorter than 12 months, depending on an assessment of risk and support needs. For someone with a stable home to return to and a licence of 6 months or more, it still expects more than 3 months; someone with complex needs may need more than 12 months.',
  },
  'ns-annex-a-electronic-monitoring': {
    amount: 12,
    unit: 'months',
    qualifier: 'after',
    from: 'the start of supervision',
    event: 'nsd-supervision',
    task: 'Electronic monitoring (the minimum)',
    appliesTo: 'Assessed as high or very high risk of serious harm',
    who: null,
    source: ns('Annex A'),
    interpretation:
      'Annex A says “a minimum of 12 months” without saying when they start. The calculator counts from the start of supervision, one reading of the annex.',
    caveat: 'Annex A recommends monitoring continue beyond resettlement from the Approved Premises.',
  },
  'ns-annex-a-first-polygraph': {
    amount: 3,
    unit: 'months',
    qualifier: 'after',
    from: 'release',
    event: 'release-polygraph',
    task: 'First polygraph examination (sooner if there are urgent risk concerns)',
    appliesTo: 'People under NSD oversight who are subject to polygraph examinations',
    who: null,
    source: ns('Annex A'),
    interpretation:
      'Annex A says the first examination should take place “at least 3 months post release or sooner” for urgent risk concerns. It does not say plainly whether 3 months is the earliest or the latest point; the site reads it as the usual earliest point. Check with the NSD.',
  },
  'ns-annex-a-later-polygraph': {
    amount: 6,
    unit: 'months',
    qualifier: 'at-least-every',
    from: 'the last examination',
    event: 'polygraph-examination',
    task: 'The next polygraph examination',
    appliesTo: 'People under NSD oversight who are subject to polygraph examinations',
    who: null,
    source: ns('Annex A'),
    caveat:
      'Annex A says more frequent examinations should take place after a failed or inconclusive test, or where there are risk concerns.',
  },
  'ns-annex-b-three-sessions': {
    amount: 12,
    unit: 'weeks',
    from: 'allocation to a POM',
    event: 'pom-allocation',
    task: 'Hold at least 3 in-person supervision sessions',
    who: 'pom',
    source: ns('Annex B'),
  },
  'ns-annex-b-transfer-session': {
    amount: 14,
    unit: 'working-days',
    from: 'arrival',
    event: 'prison-transfer',
    task: 'Hold a face-to-face supervision session with the new POM after a prison transfer',
    who: 'pom',
    source: ns('Annex B'),
  },
  'ns-annex-b-mpc-email': {
    amount: 45,
    unit: 'days',
    qualifier: 'before',
    from: 'the handover date',
    event: 'handover-date',
    task: 'Manage POM Cases emails community teams about the handover',
    who: 'manage-pom-cases',
    source: ns('Annex B'),
    interpretation: nsPlainDays('45 days prior to the handover date'),
    isDayCountUnstated: true,
  },
  'ns-annex-b-pre-handover-sessions': {
    amount: 3,
    unit: 'months',
    qualifier: 'before',
    from: 'the handover date',
    event: 'handover-date',
    task: 'Hold the in-person supervision session or sessions in the last 3 months before handover',
    who: 'pom',
    source: ns('Annex B'),
    caveat:
      'More than 10 months to serve: at least 1 session. More than 20 months left to serve from sentence: at least 3.',
  },
  'faith-4.1-reception-visit': {
    amount: 24,
    unit: 'hours',
    from: 'reception',
    event: 'reception',
    task: 'A chaplain sees each person in prison individually (a statutory duty)',
    who: 'chaplain',
    source: { framework: 'faith-and-probation', section: '4.1' },
  },
  'faith-4.1-daily-visits': {
    amount: 1,
    unit: 'days',
    qualifier: 'every',
    event: 'chaplain-visit-segregation',
    task: 'A chaplain sees everyone in segregation and in residential healthcare (a statutory duty)',
    who: 'chaplain',
    source: { framework: 'faith-and-probation', section: '4.1' },
  },
  'faith-4.1-acct-visits': {
    amount: 1,
    unit: 'weeks',
    qualifier: 'every',
    event: 'chaplain-visit-acct',
    task: 'A chaplain sees everyone on an ACCT and joins the multi-disciplinary reviews (a statutory duty)',
    who: 'chaplain',
    source: { framework: 'faith-and-probation', section: '4.1' },
  },
  'ispf-4.1-annual-review': {
    amount: 1,
    unit: 'years',
    qualifier: 'at-least-every',
    event: 'isa-signed',
    task: 'Make sure an information sharing agreement is reviewed (or sooner, if the agreement sets a shorter period)',
    who: 'signatory',
    source: { framework: 'information-sharing', section: '4.1' },
    interpretation:
      'The framework says “a minimum annual review” and makes the signatory responsible for a process to review each agreement; who carries out the review depends on the type of agreement.',
  },
  'release-28-day-notification': {
    amount: 28,
    unit: 'days',
    qualifier: 'before',
    from: 'release',
    task: 'Police flagged a first notification of a prisoner’s release (nearly all forces, in 2011)',
    appliesTo: 'Police release notifications under the release information protocol',
    who: 'police',
    source: { framework: 'release-information', section: 'The current situation' },
    // Not a deadline, so not in the calculator: the protocol describes what forces did and sets no requirement.
    caveat:
      'The protocol describes what nearly all police forces did in 2011; it does not require it. The protocol is not binding and does not say how, or whether, particular communications should take place.',
  },
  'release-protocol-review': {
    amount: 3,
    unit: 'years',
    qualifier: 'at-least-every',
    from: 'November 2011',
    event: 'release-protocol-reviewed',
    task: 'Review the release information protocol',
    who: null,
    source: { framework: 'release-information', section: 'Review' },
  },
  'jip-retention': {
    amount: 3,
    unit: 'months',
    qualifier: 'after',
    from: 'the date of collection',
    event: 'jip-data-collected',
    task: 'The JIP team keeps collected data, password-protected, even after it has been shared',
    who: null,
    source: { framework: 'waspi-jip', section: 'Appendix B' },
    interpretation:
      'The protocol says how long the data is stored from the date of collection, but not what happens to it afterwards.',
  },
  'jip-protocol-review': {
    amount: 2,
    unit: 'years',
    qualifier: 'after',
    from: 'signing',
    event: 'jip-protocol-signed',
    task: 'Review the JIP information sharing protocol (or sooner if appropriate)',
    who: null,
    source: { framework: 'waspi-jip', section: '8.1' },
  },
} as const satisfies Record<string, TimescaleDefinition>;

export type TimescaleId = keyof typeof timescaleRegistry;
export const timescaleIds = Object.keys(timescaleRegistry) as [TimescaleId, ...TimescaleId[]];

/** A registry entry with its id, as every view receives it. */
export type RegisteredTimescale = TimescaleDefinition & { id: TimescaleId };

export function timescaleById(id: string): RegisteredTimescale | undefined {
  if (!Object.hasOwn(timescaleRegistry, id)) return undefined;
  return { id: id as TimescaleId, ...(timescaleRegistry[id as TimescaleId] as TimescaleDefinition) };
}

/** Every entry, in the order written. */
export function allTimescales(): RegisteredTimescale[] {
  return timescaleIds.map((id) => timescaleById(id)!);
}

/** What the site assumes and what the source limits, in that order: shown wherever the timescale is shown. */
export function timescaleNotes(timescale: TimescaleDefinition): string[] {
  return [timescale.interpretation, timescale.caveat].filter((note): note is string => Boolean(note));
}

/** Who does it, as the source says, or that it does not. */
export function timescaleWho(timescale: TimescaleDefinition): string {
  return timescale.who ? roles[timescale.who] : 'The source does not say';
}
