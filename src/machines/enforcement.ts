// Enforcement of community orders, suspended sentence orders, post-sentence supervision and licences
// (Probation National Standards 2021, standards 9.1–9.3 and 10.2).
import { setup } from 'xstate';
import { citeIn, defineProcess, firstPublished, guidancePage, processMeta, stepsChanged } from './authoring';
const enforcingTheSentencePage = guidancePage('national-standards/09-enforcing-the-sentence');
const reviewingProgressPage = guidancePage('national-standards/10-reviewing-progress');

const ns = citeIn('national-standards');

export const enforcement = setup({
  types: {
    meta: processMeta,
    events: {} as
      | { type: 'ORDER_OR_PSS' }
      | { type: 'LICENCE' }
      | { type: 'PUBLIC_PROTECTION_CONCERN' }
      | { type: 'NO_IMMEDIATE_CONCERN' }
      | { type: 'LETTER_SENT' }
      | { type: 'EVIDENCE_PERIOD_ENDED' }
      | { type: 'EXPLANATION_ACCEPTED' }
      | { type: 'NO_ACCEPTABLE_EXPLANATION' }
      | { type: 'WARNING_ISSUED' }
      | { type: 'BREACH_ACTION' }
      | { type: 'BREACH_COMPLETED' }
      | { type: 'SUMMONS_ISSUED' }
      | { type: 'COMMITTED_TO_CUSTODY' }
      | { type: 'OTHER_COURT_DECISION' }
      | { type: 'RATIONALE_RECORDED' }
      | { type: 'RECALL_POSSIBLE' }
      | { type: 'ALTERNATIVE_AGREED' }
      | { type: 'EMERGENCY_RECALL' }
      | { type: 'NON_EMERGENCY_RECALL' }
      | { type: 'RECALLED' }
      | { type: 'REVIEW_COMPLETED' },
  },
}).createMachine({
  id: 'enforcement',
  initial: 'failureToComply',
  states: {
    failureToComply: {
      meta: {
        title: 'Failure to comply',
        lane: 'person-on-probation',
        kind: 'start',
        summary:
          'The person on probation fails to comply with a requirement of their community order, suspended sentence order or post-sentence supervision, or with a condition of their licence. What follows depends on which: standard 9.3 deals with licences separately.',
        guidance: [enforcingTheSentencePage.section('Why enforcement matters')],
        source: [ns('9.1'), ns('9.3')],
        notes: ['Ask the group: what counts as a failure to comply in the cases they hold?'],
      },
      on: {
        ORDER_OR_PSS: {
          target: 'checkPublicProtection',
          description: 'Community order, suspended sentence order or post-sentence supervision',
        },
        LICENCE: { target: 'licenceExplanation', description: 'Licence condition' },
      },
    },
    checkPublicProtection: {
      meta: {
        title: 'Check for public protection concerns',
        lane: 'com',
        kind: 'decision',
        summary:
          'Decide whether the failure raises public protection concerns. If it does, the standard expects action immediately rather than by the usual decision deadline.',
        tasks: [
          'Weigh the risk and protective factors',
          'Assess whether there is an imminent risk or a risk of serious harm',
        ],
        guidance: [enforcingTheSentencePage.section('Decide whether the explanation is acceptable')],
        source: [ns('9.1')],
        notes: [
          'Discuss: what would make a missed appointment a public protection concern rather than a routine failure?',
        ],
      },
      on: {
        PUBLIC_PROTECTION_CONCERN: {
          target: 'takeImmediateAction',
          description: 'Yes: there are public protection concerns',
        },
        NO_IMMEDIATE_CONCERN: { target: 'sendWarningLetter', description: 'No public protection concerns' },
      },
    },
    takeImmediateAction: {
      meta: {
        title: 'Take action immediately',
        lane: 'com',
        kind: 'activity',
        summary:
          'Where there are public protection concerns, the standard expects appropriate action immediately, instead of waiting for the letter and the evidence period. It does not say the action has to be breach.',
        tasks: ['Decide on the appropriate action now', 'Record the concern and the action taken on the case record'],
        guidance: [enforcingTheSentencePage.section('Decide whether the explanation is acceptable')],
        source: [ns('9.1')],
      },
      on: {
        WARNING_ISSUED: { target: 'warningIssued', description: 'Issue a warning' },
        BREACH_ACTION: { target: 'completeBreach', description: 'Take breach action' },
      },
    },
    sendWarningLetter: {
      meta: {
        title: 'Send a letter',
        lane: 'not-stated',
        kind: 'activity',
        summary:
          'At a minimum, a letter should be sent to the person after a failure to attend. This is not the formal warning, which may come with the decision. The standard does not say who sends the letter.',
        tasks: ['Send the letter'],
        timescale: 'ns-9.1-letter',
        guidance: [enforcingTheSentencePage.section('Send a letter after a failure to comply')],
        source: [ns('9.1')],
      },
      on: { LETTER_SENT: { target: 'awaitEvidence', description: 'Letter sent' } },
    },
    awaitEvidence: {
      meta: {
        title: 'Wait for evidence',
        lane: 'person-on-probation',
        kind: 'wait',
        summary: 'The person can provide evidence of an acceptable reason for the failure before the decision.',
        tasks: ['Provide evidence of the reason for the failure to comply'],
        timescale: 'ns-9.1-evidence',
        guidance: [enforcingTheSentencePage.section('Wait for evidence')],
        source: [ns('9.1')],
      },
      on: {
        EVIDENCE_PERIOD_ENDED: {
          target: 'decideOnExplanation',
          description: 'Evidence received or the time for it passed',
        },
      },
    },
    decideOnExplanation: {
      meta: {
        title: 'Decide whether the explanation is acceptable',
        lane: 'com',
        kind: 'decision',
        summary: 'Use your professional judgement to decide whether the person has given an acceptable explanation.',
        tasks: [
          'Consider alternatives to enforcement where appropriate',
          'Guard against conscious and unconscious bias through discussion and self-reflection',
        ],
        timescale: 'ns-9.1-decision',
        guidance: [enforcingTheSentencePage.section('Decide whether the explanation is acceptable')],
        source: [ns('9.1'), ns('9.2')],
        notes: ['Ask: how would you show a colleague, or a court, why you made this decision?'],
      },
      on: {
        EXPLANATION_ACCEPTED: { target: 'recordRationale', description: 'Acceptable explanation given' },
        NO_ACCEPTABLE_EXPLANATION: { target: 'decideEnforcementAction', description: 'No acceptable explanation' },
      },
    },
    decideEnforcementAction: {
      meta: {
        title: 'Issue a warning or start breach action',
        lane: 'com',
        kind: 'decision',
        summary:
          'Without an acceptable explanation, either issue a warning or take appropriate action, weighing the risk and protective factors.',
        tasks: [
          'Weigh the risk and protective factors',
          'Assess whether there is an imminent risk or a risk of serious harm',
        ],
        timescale: 'ns-9.1-decision',
        guidance: [enforcingTheSentencePage.section('Decide whether the explanation is acceptable')],
        source: [ns('9.1')],
      },
      on: {
        WARNING_ISSUED: { target: 'warningIssued', description: 'Issue a warning' },
        BREACH_ACTION: { target: 'completeBreach', description: 'Take breach action' },
      },
    },
    completeBreach: {
      meta: {
        title: 'Complete the breach',
        lane: 'com',
        kind: 'activity',
        summary: 'Complete the breach and record the evidence behind the decision.',
        tasks: ['Complete the breach paperwork', 'Record the evidence behind the decision on the case record'],
        timescale: 'ns-9.1-breach',
        guidance: [enforcingTheSentencePage.section('Complete the breach')],
        source: [ns('9.1')],
      },
      on: { BREACH_COMPLETED: { target: 'awaitSummons', description: 'Breach completed' } },
    },
    awaitSummons: {
      meta: {
        title: 'Wait for the summons',
        lane: 'not-stated',
        kind: 'wait',
        summary: 'The case should have a summons issued. The standard does not say who issues it.',
        tasks: ['Check that the summons has been issued'],
        timescale: 'ns-9.1-summons',
        guidance: [enforcingTheSentencePage.section('Complete the breach')],
        source: [ns('9.1')],
      },
      on: { SUMMONS_ISSUED: { target: 'caseBeforeCourt', description: 'Summons issued' } },
    },
    recordRationale: {
      meta: {
        title: 'Record the rationale for your decision',
        lane: 'com',
        kind: 'activity',
        summary:
          'Where you use professional judgement to accept an absence, or decide on an alternative to recall, record the rationale and evidence so that the decision is clear and defensible.',
        tasks: [
          'Record the rationale and the evidence on the case record',
          'Include any other information you considered',
        ],
        guidance: [enforcingTheSentencePage.section('Decide whether the explanation is acceptable')],
        source: [ns('9.2')],
        notes: ['The record lets anyone else who works on the case understand what happened and why.'],
      },
      on: { RATIONALE_RECORDED: { target: 'supervisionContinues', description: 'Rationale recorded' } },
    },
    licenceExplanation: {
      meta: {
        title: 'Decide whether the explanation is acceptable (licence)',
        lane: 'com',
        kind: 'decision',
        summary:
          'Decide whether the person has given an acceptable explanation for failing to comply with a licence condition.',
        tasks: ['Use your professional judgement', 'Guard against bias'],
        guidance: [enforcingTheSentencePage.section('Respond to a licence failure')],
        source: [ns('9.3'), ns('9.2')],
      },
      on: {
        EXPLANATION_ACCEPTED: { target: 'recordRationale', description: 'Acceptable explanation given' },
        NO_ACCEPTABLE_EXPLANATION: { target: 'decideLicenceAction', description: 'No acceptable explanation' },
      },
    },
    decideLicenceAction: {
      meta: {
        title: 'Issue a warning or consider recall',
        lane: 'com',
        kind: 'decision',
        summary:
          'Some breaches of licence conditions do not need a recall and can be managed with a warning. Where risk can no longer be managed in the community, recall is a potential action.',
        tasks: ['Act in a timely way', 'Keep the action proportionate to the risk of serious harm'],
        guidance: [enforcingTheSentencePage.section('Respond to a licence failure')],
        source: [ns('9.3.1'), ns('9.3.2')],
      },
      on: {
        WARNING_ISSUED: { target: 'warningIssued', description: 'Issue a warning' },
        RECALL_POSSIBLE: { target: 'considerRecall', description: 'Recall is a potential action' },
      },
    },
    considerRecall: {
      meta: {
        title: 'Consider recall with the SPO and PDU Head',
        lane: 'not-stated',
        kind: 'decision',
        summary:
          'Recall is considered in discussion with the Senior Probation Officer and the Probation Delivery Unit Head, or a deputy with delegated authority. Consider alternatives, such as enhanced monitoring, and balance the risk to the public with protective factors. The standard names who takes part in the discussion, not who decides.',
        tasks: [
          'Consider alternatives to recall, including enhanced monitoring',
          'Balance the risk to the public against protective factors and the impact of taking away liberty',
          'Record the discussion as the touchpoints model guidance says',
        ],
        guidance: [enforcingTheSentencePage.section('Consider recall with the SPO and PDU Head')],
        source: [ns('9.3.2')],
        notes: ['Ask: what evidence would make this decision clear and defensible?'],
      },
      on: {
        ALTERNATIVE_AGREED: { target: 'recordRationale', description: 'Alternative to recall agreed' },
        EMERGENCY_RECALL: { target: 'emergencyRecall', description: 'Recall: emergency case' },
        NON_EMERGENCY_RECALL: { target: 'nonEmergencyRecall', description: 'Recall: non-emergency case' },
      },
    },
    emergencyRecall: {
      meta: {
        title: 'Take emergency recall action',
        lane: 'not-stated',
        kind: 'activity',
        summary:
          'In an emergency case, recall action is taken in line with the assessment of risk of serious harm. The standard does not say who takes it.',
        tasks: ['Take recall action in line with the assessment of risk of serious harm'],
        timescale: 'ns-9.3.2-emergency-recall',
        guidance: [enforcingTheSentencePage.section('Consider recall with the SPO and PDU Head')],
        source: [ns('9.3.2')],
      },
      on: { RECALLED: { target: 'reviewAssessmentAndPlan', description: 'Person recalled to custody' } },
    },
    nonEmergencyRecall: {
      meta: {
        title: 'Take non-emergency recall action',
        lane: 'not-stated',
        kind: 'activity',
        summary:
          'In a non-emergency case, recall action is taken in line with the assessment of risk of serious harm. The standard does not say who takes it.',
        tasks: ['Take recall action in line with the assessment of risk of serious harm'],
        timescale: 'ns-9.3.2-non-emergency-recall',
        guidance: [enforcingTheSentencePage.section('Consider recall with the SPO and PDU Head')],
        source: [ns('9.3.2')],
      },
      on: { RECALLED: { target: 'reviewAssessmentAndPlan', description: 'Person recalled to custody' } },
    },
    reviewAssessmentAndPlan: {
      meta: {
        title: 'Review the assessment and plan',
        lane: 'com',
        kind: 'activity',
        summary:
          'After a recall, or a committal to custody for breach of post-sentence supervision, review the assessment and plan. Explore what led to it and plan custodial work and release. The standard sets no timescale for the review; its linked performance measure, UM02SL010, counts risk management plans supplied after a standard recall.',
        tasks: [
          'Explore the situation and behaviour that led to custody',
          'Consider actions for custodial work and release plans',
        ],
        guidance: [reviewingProgressPage.section('Review after a recall or committal to custody')],
        source: [ns('10.2')],
      },
      on: { REVIEW_COMPLETED: { target: 'backInCustody', description: 'Review completed' } },
    },
    warningIssued: {
      type: 'final',
      meta: {
        title: 'Warning issued',
        lane: 'com',
        summary: 'A warning has been issued and supervision continues.',
        tasks: ['Record the warning on the case record'],
        guidance: [enforcingTheSentencePage.section('Respond to a licence failure')],
        source: [ns('9.1'), ns('9.3.1')],
      },
    },
    supervisionContinues: {
      type: 'final',
      meta: {
        title: 'Supervision continues',
        lane: 'com',
        summary: 'No enforcement action is taken. The rationale is on the case record and supervision continues.',
        guidance: [enforcingTheSentencePage.section('Decide whether the explanation is acceptable')],
        source: [ns('9.2')],
      },
    },
    caseBeforeCourt: {
      meta: {
        title: 'Case goes before the court',
        lane: 'not-stated',
        kind: 'wait',
        summary:
          'The summons has been issued and the breach goes before the court. The standards do not describe the court stage; standard 10.2 names one outcome, committal to custody for breach of post-sentence supervision.',
        guidance: [enforcingTheSentencePage.section('Complete the breach')],
        source: [ns('9.1'), ns('10.2')],
      },
      on: {
        // NS 10.2 names committal to custody only for breach of the post-sentence supervision period.
        COMMITTED_TO_CUSTODY: {
          target: 'reviewAssessmentAndPlan',
          description: 'Post-sentence supervision: committed to custody for the breach',
        },
        OTHER_COURT_DECISION: { target: 'courtDecides', description: 'Any other decision of the court' },
      },
    },
    courtDecides: {
      type: 'final',
      meta: {
        title: 'The court deals with the breach',
        lane: 'not-stated',
        summary:
          'The court decides what happens. The standards do not describe its decisions or what follows them, apart from committal to custody for breach of post-sentence supervision.',
        guidance: [enforcingTheSentencePage.section('Complete the breach')],
        source: [ns('9.1')],
      },
    },
    backInCustody: {
      type: 'final',
      meta: {
        title: 'Plan reviewed in custody',
        lane: 'com',
        summary: 'The person is in custody and their assessment and plan have been reviewed.',
        guidance: [reviewingProgressPage.page('Reviewing progress')],
        source: [ns('10.2')],
      },
    },
  },
});

