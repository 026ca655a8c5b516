// OMiC: a custody case from allocation to a Prison Offender Manager to handover to the Community Offender Manager
// (Probation National Standards 2021, Annex B, with standards 3.2 and 4.3.6).
import { setup } from 'xstate';
import { citeIn, defineProcess, firstPublished, processMeta, stepsChanged } from './authoring';

const annexB = 'national-standards/annex-b-omic-pom-responsible-cases';
const custodyPlans = {
  page: 'national-standards/04-assessment-and-planning',
  text: 'Complete the plans for a custodial sentence',
  anchor: 'complete-the-plans-for-a-custodial-sentence',
};
const ns = citeIn('national-standards');
const recordContacts = { page: annexB, text: 'Record contacts', anchor: 'record-contacts-11' };
const beforeHandoverGuide = { page: annexB, text: 'Before handover to the COM', anchor: 'before-handover-to-the-com' };
const prepareHandoverGuide = { page: annexB, text: 'Prepare the handover', anchor: 'prepare-the-handover' };

export const omicHandover = setup({
  types: {
    meta: processMeta,
    events: {} as
      | { type: 'ALLOCATED' }
      | { type: 'FIRST_SESSIONS_HELD' }
      | { type: 'LESS_THAN_10_MONTHS' }
      | { type: 'MORE_THAN_10_MONTHS' }
      | { type: 'PRISON_TRANSFER' }
      | { type: 'TRANSFER_SESSION_HELD' }
      | { type: 'HANDOVER_APPROACHING' }
      | { type: 'MORE_THAN_20_MONTHS' }
      | { type: 'LESS_THAN_20_MONTHS' }
      | { type: 'SESSIONS_HELD' }
      | { type: 'EMAIL_SENT' }
      | { type: 'PREPARATION_DONE' }
      | { type: 'EARLY_ALLOCATION_NEEDED' }
      | { type: 'EARLY_ALLOCATION_NOT_NEEDED' }
      | { type: 'REFERRAL_MADE' }
      | { type: 'COM_ALLOCATED' }
      | { type: 'PLAN_COMPLETED' }
      | { type: 'RELEASED' }
      | { type: 'INITIAL_PLAN_COMPLETED' },
  },
}).createMachine({
  id: 'omic-handover',
  initial: 'allocatedToPom',
  states: {
    allocatedToPom: {
      meta: {
        title: 'Prisoner allocated to a POM',
        lane: 'pom',
        kind: 'start',
        summary:
          'The prisoner is allocated to a Prison Offender Manager. Only one professional, the POM or the COM, is responsible for managing a prisoner at any time, and who it is should always be clear. Annex B does not say who makes the allocation.',
        tasks: ['Make sure the case record shows who the responsible POM is'],
        guidance: [
          { page: annexB, text: 'Keep the responsible officer clear', anchor: 'keep-the-responsible-officer-clear-32' },
        ],
        source: [ns('Annex B 3.2'), ns('3.2')],
        notes: [
          'Ask: when a prisoner or a colleague asks who holds this case, where would they look, and what would they find?',
        ],
      },
      on: { ALLOCATED: { target: 'holdFirstSessions', description: 'POM allocated' } },
    },
    holdFirstSessions: {
      meta: {
        title: 'Hold at least 3 in-person sessions after allocation',
        lane: 'pom',
        kind: 'activity',
        summary:
          'Every prisoner gets at least 3 in-person supervision sessions at the start of their time with a POM, whatever their tier. You decide how to spread them, from progress against the sentence plan and any risk of harm.',
        tasks: [
          'Meet in the same physical space: not by video call or in-cell telephony',
          'Record how you decided the frequency in the OMiC case notes on DPS',
          'Record each contact on the Digital Prison Systems by the deadline Annex B 1.1 sets',
        ],
        timescale: 'ns-annex-b-three-sessions',
        guidance: [
          {
            page: annexB,
            text: 'Start of the sentence: three in-person sessions',
            anchor: 'start-of-the-sentence-three-in-person-sessions',
          },
          recordContacts,
        ],
        source: [ns('Annex B'), ns('Annex B 1.1')],
        notes: ['Discuss: why does the annex insist on the same physical space for these first sessions?'],
      },
      on: { FIRST_SESSIONS_HELD: { target: 'checkTimeLeftToServe', description: 'First sessions held' } },
    },
    checkTimeLeftToServe: {
      meta: {
        title: 'Check the time left to serve',
        lane: 'pom',
        kind: 'decision',
        summary:
          'How long the prisoner has left to serve, counted from sentence, decides whether the case is handed over to a COM. The sources do not agree about a case with exactly 10 months left to serve: Annex B says more than 10 months left to serve, standard 4.3.6 says 10 months or more left to serve.',
        tasks: ['Work out the time left to serve from the point of sentence'],
        guidance: [beforeHandoverGuide, custodyPlans],
        source: [ns('Annex B'), ns('4.3.6')],
        notes: [
          'The two sections draw the line for handover in slightly different words. Ask the group how their prison treats a case with exactly 10 months to serve.',
        ],
      },
      on: {
        LESS_THAN_10_MONTHS: { target: 'comResponsibleNoHandover', description: 'Less than 10 months left to serve' },
        MORE_THAN_10_MONTHS: { target: 'superviseInCustody', description: 'More than 10 months left to serve' },
      },
    },
    superviseInCustody: {
      meta: {
        title: 'Supervise the prisoner through the sentence',
        lane: 'pom',
        kind: 'activity',
        summary:
          'Complete the assessment and sentence plan with the prisoner and deliver the structured work in it. You decide how often, how structured and how intense supervision is. Sessions may need to be more frequent at critical points, such as the run-up to parole or concerns about mental health.',
        tasks: [
          'Complete the assessment and sentence plan with the prisoner',
          'Sequence supervision, interventions and case management tasks to the sentence',
          'Review the assessment and plan after a significant change in risk',
        ],
        guidance: [
          {
            page: annexB,
            text: 'Write the assessment and sentence plan with the prisoner',
            anchor: 'write-the-assessment-and-sentence-plan-with-the-prisoner-41-and-43',
          },
          { page: annexB, text: 'What POM supervision is for', anchor: 'what-pom-supervision-is-for' },
        ],
        source: [ns('Annex B'), ns('Annex B 4.1')],
        notes: ['Ask: which critical points in a sentence would make you see someone more often?'],
      },
      on: {
        PRISON_TRANSFER: { target: 'meetAfterTransfer', description: 'Prisoner transferred to another prison' },
        HANDOVER_APPROACHING: { target: 'beforeHandover', description: 'Handover to the COM is approaching' },
      },
    },
    meetAfterTransfer: {
      meta: {
        title: 'Hold a face-to-face session after a transfer',
        lane: 'pom',
        kind: 'activity',
        summary:
          'A prisoner who arrives at a new prison on transfer gets a face-to-face supervision session with their new POM soon after arriving, whatever their tier. The handover between POMs passes on critical information, such as risk of harm.',
        tasks: [
          'Read what the previous POM handed over, including any risk of harm to the prisoner or others',
          'Hold the first face-to-face session and build the working relationship',
        ],
        timescale: 'ns-annex-b-transfer-session',
        guidance: [
          { page: annexB, text: 'After a transfer to another prison', anchor: 'after-a-transfer-to-another-prison' },
        ],
        source: [ns('Annex B')],
        notes: ['Annex B calls this another critical phase: ask what could be lost when a prisoner changes prison.'],
      },
      on: { TRANSFER_SESSION_HELD: { target: 'superviseInCustody', description: 'Session held at the new prison' } },
    },
    // Annex B: MPC emails 45 days before the handover date, inside the last 3 months before handover when the sessions
    // fall, and sets no order between the email, the sessions and the POM's preparation: they run side by side.
    beforeHandover: {
      type: 'parallel',
      meta: {
        title: 'Before handover to the COM',
        summary:
          'In the run-up to handover the POM holds the sessions Annex B sets, Manage POM Cases emails the community team, and the POM prepares the handover. Annex B sets no order between them.',
        source: [ns('Annex B')],
      },
      onDone: { target: 'allocateToCom', description: 'Sessions held, email sent and handover prepared' },
      states: {
        sessions: {
          initial: 'planPreHandoverSessions',
          meta: {
            title: 'Sessions before handover',
            summary: 'The in-person supervision sessions in the run-up to handover.',
            source: [ns('Annex B')],
          },
          states: {
            planPreHandoverSessions: {
              meta: {
                title: 'Plan the sessions before handover',
                lane: 'pom',
                kind: 'decision',
                summary:
                  'For determinate-sentence prisoners, the number of in-person sessions in the run-up to handover depends on the time left to serve from sentence. More than one session is not practical with less than 20 months left to serve, because handover comes soon after the start-of-custody period.',
                tasks: ['Check the time left to serve from sentence'],
                guidance: [beforeHandoverGuide],
                source: [ns('Annex B')],
                notes: [],
              },
              on: {
                MORE_THAN_20_MONTHS: { target: 'holdThreeSessions', description: 'More than 20 months left to serve' },
                LESS_THAN_20_MONTHS: { target: 'holdOneSession', description: 'Less than 20 months left to serve' },
              },
            },
            holdThreeSessions: {
              meta: {
                title: 'Hold at least 3 sessions before handover',
                lane: 'pom',
                kind: 'activity',
                summary:
                  'With more than 20 months left to serve from sentence, hold at least 3 in-person supervision sessions before the handover date.',
                tasks: [
                  'Hold at least 3 in-person supervision sessions',
                  'Record each one on the Digital Prison Systems by the deadline Annex B 1.1 sets',
                ],
                timescale: 'ns-annex-b-pre-handover-sessions',
                guidance: [beforeHandoverGuide, recordContacts],
                source: [ns('Annex B'), ns('Annex B 1.1')],
                notes: [],
              },
              on: { SESSIONS_HELD: { target: 'sessionsHeld', description: 'Sessions held' } },
            },
            holdOneSession: {
              meta: {
                title: 'Hold at least 1 session before handover',
                lane: 'pom',
                kind: 'activity',
                summary:
                  'With between 10 and 20 months left to serve from sentence, hold at least 1 in-person supervision session before the handover date.',
                tasks: [
                  'Hold at least 1 in-person supervision session',
                  'Record it on the Digital Prison Systems by the deadline Annex B 1.1 sets',
                ],
                timescale: 'ns-annex-b-pre-handover-sessions',
                guidance: [beforeHandoverGuide, recordContacts],
                source: [ns('Annex B'), ns('Annex B 1.1')],
                notes: [],
              },
              on: { SESSIONS_HELD: { target: 'sessionsHeld', description: 'Session held' } },
            },
            sessionsHeld: {
              type: 'final',
              meta: {
                title: 'Sessions before handover held',
                lane: 'pom',
                kind: 'wait',
                summary: 'The sessions Annex B sets before handover have been held.',
                guidance: [beforeHandoverGuide],
                source: [ns('Annex B')],
              },
            },
          },
        },
        notification: {
          initial: 'handoverEmail',
          meta: {
            title: 'Handover email',
            summary: 'Manage POM Cases tells the community team that the handover is coming.',
            source: [ns('Annex B')],
          },
          states: {
            handoverEmail: {
              meta: {
                title: 'Manage POM Cases emails the community team',
                lane: 'manage-pom-cases',
                kind: 'activity',
                summary:
                  'The Manage POM Cases service sends the community team an automated email ahead of the handover date. POMs can use the information in the service to prepare for handover.',
                tasks: ['Send the community team an automated email about the handover'],
                timescale: 'ns-annex-b-mpc-email',
                guidance: [prepareHandoverGuide],
                source: [ns('Annex B')],
                notes: [
                  'The email is automatic: nobody has to send it. It falls inside the window for the sessions before handover, so they may still be running; Annex B sets no order between the email, the sessions and the POM’s preparation.',
                ],
              },
              on: { EMAIL_SENT: { target: 'emailSent', description: 'Email sent' } },
            },
            emailSent: {
              type: 'final',
              meta: {
                title: 'Email sent',
                lane: 'manage-pom-cases',
                kind: 'wait',
                summary: 'The community team has the automated email about the handover.',
                guidance: [prepareHandoverGuide],
                source: [ns('Annex B')],
              },
            },
          },
        },
        preparation: {
          initial: 'prepareForHandover',
          meta: {
            title: 'Preparing the handover',
            summary: 'Outstanding work, the pre-handover OASys assessment, victim liaison and Early Allocation.',
            source: [ns('Annex B')],
          },
          states: {
            prepareForHandover: {
              meta: {
                title: 'Prepare the handover',
                lane: 'pom',
                kind: 'activity',
                summary:
                  'Identify any outstanding work and complete a pre-handover OASys assessment, which helps the COM plan resettlement. Check whether there is victim liaison engagement and act on it before release.',
                tasks: [
                  'Identify any outstanding work',
                  'Complete the pre-handover OASys assessment',
                  'Contact the Victim Liaison Officer where there is victim liaison engagement',
                ],
                guidance: [prepareHandoverGuide, { page: annexB, text: 'Victims', anchor: 'victims-61-and-62' }],
                source: [ns('Annex B'), ns('Annex B 6.2')],
                notes: ['Ask: what would the COM need from the pre-handover OASys to plan resettlement?'],
              },
              on: { PREPARATION_DONE: { target: 'considerEarlyAllocation', description: 'Preparation done' } },
            },
            considerEarlyAllocation: {
              meta: {
                title: 'Consider an Early Allocation referral',
                lane: 'pom',
                kind: 'decision',
                summary:
                  'Consider whether the case needs a referral under Early Allocation because it is complex to manage. Annex B does not say when to consider it or what Early Allocation changes: it points to the OMiC Early Allocation guidance, which this site does not hold.',
                tasks: ['Weigh how complex the case is to manage'],
                guidance: [prepareHandoverGuide],
                source: [ns('Annex B')],
                notes: [],
              },
              on: {
                EARLY_ALLOCATION_NEEDED: { target: 'referForEarlyAllocation', description: 'Complex case: refer' },
                EARLY_ALLOCATION_NOT_NEEDED: { target: 'handoverPrepared', description: 'No referral needed' },
              },
            },
            referForEarlyAllocation: {
              meta: {
                title: 'Refer for Early Allocation',
                lane: 'pom',
                kind: 'activity',
                summary:
                  'Make the Early Allocation referral. Annex B does not describe the referral or say how it changes the handover dates; follow the OMiC Early Allocation guidance.',
                tasks: ['Make the referral as the OMiC Early Allocation guidance sets out'],
                guidance: [prepareHandoverGuide],
                source: [ns('Annex B')],
                notes: [],
              },
              on: { REFERRAL_MADE: { target: 'handoverPrepared', description: 'Referral made' } },
            },
            handoverPrepared: {
              type: 'final',
              meta: {
                title: 'Handover prepared',
                lane: 'pom',
                kind: 'wait',
                summary: 'The POM’s preparation for handover is done.',
                guidance: [prepareHandoverGuide],
                source: [ns('Annex B')],
              },
            },
          },
        },
      },
    },
    allocateToCom: {
      meta: {
        title: 'Allocate the case to a COM',
        lane: 'not-stated',
        kind: 'activity',
        summary:
          'For a determinate sentence, the case is handed over and allocated to a COM ahead of release. Standard 4.3.6 does not say who allocates the COM.',
        tasks: ['Hand over the case information to the allocated COM'],
        timescale: 'ns-4.3.6-handover',
        guidance: [custodyPlans],
        source: [ns('4.3.6')],
        notes: [
          'From here the COM is allocated but the POM is still responsible until the COM takes over, later, at the point standard 4.3.6 sets.',
        ],
      },
      on: { COM_ALLOCATED: { target: 'writePreReleasePlan', description: 'COM allocated' } },
    },
    writePreReleasePlan: {
      meta: {
        title: 'Complete the pre-release sentence plan',
        lane: 'com',
        kind: 'activity',
        summary: `The COM completes a pre-release sentence plan, focused on risk management and the interventions needed for resettlement. The standard says "must"; its explanation says "should".`,
        tasks: ['Plan the risk management for release', 'Plan the interventions needed for resettlement'],
        timescale: 'ns-4.3.6-pre-release-plan',
        guidance: [custodyPlans],
        source: [ns('4.3.6')],
        notes: [],
      },
      on: { PLAN_COMPLETED: { target: 'comTakesResponsibility', description: 'Pre-release plan completed' } },
    },
    comTakesResponsibility: {
      meta: {
        title: 'The COM becomes responsible',
        lane: 'com',
        kind: 'activity',
        summary:
          'The COM takes over responsibility for case management before release. Only one professional is responsible at a time, so the POM may now be in a supporting role.',
        tasks: ['Make sure the case record shows the COM as responsible'],
        timescale: 'ns-4.3.6-com-responsible',
        guidance: [
          custodyPlans,
          { page: annexB, text: 'Keep the responsible officer clear', anchor: 'keep-the-responsible-officer-clear-32' },
        ],
        source: [ns('4.3.6'), ns('Annex B 3.2')],
        notes: ['Ask: what does a POM in a supporting role still do? Annex B does not list it.'],
      },
      on: { RELEASED: { target: 'completeInitialSentencePlan', description: 'Prisoner released' } },
    },
    completeInitialSentencePlan: {
      meta: {
        title: 'Complete the Initial Sentence Plan after release',
        lane: 'com',
        kind: 'activity',
        summary:
          'Once the person is released, the COM should complete an Initial Sentence Plan, counted from the first appointment.',
        tasks: ['Hold the first appointment after release', 'Complete the Initial Sentence Plan'],
        timescale: 'ns-4.3.6-initial-sentence-plan',
        guidance: [custodyPlans],
        source: [ns('4.3.6')],
        notes: [
          'The standard does not say working or calendar days here, though it says working days for short sentences, and the performance measure linked at standards 4.3.5 and 5.2 counts business days: the note with the timescale says how the site counts.',
        ],
      },
      on: {
        INITIAL_PLAN_COMPLETED: { target: 'supervisedInCommunity', description: 'Initial Sentence Plan completed' },
      },
    },
    supervisedInCommunity: {
      type: 'final',
      meta: {
        title: 'Supervised in the community by the COM',
        lane: 'com',
        summary: 'The COM manages the case in the community.',
        guidance: [custodyPlans],
        source: [ns('4.3.6')],
      },
    },
    comResponsibleNoHandover: {
      type: 'final',
      meta: {
        title: 'No handover meeting: the COM is responsible',
        lane: 'com',
        summary:
          'A prisoner with less than 10 months left to serve has no handover meeting, because responsibility sits with the COM. The plan is then completed after release, as the map of starting a licence shows.',
        guidance: [beforeHandoverGuide, custodyPlans],
        source: [ns('Annex B'), ns('4.3.6')],
      },
    },
  },
});

