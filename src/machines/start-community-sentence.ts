// Starting a community sentence or a licence: allocation, the first appointment, plans, unpaid work and CRS
// (Probation National Standards 2021, standards 3, 4 and 5).
import { setup } from 'xstate';
import { citeIn, defineProcess, firstPublished, processMeta, stepsChanged } from './authoring';

const allocation = 'national-standards/03-allocation-and-initial-contact';
const planning = 'national-standards/04-assessment-and-planning';
const delivery = 'national-standards/05-delivering-the-sentence';
const firstAppointment = { page: allocation, text: 'Hold the first appointment', anchor: 'hold-the-first-appointment' };
const communityPlan = {
  page: planning,
  text: 'Complete the plan in time after a community sentence',
  anchor: 'complete-the-plan-in-time-after-a-community-sentence',
};
const custodyPlans = {
  page: planning,
  text: 'Complete the plans for a custodial sentence',
  anchor: 'complete-the-plans-for-a-custodial-sentence',
};
const unpaidWork = { page: planning, text: 'Unpaid work', anchor: 'unpaid-work' };
const crs = {
  page: delivery,
  text: 'Work with Commissioned Rehabilitative Services',
  anchor: 'work-with-commissioned-rehabilitative-services',
};
const ns = citeIn('national-standards');