export default defineProcess({
  title: 'Enforcement of orders and licences',
  summary:
    'What to do when a person on probation fails to comply with a community order, suspended sentence order, post-sentence supervision or licence: letters, decisions, breach and recall, with their deadlines.',
  framework: 'national-standards',
  order: 50,
  history: [
    firstPublished('2026-11-23'),
    stepsChanged(
      '2026-11-23',
      'Each step now links to the heading of the guidance that explains it, not only to the page.',
      [
        'failureToComply',
        'checkPublicProtection',
        'takeImmediateAction',
        'sendWarningLetter',
        'awaitEvidence',
        'decideOnExplanation',
        'decideEnforcementAction',
        'completeBreach',
        'awaitSummons',
        'recordRationale',
        'licenceExplanation',
        'decideLicenceAction',
        'considerRecall',
        'emergencyRecall',
        'nonEmergencyRecall',
        'reviewAssessmentAndPlan',
        'warningIssued',
        'supervisionContinues',
        'caseBeforeCourt',
      ],
    ),
    stepsChanged(
      '2026-11-23',
      'Corrected from the standard: the 2-working-day letter is not the warning; immediate action need not be breach; the letter, summons and court steps say the standard names no one; timescales come from the site’s one list, with what the standard leaves open.',
      [
        'takeImmediateAction',
        'sendWarningLetter',
        'awaitEvidence',
        'decideOnExplanation',
        'completeBreach',
        'awaitSummons',
        'emergencyRecall',
        'nonEmergencyRecall',
        'reviewAssessmentAndPlan',
        'caseBeforeCourt',
      ],
    ),
    stepsChanged(
      '2026-12-04',
      'Corrected from standards 9.3.2 and 10.2: recall is considered in discussion with the SPO and the PDU Head, or a deputy with delegated authority, not with the SPO alone, and the standard names no one who decides or takes the recall action; the review after custody has no deadline of its own (UM02SL010 is a performance measure for risk management plans after a standard recall), and committal to custody for breach of post-sentence supervision is offered only after the court stage, which now ends in the court’s decision. The first step, the person’s failure, no longer lists practitioners’ tasks.',
      [
        'failureToComply',
        'considerRecall',
        'emergencyRecall',
        'nonEmergencyRecall',
        'awaitSummons',
        'caseBeforeCourt',
        'courtDecides',
        'reviewAssessmentAndPlan',
      ],
    ),
  ],
  machine: enforcement,
});