export default defineProcess({
  title: 'OMiC: from POM allocation to handover to the COM',
  summary:
    'A custody case under Offender Management in Custody: the POM’s minimum supervision sessions, transfers between prisons, the sessions and preparation before handover, allocation to the COM, the pre-release plan and the COM taking over.',
  framework: 'national-standards',
  order: 10,
  history: [
    firstPublished('2026-11-23'),
    stepsChanged(
      '2026-12-04',
      'Corrected from standard 4.3.6 and Annex B: the Manage POM Cases email now runs beside the sessions before handover and the POM’s preparation, not after the sessions, since it falls inside their window and Annex B sets no order between them; the map no longer says the standard gives the Initial Sentence Plan in calendar days (it says plain “days”, as Annex B does for the email); sessions may need to be more frequent at critical points, as Annex B says; sessions are recorded on the Digital Prison Systems by the deadline Annex B 1.1 sets, not just “promptly”; the Manage POM Cases step lists the service’s own task, the email, not the POM’s.',
      [
        'superviseInCustody',
        'holdFirstSessions',
        'beforeHandover.sessions.planPreHandoverSessions',
        'beforeHandover.sessions.holdThreeSessions',
        'beforeHandover.sessions.holdOneSession',
        'beforeHandover.sessions.sessionsHeld',
        'beforeHandover.notification.handoverEmail',
        'beforeHandover.notification.emailSent',
        'beforeHandover.preparation.prepareForHandover',
        'beforeHandover.preparation.considerEarlyAllocation',
        'beforeHandover.preparation.referForEarlyAllocation',
        'beforeHandover.preparation.handoverPrepared',
        'completeInitialSentencePlan',
      ],
    ),
  ],
  machine: omicHandover,
});
