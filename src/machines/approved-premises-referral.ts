// Referring someone to an Approved Premises and planning their move on
// (Probation National Standards 2021, standard 7).
import { setup } from 'xstate';
import { citeIn, defineProcess, firstPublished, processMeta, stepsChanged } from './authoring';

const page = 'national-standards/07-approved-premises';
const referInTime = { page, text: 'Refer in good time', anchor: 'refer-in-good-time' };
const moveOnPlan = { page, text: 'Prepare a move-on plan', anchor: 'prepare-a-move-on-plan' };
const shortNotice = { page, text: 'Emergency or short-notice moves', anchor: 'emergency-or-short-notice-moves' };
const jointMeeting = {
  page,
  text: 'Meet jointly with the key worker and the resident',
  anchor: 'meet-jointly-with-the-key-worker-and-the-resident',
};
const ns = citeIn('national-standards');

export const approvedPremisesReferral = setup({
  types: {
    meta: processMeta,
    events: {} as
      | { type: 'RESIDENT_IDENTIFIED' }
      | { type: 'REGIME_EXPLAINED' }
      | { type: 'IN_CUSTODY' }
      | { type: 'IN_THE_COMMUNITY' }
      | { type: 'EMERGENCY_OR_SHORT_NOTICE' }
      | { type: 'REFERRED' }
      | { type: 'PLAN_READY' }
      | { type: 'ARRIVED' }
      | { type: 'PLAN_COMPLETED' }
      | { type: 'MEETING_HELD' }
      | { type: 'ACCOMMODATION_FOUND' }
      | { type: 'NO_ACCOMMODATION' },
  },
}).createMachine({
  id: 'approved-premises-referral',
  initial: 'identifyResident',
  states: {
    identifyResident: {
      meta: {
        title: 'Identify a prospective resident',
        lane: 'com',
        kind: 'start',
        summary:
          'The Probation Practitioner identifies people who should go to an Approved Premises. A place can be agreed by pre-release MAPPA as a core part of the Risk Management Plan, and residence can be a mandatory licence condition.',
        tasks: ['Check whether MAPPA has agreed a place as part of the Risk Management Plan'],
        guidance: [
          { page, text: 'What an Approved Premises is for', anchor: 'what-an-approved-premises-is-for' },
          referInTime,
        ],
        source: [ns('7.1')],
        notes: [
          'An Approved Premises is a time-limited placement for public protection, not accommodation. Ask why that matters for the move on.',
        ],
      },
      on: { RESIDENT_IDENTIFIED: { target: 'explainRegime', description: 'Placement needed' } },
    },
    explainRegime: {
      meta: {
        title: 'Explain the Approved Premises regime',
        lane: 'com',
        kind: 'activity',
        summary:
          'Before the referral is completed, explain clearly what the Approved Premises will expect of the person and what they will take part in.',
        tasks: ['Explain the rules and what the person will take part in', 'Check they understand'],
        guidance: [referInTime],
        source: [ns('7.1')],
        notes: [],
      },
      on: { REGIME_EXPLAINED: { target: 'chooseReferralRoute', description: 'Regime explained' } },
    },
    chooseReferralRoute: {
      meta: {
        title: 'Where is the person, and how soon is the move?',
        lane: 'com',
        kind: 'decision',
        summary:
          'Refer at the earliest opportunity once a placement is needed. The deadline depends on whether the person is in custody; an emergency or short-notice move follows its own route.',
        guidance: [referInTime, shortNotice],
        source: [ns('7.1'), ns('7.2')],
        notes: [],
      },
      on: {
        IN_CUSTODY: { target: 'referFromCustody', description: 'In custody' },
        IN_THE_COMMUNITY: { target: 'referFromCommunity', description: 'In the community' },
        EMERGENCY_OR_SHORT_NOTICE: { target: 'referAtShortNotice', description: 'Emergency or short-notice move' },
      },
    },
    referFromCustody: {
      meta: {
        title: 'Refer from custody',
        lane: 'com',
        kind: 'activity',
        summary:
          'Where the proposed resident is in custody, refer in good time before release. Give all the risk information you have at referral.',
        tasks: ['Send the referral with all available risk information'],
        timescale: 'ns-7.1-ap-referral',
        guidance: [referInTime],
        source: [ns('7.1')],
        notes: ['The deadline is the latest point, not the target: the standard asks for the earliest opportunity.'],
      },
      on: { REFERRED: { target: 'prepareMoveOnPlan', description: 'Referral sent' } },
    },
    referFromCommunity: {
      meta: {
        title: 'Refer at the earliest opportunity',
        lane: 'com',
        kind: 'activity',
        summary:
          'Refer as soon as a placement is needed, with all the risk information you have. The standard sets no number of days for someone in the community.',
        tasks: ['Send the referral with all available risk information'],
        guidance: [referInTime],
        source: [ns('7.1')],
        notes: [],
      },
      on: { REFERRED: { target: 'prepareMoveOnPlan', description: 'Referral sent' } },
    },
    prepareMoveOnPlan: {
      meta: {
        title: 'Prepare the move-on plan before residency',
        lane: 'not-stated',
        kind: 'activity',
        summary:
          'Residency should be for a set period, so a move-on plan is prepared before it starts. The standard does not say who prepares it. Refresh the risk information before the placement if you learn more.',
        tasks: [
          'Plan where the person will move on to at the end of the placement',
          'Update the risk information sent with the referral',
        ],
        guidance: [moveOnPlan, referInTime],
        source: [ns('7.2'), ns('7.1')],
        notes: [],
      },
      on: { PLAN_READY: { target: 'arriveWithPlan', description: 'Move-on plan ready' } },
    },
    arriveWithPlan: {
      meta: {
        title: 'The resident arrives',
        lane: 'person-on-probation',
        kind: 'wait',
        summary:
          'The resident moves in with a move-on plan in place. The rules and requirements of the regime should be made clear to them at the outset; the standard does not say by whom.',
        guidance: [{ page, text: 'What an Approved Premises is for', anchor: 'what-an-approved-premises-is-for' }],
        source: [ns('7.1')],
        notes: [],
      },
      on: { ARRIVED: { target: 'holdJointMeeting', description: 'Resident has arrived' } },
    },
    referAtShortNotice: {
      meta: {
        title: 'Refer for an emergency or short-notice move',
        lane: 'com',
        kind: 'activity',
        summary:
          'In an emergency or at short notice, a move-on plan may not be possible at the start. Having no plan does not stop the referral being accepted.',
        tasks: ['Send the referral with all available risk information'],
        guidance: [shortNotice],
        source: [ns('7.2'), ns('7.1')],
        notes: [],
      },
      on: { ARRIVED: { target: 'completeMoveOnPlan', description: 'Resident has arrived without a plan' } },
    },
    completeMoveOnPlan: {
      meta: {
        title: 'Complete the move-on plan after arrival',
        lane: 'not-stated',
        kind: 'activity',
        summary:
          'After an emergency or short-notice move, complete the move-on plan as soon as possible after arrival. The standard does not say who completes it.',
        tasks: ['Plan where the person will move on to at the end of the placement'],
        timescale: 'ns-7.2-move-on-plan',
        guidance: [shortNotice],
        source: [ns('7.2')],
        notes: [],
      },
      on: { PLAN_COMPLETED: { target: 'holdJointMeeting', description: 'Move-on plan completed' } },
    },
    holdJointMeeting: {
      meta: {
        title: 'Hold a joint meeting with the key worker and the resident',
        lane: 'com',
        kind: 'activity',
        summary:
          'An introductory meeting between the Probation Practitioner, the Approved Premises key worker and the resident should happen before residency starts or shortly after. Keep in contact afterwards, face to face or by other means such as video, as the person needs.',
        tasks: ['Meet with the key worker and the resident', 'Keep in touch to support the move on'],
        guidance: [jointMeeting],
        source: [ns('7.3')],
        notes: ['Ask: what should the key worker and the practitioner agree in this first meeting?'],
      },
      on: { MEETING_HELD: { target: 'checkMoveOnAccommodation', description: 'Meeting held' } },
    },
    checkMoveOnAccommodation: {
      meta: {
        title: 'Is there somewhere to move on to?',
        lane: 'not-stated',
        kind: 'decision',
        summary:
          'Towards the end of the placement, check whether accommodation has been found to move on to. The standard does not say who checks.',
        guidance: [moveOnPlan],
        source: [ns('7.2')],
        notes: [],
      },
      on: {
        ACCOMMODATION_FOUND: { target: 'movesOn', description: 'Accommodation identified' },
        NO_ACCOMMODATION: { target: 'referAsHomeless', description: 'No accommodation identified' },
      },
    },
    movesOn: {
      type: 'final',
      meta: {
        title: 'The resident moves on',
        lane: 'person-on-probation',
        summary: 'The placement ends and the person moves on as planned.',
        guidance: [moveOnPlan],
        source: [ns('7.2')],
      },
    },
    referAsHomeless: {
      type: 'final',
      meta: {
        title: 'Refer to the local authority as homeless',
        lane: 'not-stated',
        summary:
          'Someone with no accommodation to move on to at the end of the placement should be treated as homeless and identified to the local authority through the Duty to Refer process. The standard does not say who makes the referral.',
        guidance: [moveOnPlan],
        source: [ns('7.2')],
      },
    },
  },
});

export default defineProcess({
  title: 'Refer to an Approved Premises and plan the move on',
  summary:
    'Identifying a resident, explaining the regime, referring in time from custody or the community or at short notice, the move-on plan, the joint meeting at arrival and what happens at the end of the placement.',
  framework: 'national-standards',
  order: 30,
  history: [
    firstPublished('2026-11-23'),
    stepsChanged(
      '2026-12-04',
      'Corrected from standard 7.1: making the rules and requirements clear at the outset is no longer a task in the resident’s own lane; the step says the standard does not say who does it.',
      ['arriveWithPlan'],
    ),
    stepsChanged(
      '2026-12-04',
      'Keeps standard 7.2’s force: residency should be for a set period. The resident’s arrival no longer lists the staff’s task of explaining the rules, which the step’s summary keeps as the standard’s “should”.',
      ['prepareMoveOnPlan', 'arriveWithPlan'],
    ),
  ],
  machine: approvedPremisesReferral,
});
