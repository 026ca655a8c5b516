// Chaplaincy in prison: where the prison chaplain, the Prison Offender Manager and community probation staff work
// together through a custodial sentence (Faith and Probation framework, section 4.1, 4.1.1 to 4.1.3).
import { setup } from 'xstate';
import {
  citeIn,
  defineProcess,
  firstPublished,
  guidancePage,
  linkedToGuidanceSections,
  processMeta,
  stepsChanged,
} from './authoring';
const chaplaincyInPrisonPage = guidancePage('faith-and-probation/chaplaincy-in-prison');
const faithInTheCommunityPage = guidancePage('faith-and-probation/faith-in-the-community');

const fp = citeIn('faith-and-probation');

export const chaplaincyInPrison = setup({
  types: {
    meta: processMeta,
    events: {} as
      | { type: 'PRISONER_SEEN' }
      | { type: 'RELEASE_APPROACHING' }
      | { type: 'RELEASE_PLANNING_STARTS' }
      | { type: 'INDUCTION_DONE' }
      | { type: 'FAITH_PROTECTIVE' }
      | { type: 'FAITH_NOT_PROTECTIVE' }
      | { type: 'PLAN_UPDATED' }
      | { type: 'PUBLIC_PROTECTION_CONCERN' }
      | { type: 'NO_CONCERN' }
      | { type: 'INFORMATION_SHARED' }
      | { type: 'PRE_RELEASE_PHASE' }
      | { type: 'RELEASE_TO_APPROVED_PREMISES' }
      | { type: 'OTHER_RELEASE' }
      | { type: 'REFERRAL_MADE' }
      | { type: 'HANDOVER_COMPLETE' }
      | { type: 'RELEASED' },
  },
}).createMachine({
  id: 'chaplaincy-in-prison',
  initial: 'seeWithin24Hours',
  states: {
    seeWithin24Hours: {
      meta: {
        title: 'See each new prisoner individually',
        lane: 'chaplain',
        kind: 'start',
        summary:
          'A chaplain sees every person individually after their reception into prison, within the timescale below. This is a statutory duty.',
        tasks: ['See the person individually'],
        timescale: 'faith-4.1-reception-visit',
        guidance: [
          chaplaincyInPrisonPage.section('The chaplain’s statutory duties'),
          chaplaincyInPrisonPage.section('Reception and induction'),
        ],
        source: [fp('4.1'), fp('4.1.3')],
        notes: [
          'Ask: why might the first hours after reception matter so much for someone with a faith?',
          'What chaplaincy records on NOMIS can be read by the POM in Digital Prison Services.',
        ],
      },
      on: { PRISONER_SEEN: { target: 'duringCustody', description: 'Prisoner seen by the chaplain' } },
    },
    duringCustody: {
      type: 'parallel',
      meta: {
        title: 'During the sentence in custody',
        summary: 'The chaplain’s statutory visits carry on at the same time as the POM’s sentence management.',
        source: [fp('4.1'), fp('4.1.3')],
      },
      onDone: { target: 'planForRelease', description: 'All reach the pre-release phase' },
      states: {
        chaplaincyVisits: {
          initial: 'visitSegregationAndHealthcare',
          meta: {
            title: 'Daily chaplaincy visits',
            summary: 'The daily statutory visits the chaplain makes while the person is in prison.',
            source: [fp('4.1')],
          },
          states: {
            visitSegregationAndHealthcare: {
              meta: {
                title: 'Visit people in segregation and residential healthcare',
                lane: 'chaplain',
                kind: 'activity',
                summary:
                  'See everyone in segregation and everyone in residential healthcare. This is one of the chaplain’s statutory duties.',
                tasks: [
                  'See everyone in segregation',
                  'See everyone in residential healthcare',
                  'Lead worship and give pastoral care',
                ],
                timescale: 'faith-4.1-daily-visits',
                guidance: [chaplaincyInPrisonPage.section('The chaplain’s statutory duties')],
                source: [fp('4.1')],
                notes: [
                  'Common mistake: thinking chaplaincy is only about worship. These visits are statutory duties.',
                ],
              },
              on: { RELEASE_APPROACHING: { target: 'visitsContinue', description: 'Release is approaching' } },
            },
            visitsContinue: {
              type: 'final',
              meta: {
                title: 'Visits continue until discharge',
                lane: 'chaplain',
                summary: 'The chaplain keeps up the statutory visits and is ready to join pre-release planning.',
                guidance: [chaplaincyInPrisonPage.section('The chaplain’s statutory duties')],
                source: [fp('4.1')],
              },
            },
          },
        },
        acctVisits: {
          initial: 'visitPeopleOnAcct',
          meta: {
            title: 'Weekly ACCT visits',
            summary: 'The weekly statutory visits to people on an ACCT, at the same time as the daily visits.',
            source: [fp('4.1')],
          },
          states: {
            visitPeopleOnAcct: {
              meta: {
                title: 'Visit people on an ACCT',
                lane: 'chaplain',
                kind: 'activity',
                summary:
                  'See everyone on an ACCT for self-harm or suicide concerns, and take part in their multi-disciplinary reviews. This is one of the chaplain’s statutory duties.',
                tasks: ['See everyone on an ACCT', 'Join the multi-disciplinary reviews'],
                timescale: 'faith-4.1-acct-visits',
                guidance: [chaplaincyInPrisonPage.section('The chaplain’s statutory duties')],
                source: [fp('4.1')],
              },
              on: {
                RELEASE_PLANNING_STARTS: {
                  target: 'acctVisitsContinue',
                  description: 'Release is approaching (ACCT visits)',
                },
              },
            },
            acctVisitsContinue: {
              type: 'final',
              meta: {
                title: 'ACCT visits continue while needed',
                lane: 'chaplain',
                summary: 'The chaplain keeps seeing anyone on an ACCT each week until discharge.',
                guidance: [chaplaincyInPrisonPage.section('The chaplain’s statutory duties')],
                source: [fp('4.1')],
              },
            },
          },
        },
        sentenceManagement: {
          initial: 'involveChaplainAtInduction',
          meta: {
            title: 'Sentence management',
            summary: 'The POM’s work with the chaplain at each key point of the sentence.',
            source: [fp('4.1.3')],
          },
          states: {
            involveChaplainAtInduction: {
              meta: {
                title: 'Involve the chaplain at reception and induction',
                lane: 'pom',
                kind: 'activity',
                summary:
                  'Reception and induction is the first key point where the POM, community probation staff and the chaplain work together.',
                tasks: [
                  'Contact the chaplaincy through its single point of contact or mailbox',
                  'Read what chaplaincy has recorded on NOMIS, in Digital Prison Services',
                ],
                guidance: [chaplaincyInPrisonPage.section('Reception and induction')],
                source: [fp('4.1.3')],
              },
              on: { INDUCTION_DONE: { target: 'assessFaith', description: 'Induction complete' } },
            },
            assessFaith: {
              meta: {
                title: 'Decide whether faith is a protective factor',
                lane: 'pom',
                kind: 'decision',
                summary:
                  'At the Initial Sentence Plan and each sentence plan review, identify whether faith is a protective factor for this person.',
                tasks: ['Discuss faith with the person', 'Ask the chaplain what they know, where relevant'],
                guidance: [chaplaincyInPrisonPage.section('Initial Sentence Plan and sentence plan reviews')],
                source: [fp('4.1.3')],
                notes: [
                  'The 2018-19 pilot found that including faith in sentence planning helped spot changes in other needs and risks.',
                ],
              },
              on: {
                FAITH_PROTECTIVE: { target: 'includeFaithInPlan', description: 'Yes: faith is a protective factor' },
                FAITH_NOT_PROTECTIVE: {
                  target: 'weighPublicProtection',
                  description: 'No: faith is not assessed as a protective factor',
                },
              },
            },
            includeFaithInPlan: {
              meta: {
                title: 'Include faith in the sentence plan',
                lane: 'pom',
                kind: 'activity',
                summary:
                  'Involve the chaplain in sentence planning and reviews, and reflect faith in the sentence plan.',
                tasks: [
                  'Invite the chaplain to the sentence planning meeting or review',
                  'Include faith in the plan’s objectives',
                  'Record the discussion on DPS',
                ],
                guidance: [chaplaincyInPrisonPage.section('Initial Sentence Plan and sentence plan reviews')],
                source: [fp('4.1.3')],
              },
              on: { PLAN_UPDATED: { target: 'weighPublicProtection', description: 'Sentence plan updated' } },
            },
            weighPublicProtection: {
              meta: {
                title: 'Weigh faith against public protection',
                lane: 'not-stated',
                kind: 'decision',
                summary:
                  'The framework recognises a fine balance for HMPPS between faith as a protective and supportive factor and the need to protect the public and promote safeguarding, including spotting and preventing extremism. It does not say who strikes the balance, or set a procedure for it.',
                tasks: ['Consider what you know about risk, worship and community links'],
                guidance: [chaplaincyInPrisonPage.section('Balance faith with public protection')],
                source: [fp('4.1.1')],
                notes: [
                  'Discuss: how do you support someone’s faith while staying alert to extremist views in a small minority?',
                ],
              },
              on: {
                PUBLIC_PROTECTION_CONCERN: {
                  target: 'shareRiskInformation',
                  description: 'There are public protection or safeguarding concerns',
                },
                NO_CONCERN: { target: 'liaiseAndRecord', description: 'No public protection concerns' },
              },
            },
            shareRiskInformation: {
              meta: {
                title: 'Work with MAPPA, and meet PREVENT obligations',
                lane: 'not-stated',
                kind: 'activity',
                summary:
                  'The framework says closer working between chaplaincy, probation and Approved Premises, with MAPPA involvement, would improve information sharing and risk assessment about faith, worship and community links, and that obligations under PREVENT and counter-terrorism legislation apply. It sets no procedure of its own: follow the MAPPA and PREVENT guidance.',
                tasks: [
                  'Follow MAPPA guidance where MAPPA applies',
                  'Meet the obligations under PREVENT and counter-terrorism legislation',
                ],
                guidance: [chaplaincyInPrisonPage.section('Balance faith with public protection')],
                source: [fp('4.1.1')],
              },
              on: { INFORMATION_SHARED: { target: 'liaiseAndRecord', description: 'Information shared' } },
            },
            liaiseAndRecord: {
              meta: {
                title: 'Keep in touch with the chaplain and record it',
                lane: 'pom',
                kind: 'activity',
                summary:
                  'Chaplaincy cannot read OMiC case notes, so talk to the chaplain when you need to and record those discussions on DPS. Your OMiC entries in DPS can be read in Delius, which supports handover.',
                tasks: ['Liaise with the chaplain as needed', 'Record discussions with the chaplain on DPS'],
                guidance: [chaplaincyInPrisonPage.section('Record and share what you learn')],
                source: [fp('4.1.3')],
                notes: ['Common mistake: assuming the chaplain has read your case notes. They cannot.'],
              },
              on: { PRE_RELEASE_PHASE: { target: 'readyForRelease', description: 'Pre-release phase reached' } },
            },
            readyForRelease: {
              type: 'final',
              meta: {
                title: 'Ready for pre-release planning',
                lane: 'pom',
                summary: 'The case reaches the pre-release phase (or the first parole phase).',
                guidance: [chaplaincyInPrisonPage.section('How Offender Management in Custody works')],
                source: [fp('4.1.2')],
              },
            },
          },
        },
      },
    },
    planForRelease: {
      meta: {
        title: 'Plan for release with the chaplain',
        lane: 'pom',
        kind: 'decision',
        summary:
          'Pre-release planning is a key point for the POM, community probation staff and the chaplain to work together. Decide where the person will live on release.',
        tasks: [
          'Involve the chaplain in pre-release planning',
          'Check whether the person will be released to an Approved Premises',
        ],
        guidance: [chaplaincyInPrisonPage.section('Pre-release planning')],
        source: [fp('4.1.3')],
      },
      on: {
        RELEASE_TO_APPROVED_PREMISES: {
          target: 'referToApprovedPremises',
          description: 'Release to an Approved Premises',
        },
        OTHER_RELEASE: { target: 'handOverToCom', description: 'Release to other accommodation' },
      },
    },
    referToApprovedPremises: {
      meta: {
        title: 'Refer to an Approved Premises, including faith',
        lane: 'not-stated',
        kind: 'activity',
        summary:
          'The Approved Premises referral is a key point of joint working. The referral form captures faith or belief, and Approved Premises staff can join pre-release discussions. The framework does not say who completes the referral.',
        tasks: [
          'Make sure the referral records the person’s faith or belief',
          'Invite Approved Premises staff to pre-release discussions',
        ],
        guidance: [
          chaplaincyInPrisonPage.section('Approved Premises referral'),
          faithInTheCommunityPage.section('Capture faith at referral and in key work'),
        ],
        source: [fp('4.1.3'), fp('Approved Premises and Faith')],
      },
      on: { REFERRAL_MADE: { target: 'handOverToCom', description: 'Referral made' } },
    },
    handOverToCom: {
      meta: {
        title: 'Hand over to the COM',
        lane: 'com',
        kind: 'activity',
        summary:
          'A newly assigned Community Offender Manager takes over during the pre-release or first parole phase. The POM’s OMiC entries in DPS can be read in Delius.',
        tasks: ['Read the POM’s OMiC entries in Delius', 'Note what the chaplain has contributed'],
        guidance: [
          chaplaincyInPrisonPage.section('How Offender Management in Custody works'),
          chaplaincyInPrisonPage.section('Record and share what you learn'),
        ],
        source: [fp('4.1.2'), fp('4.1.3')],
      },
      on: { HANDOVER_COMPLETE: { target: 'seeOnDischarge', description: 'Handover complete' } },
    },
    seeOnDischarge: {
      meta: {
        title: 'See the prisoner on discharge',
        lane: 'chaplain',
        kind: 'activity',
        summary:
          'The chaplain sees everyone on discharge. Release is a key point of joint working, and may include release on temporary licence (ROTL).',
        tasks: [
          'See the person on discharge',
          'Point them to community chaplaincy and faith communities where that will help',
        ],
        guidance: [
          chaplaincyInPrisonPage.section('The chaplain’s statutory duties'),
          faithInTheCommunityPage.section('Work with community chaplaincy projects'),
        ],
        source: [fp('4.1'), fp('4.1.3'), fp('Community Chaplaincy projects')],
      },
      on: { RELEASED: { target: 'released', description: 'Person released' } },
    },
    released: {
      type: 'final',
      meta: {
        title: 'Released into the community',
        lane: 'com',
        summary: 'The person is released and supervised by the COM in the community.',
        guidance: [chaplaincyInPrisonPage.section('Release, which may include ROTL')],
        source: [fp('4.1.3')],
      },
    },
  },
});

