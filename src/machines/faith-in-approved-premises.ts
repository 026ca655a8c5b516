// Faith engagement in Approved Premises: from the referral to worship in the community
// (Faith and Probation framework: Approved Premises and Faith, Community Chaplaincy projects, Information Sharing;
// the HMPPS Information Sharing Policy Framework, 3.4 to 4.1, for the agreement and who signs it).
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
const faithInTheCommunityPage = guidancePage('faith-and-probation/faith-in-the-community');
const shareInformationWithFaithPartnersPage = guidancePage('faith-and-probation/share-information-with-faith-partners');
const chooseAnAgreementTypePage = guidancePage('information-sharing/choose-an-agreement-type');
const createAnInformationSharingAgreementPage = guidancePage(
  'information-sharing/create-an-information-sharing-agreement',
);

const fp = citeIn('faith-and-probation');
const isf = citeIn('information-sharing');
const ap = 'Approved Premises and Faith';

export const faithInApprovedPremises = setup({
  types: {
    meta: processMeta,
    events: {} as
      | { type: 'REFERRAL_READ' }
      | { type: 'RESIDENT_ARRIVES' }
      | { type: 'FAITH_NEEDS' }
      | { type: 'NO_FAITH_NEEDS' }
      | { type: 'PROVISION_IN_PLACE' }
      | { type: 'AGREEMENT_IN_PLACE' }
      | { type: 'NO_AGREEMENT' }
      | { type: 'AGREEMENT_READY' }
      | { type: 'AGREEMENT_SIGNED' }
      | { type: 'LINK_MADE' }
      | { type: 'SUPPORT_OFFERED' }
      | { type: 'RISK_ASSESSMENT_SUPPORTS' }
      | { type: 'RISK_CONCERNS' }
      | { type: 'WORSHIP_ARRANGED' },
  },
}).createMachine({
  id: 'faith-in-approved-premises',
  initial: 'readReferral',
  states: {
    readReferral: {
      meta: {
        title: 'Read faith and belief on the referral form',
        lane: 'ap-staff',
        kind: 'start',
        summary: 'The Approved Premises referral form captures the person’s faith or belief.',
        tasks: ['Read the faith or belief recorded on the referral form'],
        guidance: [faithInTheCommunityPage.section('Capture faith at referral and in key work')],
        source: [fp(ap)],
      },
      on: { REFERRAL_READ: { target: 'linkWithPrisonChaplain', description: 'Referral read' } },
    },
    linkWithPrisonChaplain: {
      meta: {
        title: 'Link with the prison chaplain before release',
        lane: 'ap-staff',
        kind: 'activity',
        summary:
          'Where someone is due to be released to the Approved Premises, its staff can be involved in the pre-release discussions and meetings. Contact details of managing chaplains are in the list of Chaplaincy and Faith Advisors on the HMPPS intranet.',
        tasks: [
          'Find the managing chaplain of the releasing prison',
          'You can join the pre-release discussions and meetings',
        ],
        guidance: [faithInTheCommunityPage.section('Link with the prison chaplain before release')],
        source: [fp(ap)],
        notes: ['The list of Chaplaincy and Faith Advisors is on the HMPPS intranet, which this site does not hold.'],
      },
      on: { RESIDENT_ARRIVES: { target: 'discussFaithInKeyWork', description: 'Resident arrives' } },
    },
    discussFaithInKeyWork: {
      meta: {
        title: 'Discuss faith and pastoral needs in key work',
        lane: 'ap-staff',
        kind: 'decision',
        summary:
          'Key work templates include prompts to discuss faith and pastoral care needs. Find out whether the resident wants support to practise their faith.',
        tasks: ['Use the key work prompts about faith and pastoral care', 'Record what the resident tells you'],
        guidance: [faithInTheCommunityPage.section('Capture faith at referral and in key work')],
        source: [fp(ap)],
        notes: ['Remember people interpret their faith in different ways: ask, do not assume.'],
      },
      on: {
        FAITH_NEEDS: { target: 'meetResidentialNeeds', description: 'The resident has faith or pastoral needs' },
        NO_FAITH_NEEDS: { target: 'noFurtherAction', description: 'No faith or pastoral needs identified' },
      },
    },
    meetResidentialNeeds: {
      meta: {
        title: 'Meet faith needs in the premises',
        lane: 'ap-staff',
        kind: 'activity',
        summary:
          'Provide a residential environment that respects and makes room for the resident’s faith. PSI 05/2016 is a useful guide, although Approved Premises are not prisons.',
        tasks: ['Diet', 'Cleanliness and washing', 'Access to a quiet space', 'Religious artefacts'],
        guidance: [faithInTheCommunityPage.section('Provide for faith in the premises')],
        source: [fp(ap)],
      },
      on: { PROVISION_IN_PLACE: { target: 'checkInformationSharingAgreement', description: 'Provision in place' } },
    },
    checkInformationSharingAgreement: {
      meta: {
        title: 'Check there is an information sharing agreement',
        lane: 'ap-staff',
        kind: 'decision',
        summary:
          'Sharing information with any external agency, including chaplaincy projects and faith communities, needs an information sharing agreement first. The framework encourages Approved Premises staff to put these agreements in place.',
        tasks: [
          'Check for an agreement with the project or faith community',
          'Accept the other organisation’s own template only if it covers everything an ISA must',
          'With a faith group, charity or other partner outside the public sector, make sure it is a legally binding agreement: a non-binding memorandum of understanding is only for public sector partners',
        ],
        guidance: [
          shareInformationWithFaithPartnersPage.section('Put an information sharing agreement in place first'),
          shareInformationWithFaithPartnersPage.section(
            'A partner outside the public sector needs a binding agreement',
          ),
        ],
        source: [fp('Information Sharing'), fp('Background'), isf('3.4')],
      },
      on: {
        AGREEMENT_IN_PLACE: { target: 'connectWithCommunity', description: 'An agreement is in place' },
        NO_AGREEMENT: { target: 'putAgreementInPlace', description: 'No agreement yet' },
      },
    },
    putAgreementInPlace: {
      meta: {
        title: 'Put an information sharing agreement in place',
        lane: 'ap-staff',
        kind: 'activity',
        summary:
          'The agreement needs to comply with data protection and human rights law. It is recommended that NPS information governance checks it thoroughly before it is signed. The HMPPS Information Sharing Policy Framework, which replaced PI 15/2016, sets the process: the “Create an information sharing agreement” map walks through it.',
        tasks: [
          'Complete a Data Request Form, then follow the DPIA process',
          'Set out the objectives of the share',
          'Say what will be shared and in what format',
          'State the legal basis: without it you cannot share',
          'Use secure email, and secure storage if needed',
          'Document the risks and present them to the signatory',
          'Ask your Information Officer or Local Information Officer for help',
        ],
        guidance: [
          shareInformationWithFaithPartnersPage.section('What the agreement must cover'),
          createAnInformationSharingAgreementPage.section('Set up an agreement for a new share'),
          shareInformationWithFaithPartnersPage.section('Follow the seven golden principles'),
        ],
        source: [fp('Information Sharing'), fp('Background'), isf('4.1')],
        notes: [
          'The framework points to PI 15/2016 and a template on EQuiP. The HMPPS Information Sharing Policy Framework cancelled PI 15/2016; its template is in the Data Protection Team’s knowledge hub.',
        ],
      },
      on: { AGREEMENT_READY: { target: 'signAgreement', description: 'Agreement ready to sign' } },
    },
    signAgreement: {
      meta: {
        title: 'Accept the risks and sign the agreement',
        lane: 'signatory',
        kind: 'activity',
        summary:
          'The share can only go ahead once the agreement signatory has accepted its risks. Who signs depends on the type of agreement. For a Type 3 agreement, with one supplier serving one establishment or offices in one probation delivery unit, the probation signatory can only be the Regional Probation Director or their delegated authority. Once signed, the agreement is recorded in the Information Asset Register and reviewed, as the “Create an information sharing agreement” map shows.',
        tasks: ['Accept the risks of the share and the controls that mitigate them', 'Sign the agreement'],
        guidance: [
          chooseAnAgreementTypePage.section('Decide the type of agreement'),
          createAnInformationSharingAgreementPage.section('Present the risks to the signatory'),
        ],
        source: [isf('3.5'), isf('4.1')],
      },
      on: { AGREEMENT_SIGNED: { target: 'connectWithCommunity', description: 'Agreement signed' } },
    },
    connectWithCommunity: {
      meta: {
        title: 'Connect with community chaplaincy and faith communities',
        lane: 'ap-staff',
        kind: 'activity',
        summary:
          'Build links with community chaplaincy projects and faith communities, such as those found through the Welcome Directory and the Community Chaplaincy Association.',
        tasks: [
          'Contact the local community chaplaincy project, if there is one',
          'Look for welcoming faith communities through the Welcome Directory',
        ],
        guidance: [
          faithInTheCommunityPage.section('Work with community chaplaincy projects'),
          faithInTheCommunityPage.section('Two projects from the pilot'),
        ],
        source: [fp('Community Chaplaincy projects'), fp(ap)],
      },
      on: { LINK_MADE: { target: 'offerCommunitySupport', description: 'Link made' } },
    },
    offerCommunitySupport: {
      meta: {
        title: 'Offer support and purposeful activity',
        lane: 'community-chaplaincy',
        kind: 'activity',
        summary:
          'Community chaplaincy projects offer faith-based support to people with a faith or none, subject to risk assessment and safeguards.',
        tasks: [
          'Pastoral care',
          'Support and mentoring',
          'Accommodation and housing support',
          'Basic skills, employment and training support',
        ],
        guidance: [faithInTheCommunityPage.section('Work with community chaplaincy projects')],
        source: [fp('Community Chaplaincy projects')],
      },
      on: { SUPPORT_OFFERED: { target: 'assessWorshipInCommunity', description: 'Support offered' } },
    },
    assessWorshipInCommunity: {
      meta: {
        title: 'Decide whether the resident can worship in the community',
        lane: 'ap-staff',
        kind: 'decision',
        summary:
          'Access to worship in the community is subject to risk assessment, risk management and safeguarding processes.',
        tasks: ['Apply the risk assessment, risk management and safeguarding processes'],
        guidance: [faithInTheCommunityPage.section('Help residents reach worship in the community')],
        source: [fp(ap)],
        notes: ['Ask: what would you need to know about a place of worship before supporting a visit?'],
      },
      on: {
        RISK_ASSESSMENT_SUPPORTS: { target: 'arrangeWorship', description: 'The risk assessment supports it' },
        RISK_CONCERNS: { target: 'faithSupportedInPremises', description: 'Risk or safeguarding concerns' },
      },
    },
    arrangeWorship: {
      meta: {
        title: 'Help the resident reach worship in the community',
        lane: 'ap-staff',
        kind: 'activity',
        summary:
          'Approved Premises are central to building pathways that let residents reach worship in the community.',
        tasks: [
          'Agree the arrangements with the resident and the faith community',
          'Keep them under the risk management plan',
        ],
        guidance: [faithInTheCommunityPage.section('Help residents reach worship in the community')],
        source: [fp(ap)],
      },
      on: { WORSHIP_ARRANGED: { target: 'worshipInCommunity', description: 'Worship arranged' } },
    },
    worshipInCommunity: {
      type: 'final',
      meta: {
        title: 'Worshipping in the community',
        lane: 'ap-staff',
        summary:
          'The resident can practise their faith in the community, with support and within the risk management plan.',
        guidance: [faithInTheCommunityPage.section('Help residents reach worship in the community')],
        source: [fp(ap)],
      },
    },
    faithSupportedInPremises: {
      type: 'final',
      meta: {
        title: 'Faith supported within the premises',
        lane: 'ap-staff',
        summary:
          'Community worship is not supported for now. The premises still meet the resident’s faith needs. The framework does not describe other arrangements.',
        guidance: [faithInTheCommunityPage.section('Provide for faith in the premises')],
        source: [fp(ap)],
      },
    },
    noFurtherAction: {
      type: 'final',
      meta: {
        title: 'No faith support needed',
        lane: 'ap-staff',
        summary: 'The resident has no faith or pastoral needs to support.',
        guidance: [faithInTheCommunityPage.section('Meet residents’ faith needs in an Approved Premises')],
        source: [fp(ap)],
      },
    },
  },
});

