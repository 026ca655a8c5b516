// Creating an information sharing agreement (HMPPS Information Sharing Policy Framework sections 3 to 5, with the
// faith framework's key components of an agreement and the seven golden principles).
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
const chooseAnAgreementTypePage = guidancePage('information-sharing/choose-an-agreement-type');
const createAnInformationSharingAgreementPage = guidancePage(
  'information-sharing/create-an-information-sharing-agreement',
);
const shareInformationWithFaithPartnersPage = guidancePage('faith-and-probation/share-information-with-faith-partners');
const whenThisFrameworkAppliesPage = guidancePage('information-sharing/when-this-framework-applies');

const isf = citeIn('information-sharing');
const fp = citeIn('faith-and-probation');

export const informationSharingAgreement = setup({
  types: {
    meta: processMeta,
    events: {} as
      | { type: 'SHARE_PROPOSED' }
      | { type: 'AD_HOC' }
      | { type: 'BETWEEN_GOVERNMENT_DEPARTMENTS' }
      | { type: 'DATA_PROCESSOR' }
      | { type: 'NEW_ROUTINE_SHARE' }
      | { type: 'EXISTING_SHARE_WITHOUT_AGREEMENT' }
      | { type: 'DOCUMENTED' }
      | { type: 'MOU_AGREED' }
      | { type: 'CONTRACT_COVERS_IT' }
      | { type: 'RECORDED_ON_RISK_REGISTER' }
      | { type: 'FORM_COMPLETED' }
      | { type: 'TYPE_1' }
      | { type: 'TYPE_2' }
      | { type: 'TYPE_3' }
      | { type: 'TYPE_4' }
      | { type: 'ADVICE_RECEIVED' }
      | { type: 'NEW_SHARE' }
      | { type: 'EXISTING_SHARE' }
      | { type: 'DPIA_NEEDED' }
      | { type: 'DPIA_NOT_NEEDED' }
      | { type: 'DPIA_COMPLETED' }
      | { type: 'CHECKLIST_COMPLETED' }
      | { type: 'RISKS_PRESENTED' }
      | { type: 'RISKS_ACCEPTED' }
      | { type: 'MORE_CONTROLS_NEEDED' }
      | { type: 'RISKS_NOT_ACCEPTED' }
      | { type: 'AGREEMENT_SIGNED' }
      | { type: 'RECORDED_IN_IAR' }
      | { type: 'REVIEWED' },
  },
}).createMachine({
  id: 'information-sharing-agreement',
  initial: 'shareProposed',
  states: {
    shareProposed: {
      meta: {
        title: 'A share of personal data is proposed',
        lane: 'data-requester',
        kind: 'start',
        summary:
          'Someone wants to share personal data with HMPPS, or HMPPS wants to share it with them. Any share must comply with the Data Protection Act 2018 and UK GDPR.',
        tasks: ['Be clear about why the data would be shared and what purpose it serves'],
        guidance: [
          whenThisFrameworkAppliesPage.section('What counts as information sharing'),
          whenThisFrameworkAppliesPage.section('What is in scope and what is not'),
        ],
        source: [isf('1'), isf('3.1')],
        notes: ['Ask: what personal data is shared in your workplace today, and with whom?'],
      },
      on: { SHARE_PROPOSED: { target: 'decideWhatIsNeeded', description: 'Share proposed' } },
    },
    decideWhatIsNeeded: {
      meta: {
        title: 'Decide what kind of arrangement the share needs',
        lane: 'data-requester',
        kind: 'decision',
        summary:
          'The kind of share decides whether you need an information sharing agreement, a memorandum of understanding or a contract.',
        tasks: [
          'Decide whether the share is one-off or routine',
          'Decide whether the other party is a data controller, a data processor or another government department',
        ],
        guidance: [chooseAnAgreementTypePage.section('Decide what kind of arrangement the share needs')],
        source: [isf('3.4'), isf('1'), isf('4.2')],
        notes: ['Common mistake: treating a routine share as ad hoc because it started small.'],
      },
      on: {
        AD_HOC: { target: 'documentAdHocShare', description: 'Small-scale, one-off or non-routine share' },
        BETWEEN_GOVERNMENT_DEPARTMENTS: {
          target: 'agreeMemorandumOfUnderstanding',
          description: 'Between government ministries',
        },
        DATA_PROCESSOR: { target: 'coverInContract', description: 'A data processor will handle the data for us' },
        NEW_ROUTINE_SHARE: {
          target: 'completeDataRequestForm',
          description: 'New routine share between data controllers',
        },
        EXISTING_SHARE_WITHOUT_AGREEMENT: {
          target: 'recordOnRiskRegister',
          description: 'Existing share with no agreement',
        },
      },
    },
    documentAdHocShare: {
      meta: {
        title: 'Document the one-off share',
        lane: 'data-requester',
        kind: 'activity',
        summary:
          'A small-scale, non-routine or one-time share does not normally need an agreement, but it must still comply with data protection law and HMPPS information security policies.',
        tasks: [
          'Document the decisions and requirements',
          'Keep the document for reference',
          'Consider whether a memorandum of understanding is appropriate',
        ],
        guidance: [chooseAnAgreementTypePage.section('Document a one-off share')],
        source: [isf('3.4')],
      },
      on: { DOCUMENTED: { target: 'adHocShareRecorded', description: 'Share documented' } },
    },
    agreeMemorandumOfUnderstanding: {
      meta: {
        title: 'Agree a memorandum of understanding',
        lane: 'data-requester',
        kind: 'activity',
        summary:
          'Between government ministries a memorandum of understanding is enough, following a Cabinet Office review. It should cover every aspect of the share; a legally binding agreement is not needed.',
        tasks: ['Cover all aspects of the data sharing arrangement in the memorandum'],
        guidance: [whenThisFrameworkAppliesPage.section('Sharing between government departments')],
        source: [isf('1')],
      },
      on: { MOU_AGREED: { target: 'memorandumInPlace', description: 'Memorandum agreed' } },
    },
    coverInContract: {
      meta: {
        title: 'Cover the processing in the contract',
        lane: 'data-requester',
        kind: 'activity',
        summary:
          'An arrangement between a data controller and a data processor is a data processing agreement and must be part of the contract (unless it is between government departments). The data controller stays fully responsible for what the processor does. The MoJ Data Protection Team advises; it does not write the contract.',
        tasks: [
          'Set out the data processing requirements, including information sharing, in the contract',
          'Ask the MoJ Data Protection Team for advice',
        ],
        guidance: [
          chooseAnAgreementTypePage.section('Cover processing in the contract'),
          whenThisFrameworkAppliesPage.section('If there is a contract'),
        ],
        source: [isf('3.4'), isf('3.2')],
      },
      on: { CONTRACT_COVERS_IT: { target: 'contractInPlace', description: 'Contract covers the processing' } },
    },
    recordOnRiskRegister: {
      meta: {
        title: 'Record the existing share on a risk register',
        lane: 'data-requester',
        kind: 'activity',
        summary:
          'A routine share with no agreement could mean sharing unlawfully. Record it on a risk register and start putting an agreement in place at the earliest opportunity.',
        tasks: ['Record the share on a risk register', 'Start the agreement process straight away'],
        guidance: [createAnInformationSharingAgreementPage.section('Record the existing share on a risk register')],
        source: [isf('4.2')],
        notes: ['This should not be normal business practice, and it needs putting right immediately.'],
      },
      on: {
        RECORDED_ON_RISK_REGISTER: { target: 'completeDataRequestForm', description: 'Recorded on the risk register' },
      },
    },
    completeDataRequestForm: {
      meta: {
        title: 'Complete a Data Request Form',
        lane: 'data-requester',
        kind: 'activity',
        summary:
          'Any party that wants to share information with HMPPS first fills in a Data Request Form. It forms the basis of the agreement and shows early whether HMPPS can supply the data.',
        tasks: ['Complete the form as fully as possible'],
        guidance: [createAnInformationSharingAgreementPage.section('Complete a Data Request Form')],
        source: [isf('4.1')],
      },
      on: { FORM_COMPLETED: { target: 'decideAgreementType', description: 'Form completed' } },
    },
    decideAgreementType: {
      meta: {
        title: 'Decide the type of agreement',
        lane: 'data-requester',
        kind: 'decision',
        summary:
          'The scale of the share sets the type of agreement, and the type sets who signs it: Type 1 the HMPPS SIRO or deputy; Type 2 the Prison Group Director or Regional Probation Director; Types 3 and 4 the Governor or Director (private prisons) or Regional Probation Director, or their delegated authority.',
        tasks: ['Work out the scale of the share', 'Identify the signatory'],
        guidance: [
          chooseAnAgreementTypePage.section('Decide the type of agreement'),
          chooseAnAgreementTypePage.section('Who signs: the data controller'),
        ],
        source: [isf('3.5'), isf('3.3')],
        notes: [
          'Ask: who would sign an agreement for a university providing skills training to every prison in a region? (Type 2.)',
        ],
      },
      on: {
        TYPE_1: { target: 'contactDataProtectionTeam', description: 'Type 1: national agreement' },
        TYPE_2: { target: 'chooseAssessment', description: 'Type 2: one supplier serving many establishments or PDUs' },
        TYPE_3: { target: 'chooseAssessment', description: 'Type 3: one supplier serving one establishment or PDU' },
        TYPE_4: { target: 'contactDataProtectionTeam', description: 'Type 4: local supplier using an HQ template' },
      },
    },
    contactDataProtectionTeam: {
      meta: {
        title: 'Contact the data protection team first',
        lane: 'data-requester',
        kind: 'activity',
        summary:
          'Any business unit considering setting up or renewing a Type 1 or Type 4 agreement must contact the MoJ Data Protection Team to discuss it "in the first instance". The framework does not fit this into its process for a new share, which starts with the Data Request Form (section 4.1), so the map shows the contact once the type is known: if you already know you need a Type 1 or Type 4 agreement, contact the team before anything else.',
        tasks: ['Discuss the proposed agreement with the Data Protection Team'],
        guidance: [chooseAnAgreementTypePage.section('Contact the data protection team first for types 1 and 4')],
        source: [isf('3.5')],
      },
      on: { ADVICE_RECEIVED: { target: 'chooseAssessment', description: 'Advice received' } },
    },
    chooseAssessment: {
      meta: {
        title: 'Choose the privacy assessment',
        lane: 'data-requester',
        kind: 'decision',
        summary:
          'A new share goes through the Data Privacy Impact Assessment (DPIA) process. A share that is already running has a compliance check instead, as the ICO recommends.',
        guidance: [
          createAnInformationSharingAgreementPage.section('Complete the DPIA screening questionnaire'),
          createAnInformationSharingAgreementPage.section('Complete the Data Sharing Compliance Checklist'),
        ],
        source: [isf('4.1'), isf('4.2')],
      },
      on: {
        NEW_SHARE: { target: 'screenForDpia', description: 'New share: DPIA process' },
        EXISTING_SHARE: {
          target: 'completeComplianceChecklist',
          description: 'Existing share: Data Sharing Compliance Checklist',
        },
      },
    },
    screenForDpia: {
      meta: {
        title: 'Complete the DPIA screening questionnaire',
        lane: 'data-requester',
        kind: 'decision',
        summary:
          'Complete the screening questionnaire in the MoJ OneTrust system, where all DPIAs are stored, to find out whether a full DPIA is needed.',
        tasks: ['Complete the screening questionnaire in OneTrust'],
        guidance: [createAnInformationSharingAgreementPage.section('Complete the DPIA screening questionnaire')],
        source: [isf('4.1')],
      },
      on: {
        DPIA_NEEDED: { target: 'completeDpia', description: 'A DPIA is needed' },
        DPIA_NOT_NEEDED: { target: 'presentRisksToSignatory', description: 'No DPIA is needed' },
      },
    },
    completeDpia: {
      meta: {
        title: 'Complete the DPIA',
        lane: 'data-requester',
        kind: 'activity',
        summary:
          'The DPIA highlights the risks of the share. The risk register set out in PSI 6/2016 (PI 8/2016), the Information Risk Management Policy, can be used to document them.',
        tasks: ['Complete the DPIA in OneTrust', 'Document the risks'],
        guidance: [createAnInformationSharingAgreementPage.section('Complete the DPIA')],
        source: [isf('4.1')],
      },
      on: { DPIA_COMPLETED: { target: 'presentRisksToSignatory', description: 'DPIA completed' } },
    },
    completeComplianceChecklist: {
      meta: {
        title: 'Complete the Data Sharing Compliance Checklist',
        lane: 'data-requester',
        kind: 'activity',
        summary:
          'For a share already in progress, complete the Data Sharing Compliance Checklist instead of the DPIA process.',
        tasks: ['Complete the checklist', 'Document the risks it finds'],
        guidance: [createAnInformationSharingAgreementPage.section('Complete the Data Sharing Compliance Checklist')],
        source: [isf('4.2')],
      },
      on: { CHECKLIST_COMPLETED: { target: 'presentRisksToSignatory', description: 'Checklist completed' } },
    },
    presentRisksToSignatory: {
      meta: {
        title: 'Present the risks to the signatory',
        lane: 'data-requester',
        kind: 'activity',
        summary:
          'Document every risk of the share and present them to the agreement signatory, with the privacy controls that mitigate them.',
        tasks: ['Document all the risks', 'Identify the mitigating privacy controls', 'Present both to the signatory'],
        guidance: [createAnInformationSharingAgreementPage.section('Present the risks to the signatory')],
        source: [isf('4.1'), isf('3.3')],
      },
      on: { RISKS_PRESENTED: { target: 'signatoryDecides', description: 'Risks presented' } },
    },
    signatoryDecides: {
      meta: {
        title: 'Decide whether to accept the risks',
        lane: 'signatory',
        kind: 'decision',
        summary:
          'The share can only go ahead once the signatory has accepted the risks and all mitigating privacy controls have been identified.',
        tasks: ['Consider the risks and the controls', 'Accept the risks, ask for more controls, or refuse'],
        guidance: [createAnInformationSharingAgreementPage.section('Present the risks to the signatory')],
        source: [isf('4.1'), isf('3.3')],
      },
      on: {
        RISKS_ACCEPTED: { target: 'completeAgreementTemplate', description: 'Risks accepted' },
        MORE_CONTROLS_NEEDED: { target: 'presentRisksToSignatory', description: 'More mitigating controls needed' },
        RISKS_NOT_ACCEPTED: { target: 'shareStopped', description: 'Risks not accepted' },
      },
    },
    completeAgreementTemplate: {
      meta: {
        title: 'Complete the agreement template',
        lane: 'data-requester',
        kind: 'activity',
        summary:
          'Complete the appropriate template with the specifics of the share, for the signatory to sign. In Wales, the WASPI template or the HMPPS template can be used.',
        tasks: [
          'State the objectives of the share',
          'Say what will be shared and in what format, to show it is proportionate',
          'State the legal basis: without one, there is no share',
          'Use secure email, and secure storage where needed',
          'Apply the seven golden principles of information sharing',
        ],
        guidance: [
          createAnInformationSharingAgreementPage.section('Complete the agreement template'),
          chooseAnAgreementTypePage.section('Sharing in Wales'),
          shareInformationWithFaithPartnersPage.section('What the agreement must cover'),
        ],
        source: [isf('4.1'), isf('5'), fp('Information Sharing'), fp('Annex A')],
      },
      on: { AGREEMENT_SIGNED: { target: 'recordInInformationAssetRegister', description: 'Agreement signed' } },
    },
    recordInInformationAssetRegister: {
      meta: {
        title: 'Record the agreement in the Information Asset Register',
        lane: 'not-stated',
        kind: 'activity',
        summary:
          'Once the agreement is in place and the share authorised, it should be recorded in the right Information Asset Register: the establishment, Probation regional or HQ directorate register. The framework does not say who records it.',
        tasks: ['Record the agreement in the register', 'Ask your Local Information Manager (LIM) for advice'],
        guidance: [
          createAnInformationSharingAgreementPage.section('Record the agreement in the Information Asset Register'),
        ],
        source: [isf('4.1')],
      },
      on: { RECORDED_IN_IAR: { target: 'reviewAgreement', description: 'Recorded in the register' } },
    },
    reviewAgreement: {
      meta: {
        title: 'Make sure the agreement is reviewed',
        lane: 'signatory',
        kind: 'wait',
        summary:
          'Every agreement has a regular review, at least as often as the timescale sets. The signatory is responsible for making sure there is a process to review it within the period the agreement sets. Who carries out the review depends on the type of agreement (section 3.5); the framework does not name them for each type.',
        tasks: ['Make sure there is a process to review the agreement'],
        timescale: 'ispf-4.1-annual-review',
        guidance: [createAnInformationSharingAgreementPage.section('Review the agreement')],
        source: [isf('4.1'), isf('3.5')],
      },
      on: { REVIEWED: { target: 'agreementInForce', description: 'Agreement reviewed' } },
    },
    agreementInForce: {
      type: 'final',
      meta: {
        title: 'Agreement in force',
        lane: 'signatory',
        summary: 'The agreement is signed, recorded and under review. The share can take place.',
        guidance: [createAnInformationSharingAgreementPage.section('Review the agreement')],
        source: [isf('4.1')],
      },
    },
    shareStopped: {
      type: 'final',
      meta: {
        title: 'Share does not go ahead',
        lane: 'signatory',
        summary: 'Without the signatory accepting the risks, the share cannot go ahead.',
        guidance: [createAnInformationSharingAgreementPage.section('Present the risks to the signatory')],
        source: [isf('4.1')],
      },
    },
    adHocShareRecorded: {
      type: 'final',
      meta: {
        title: 'One-off share documented',
        lane: 'data-requester',
        summary: 'The one-off share is documented and kept for reference; no agreement is needed.',
        guidance: [chooseAnAgreementTypePage.section('Document a one-off share')],
        source: [isf('3.4')],
      },
    },
    memorandumInPlace: {
      type: 'final',
      meta: {
        title: 'Memorandum of understanding in place',
        lane: 'data-requester',
        summary: 'The share between ministries is covered by a memorandum of understanding.',
        guidance: [whenThisFrameworkAppliesPage.section('Sharing between government departments')],
        source: [isf('1')],
      },
    },
    contractInPlace: {
      type: 'final',
      meta: {
        title: 'Contract covers the processing',
        lane: 'data-requester',
        summary: 'The data processing is governed by the contract with the data processor.',
        guidance: [chooseAnAgreementTypePage.section('Cover processing in the contract')],
        source: [isf('3.4')],
      },
    },
  },
});