export const startCommunitySentence = setup({
  types: {
    meta: processMeta,
    events: {} as
      | { type: 'COMMUNITY_SENTENCE' }
      | { type: 'RELEASED' }
      | { type: 'UNPAID_WORK' }
      | { type: 'NO_UNPAID_WORK' }
      | { type: 'ASSESSED' }
      | { type: 'STARTED' }
      | { type: 'TEN_MONTHS_OR_MORE' }
      | { type: 'LESS_THAN_10_MONTHS' }
      | { type: 'PLAN_COMPLETED' }
      | { type: 'CRS_NEEDED' }
      | { type: 'CRS_NOT_NEEDED' }
      | { type: 'REFERRED' }
      | { type: 'ASSESSMENT_HELD' }
      | { type: 'ACTION_PLAN_SHARED' },
  },
}).createMachine({
  id: 'start-community-sentence',
  initial: 'allocateCase',
  states: {
    allocateCase: {
      meta: {
        title: 'Allocate the case',
        lane: 'spo',
        kind: 'start',
        summary:
          'Senior Probation Officers allocate each case to the right tier in good time, so that a practitioner is in place for the first appointment.',
        tasks: ['Allocate using the Tiering framework', 'Make sure the allocated practitioner is clear to everyone'],
        guidance: [
          {
            page: allocation,
            text: 'Allocate the case to the right tier',
            anchor: 'allocate-the-case-to-the-right-tier',
          },
        ],
        source: [ns('3.1'), ns('3.2')],
        notes: ['Ask: why does the standard tie allocation to the first appointment rather than give it a deadline?'],
      },
      on: {
        COMMUNITY_SENTENCE: {
          target: 'firstAppointmentAfterSentence',
          description: 'Community order or suspended sentence order',
        },
        RELEASED: {
          target: 'firstAppointmentAfterRelease',
          description: 'Release on licence or post-sentence supervision',
        },
      },
    },
    firstAppointmentAfterSentence: {
      meta: {
        title: 'Hold the first face-to-face appointment after sentence',
        lane: 'com',
        kind: 'activity',
        summary:
          'Arrange the first face-to-face appointment soon after sentence. Induction starts there: explain the person’s expectations, obligations and rights, how you will keep in contact and what happens if they fail to comply.',
        tasks: [
          'Explain expectations, obligations, rights, contact method and the consequences of not complying',
          'Sign the confidentiality waiver and informed consent',
          'Identify barriers to engaging and reduce them where you can',
        ],
        timescale: 'ns-3.3-first-appointment-community',
        guidance: [firstAppointment, { page: allocation, text: 'Start the induction', anchor: 'start-the-induction' }],
        source: [ns('3.3')],
        notes: ['Ask: what would make the first appointment feel fair and clear to the person?'],
      },
      on: {
        UNPAID_WORK: { target: 'assessUnpaidWork', description: 'The sentence has an unpaid work requirement' },
        NO_UNPAID_WORK: { target: 'writeCommunitySentencePlan', description: 'No unpaid work requirement' },
      },
    },
    assessUnpaidWork: {
      meta: {
        title: 'Assess for unpaid work',
        lane: 'not-stated',
        kind: 'activity',
        summary:
          'The unpaid work assessment must take place early, with an accurate risk and need assessment to choose the right placement, including education, training and employment. The standard does not say who carries it out.',
        tasks: ['Assess risk and need', 'Choose a suitable placement'],
        timescale: 'ns-4.3.5-upw-assessment',
        guidance: [unpaidWork, { page: delivery, text: 'Start unpaid work', anchor: 'start-unpaid-work' }],
        source: [ns('4.3.5'), ns('5.1')],
        notes: [],
      },
      on: { ASSESSED: { target: 'startUnpaidWork', description: 'Assessment done' } },
    },
    startUnpaidWork: {
      meta: {
        title: 'Start unpaid work',
        lane: 'not-stated',
        kind: 'activity',
        summary:
          'Unpaid work is required to start soon after sentence, to support the legal requirement to complete it in time. The standard does not say who starts it.',
        tasks: ['Start the first unpaid work session'],
        timescale: 'ns-4.3.5-upw-start',
        guidance: [unpaidWork, { page: delivery, text: 'Start unpaid work', anchor: 'start-unpaid-work' }],
        source: [ns('4.3.5'), ns('5.1')],
        notes: [],
      },
      on: { STARTED: { target: 'writeCommunitySentencePlan', description: 'Unpaid work started' } },
    },
    writeCommunitySentencePlan: {
      meta: {
        title: 'Complete the sentence plan',
        lane: 'com',
        kind: 'activity',
        summary:
          'For a community order or suspended sentence order, complete the assessment and plan with the person, counted from the first appointment.',
        tasks: [
          'Assess risk of serious harm, reoffending and needs with the person',
          'Set goals and the level, pattern and type of contact',
          'Name everyone else involved in delivering the sentence',
        ],
        timescale: 'ns-4.3.5-sentence-plan',
        guidance: [communityPlan],
        source: [ns('4.1'), ns('4.3.5')],
        notes: [],
      },
      on: { PLAN_COMPLETED: { target: 'considerCrsReferral', description: 'Plan completed' } },
    },
    firstAppointmentAfterRelease: {
      meta: {
        title: 'Hold the first face-to-face appointment after release',
        lane: 'com',
        kind: 'activity',
        summary:
          'For someone released on licence or post-sentence supervision, the first face-to-face appointment happens very soon after release. Contact should already have started before release.',
        tasks: [
          'Explain expectations, obligations, rights, contact method and the consequences of not complying',
          'Identify concerns or barriers to meeting the licence conditions',
        ],
        timescale: 'ns-3.3-first-appointment-release',
        guidance: [
          firstAppointment,
          { page: allocation, text: 'Make contact before release', anchor: 'make-contact-before-release' },
        ],
        source: [ns('3.3')],
        notes: ['Ask: what can go wrong in the first day after release, and how does early contact help?'],
      },
      on: {
        TEN_MONTHS_OR_MORE: {
          target: 'writeInitialSentencePlan',
          description: '10 months or more left to serve at sentence',
        },
        LESS_THAN_10_MONTHS: {
          target: 'writeShortSentencePlan',
          description: 'Less than 10 months left to serve at sentence',
        },
      },
    },
    writeInitialSentencePlan: {
      meta: {
        title: 'Complete the Initial Sentence Plan',
        lane: 'com',
        kind: 'activity',
        summary: 'After release, the COM should complete an Initial Sentence Plan, counted from the first appointment.',
        tasks: ['Review the pre-release sentence plan', 'Complete the Initial Sentence Plan with the person'],
        timescale: 'ns-4.3.6-initial-sentence-plan',
        guidance: [custodyPlans],
        source: [ns('4.3.6')],
        notes: [],
      },
      on: { PLAN_COMPLETED: { target: 'considerCrsReferral', description: 'Plan completed' } },
    },
    writeShortSentencePlan: {
      meta: {
        title: 'Complete the plan after a short custodial sentence',
        lane: 'not-stated',
        kind: 'activity',
        summary:
          'After a short custodial sentence (less than 10 months left to serve at sentence), the plan is completed soon after the first appointment following release. The standard does not say who completes it.',
        tasks: ['Complete the assessment and plan with the person'],
        timescale: 'ns-4.3.6-short-sentence-plan',
        guidance: [custodyPlans],
        source: [ns('4.3.6')],
        notes: [],
      },
      on: { PLAN_COMPLETED: { target: 'considerCrsReferral', description: 'Plan completed' } },
    },
    considerCrsReferral: {
      meta: {
        title: 'Decide whether to refer to CRS',
        lane: 'com',
        kind: 'decision',
        summary:
          'Decide whether the plan needs Commissioned Rehabilitative Services. The standards do not set a rule for when to refer.',
        tasks: ['Check which needs in the plan a CRS provider could meet'],
        guidance: [crs],
        source: [ns('5.1'), ns('5.5')],
        notes: [],
      },
      on: {
        CRS_NEEDED: { target: 'referToCrs', description: 'Refer to CRS' },
        CRS_NOT_NEEDED: { target: 'superviseMonthly', description: 'No CRS referral' },
      },
    },
    referToCrs: {
      meta: {
        title: 'Refer to CRS and stay involved',
        lane: 'com',
        kind: 'activity',
        summary:
          'Include all the information you have in the referral. Practitioners should engage proactively with the CRS provider from the referral until the intervention is complete.',
        tasks: ['Send the referral with all available information', 'Keep in touch with the provider'],
        guidance: [crs],
        source: [ns('5.1'), ns('4.3.2')],
        notes: [],
      },
      on: { REFERRED: { target: 'crsAssessment', description: 'Referral sent' } },
    },
    crsAssessment: {
      meta: {
        title: 'CRS provider offers an assessment appointment',
        lane: 'crs-provider',
        kind: 'activity',
        summary: 'The CRS provider offers an assessment appointment once it receives the referral.',
        tasks: ['Offer the assessment appointment'],
        timescale: 'ns-5.1-crs-assessment',
        guidance: [crs],
        source: [ns('5.1')],
        notes: [],
      },
      on: { ASSESSMENT_HELD: { target: 'crsActionPlan', description: 'Assessment appointment held' } },
    },
    crsActionPlan: {
      meta: {
        title: 'CRS provider shares an action plan',
        lane: 'crs-provider',
        kind: 'activity',
        summary:
          'The CRS provider completes an action plan after the assessment appointment and shares it with the Probation Practitioner.',
        tasks: ['Complete the action plan', 'Share it with the Probation Practitioner'],
        timescale: 'ns-5.1-crs-action-plan',
        guidance: [crs],
        source: [ns('5.1')],
        notes: [],
      },
      on: { ACTION_PLAN_SHARED: { target: 'superviseMonthly', description: 'Action plan shared' } },
    },
    superviseMonthly: {
      type: 'final',
      meta: {
        title: 'Supervision under way',
        lane: 'com',
        summary:
          'A person on a community order, suspended sentence order or licence has face-to-face appointments with a Probation Practitioner. Standard 5.4 does not cover stand-alone unpaid work requirements, stand-alone restrictive requirements such as a prohibited activity or an exclusion zone, or the period of post-sentence supervision.',
        guidance: [
          {
            page: delivery,
            text: 'Hold face-to-face appointments',
            anchor: 'hold-face-to-face-appointments',
          },
        ],
        timescale: 'ns-5.4-monthly-contact',
        source: [ns('5.4')],
      },
    },
  },
});

export default defineProcess({
  title: 'Start a community sentence or licence',
  summary:
    'From allocation to supervision under way: the first face-to-face appointment after sentence or release, induction, the sentence plan deadlines, unpaid work and a referral to Commissioned Rehabilitative Services.',
  framework: 'national-standards',
  order: 20,
  history: [
    firstPublished('2026-11-23'),
    stepsChanged(
      '2026-12-04',
      'Where the standards say plain “days” (unpaid work start, Initial Sentence Plan, CRS assessment and action plan), the timescale now says the standard does not say working or calendar days and how the site counts them, and the quiz no longer marks the other reading wrong. The last step says which cases standard 5.4’s face-to-face appointments do not cover, and the unpaid work assessment’s note places its performance measure at standard 5.2, where it is listed.',
      [
        'assessUnpaidWork',
        'startUnpaidWork',
        'writeInitialSentencePlan',
        'crsAssessment',
        'crsActionPlan',
        'superviseMonthly',
      ],
    ),
  ],
  machine: startCommunitySentence,
});