export default defineProcess({
  title: 'Faith engagement in Approved Premises',
  summary:
    'How Approved Premises staff support a resident’s faith: from the referral form and key work to community chaplaincy, an information sharing agreement and worship in the community.',
  framework: 'faith-and-probation',
  order: 70,
  history: [
    firstPublished('2026-11-23'),
    linkedToGuidanceSections('2026-11-23'),
    stepsChanged(
      '2026-11-23',
      'Corrected from the framework: the information governance check before signing is recommended, as the framework says, not an instruction; a note about returning to the subject later, which the framework does not make, is removed.',
      ['putAgreementInPlace', 'noFurtherAction'],
    ),
    stepsChanged(
      '2026-12-04',
      'Corrected from the sources: the information sharing agreement steps belong to Approved Premises staff, as the framework says (no source names an Approved Premises manager); a new step shows the agreement signatory accepting the risks and signing, a Regional Probation Director or delegate for a Type 3 agreement (ISPF 3.5); the agreement step follows the ISPF process that replaced PI 15/2016, and a partner outside the public sector needs a legally binding agreement (ISPF 3.4, 4.1); staff can join pre-release meetings, rather than being told to.',
      ['linkWithPrisonChaplain', 'checkInformationSharingAgreement', 'putAgreementInPlace', 'signAgreement'],
    ),
  ],
  machine: faithInApprovedPremises,
});