export default defineProcess({
  title: 'Create an information sharing agreement',
  summary:
    'How to set up an agreement to share personal data: whether you need one, the Data Request Form, the DPIA or compliance checklist, the signatory for each type of agreement, the register and the annual review.',
  framework: 'information-sharing',
  order: 80,
  history: [
    firstPublished('2026-11-23'),
    linkedToGuidanceSections('2026-11-23'),
    stepsChanged(
      '2026-11-23',
      'The assessment is called the Data Privacy Impact Assessment, as in the framework; the contact with the data protection team for types 1 and 4 says that the framework wants it in the first instance, before its own process starts.',
      ['chooseAssessment', 'contactDataProtectionTeam'],
    ),
    stepsChanged(
      '2026-12-04',
      'Corrected from the framework: the business unit contacts the data protection team and puts processing into the contract, with the team advising (3.4, 3.5); the framework names no one to record the agreement in the register (4.1); the signatory makes sure the agreement is reviewed, and who reviews depends on its type (4.1); a share with no agreement “should not” be normal practice.',
      [
        'coverInContract',
        'contractInPlace',
        'contactDataProtectionTeam',
        'recordInInformationAssetRegister',
        'reviewAgreement',
        'recordOnRiskRegister',
      ],
    ),
    stepsChanged(
      '2026-12-04',
      'Keeps the framework’s force: a memorandum of understanding should cover every aspect of the share (section 1), and a share with no agreement should not be normal practice and needs putting right immediately (4.2).',
      ['agreeMemorandumOfUnderstanding', 'recordOnRiskRegister'],
    ),
  ],
  machine: informationSharingAgreement,
});