export default defineProcess({
  title: 'Chaplaincy in prison',
  summary:
    'How the prison chaplain, the Prison Offender Manager and the Community Offender Manager work together from reception to release: statutory visits, faith in sentence planning, public protection and handover.',
  framework: 'faith-and-probation',
  order: 60,
  history: [
    firstPublished('2026-11-23'),
    linkedToGuidanceSections('2026-11-23'),
    stepsChanged(
      '2026-11-23',
      'Corrected from the framework: ACCT visits are weekly, so they are now their own step beside the daily visits; the Approved Premises referral says the framework names no one.',
      [
        'seeWithin24Hours',
        'duringCustody.chaplaincyVisits.visitSegregationAndHealthcare',
        'duringCustody.acctVisits.visitPeopleOnAcct',
        'duringCustody.acctVisits.acctVisitsContinue',
        'referToApprovedPremises',
      ],
    ),
    stepsChanged(
      '2026-11-23',
      'Corrected from the framework: recording each prisoner’s declared faith is the prison’s duty under PSI 05/2016, which the framework does not give to the chaplain, so it is no longer one of the chaplain’s reception tasks.',
      ['seeWithin24Hours'],
    ),
    stepsChanged(
      '2026-12-04',
      'Corrected from the framework: it recognises a balance between faith and public protection for HMPPS and says closer working with MAPPA would improve information sharing, but names no one and sets no procedure, so those steps say so (4.1.1); recording on NOMIS is where the POM can read chaplaincy’s entries, not a task for the chaplain (4.1.3).',
      [
        'seeWithin24Hours',
        'duringCustody.sentenceManagement.weighPublicProtection',
        'duringCustody.sentenceManagement.shareRiskInformation',
      ],
    ),
  ],
  machine: chaplaincyInPrison,
});
