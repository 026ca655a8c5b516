// Sharing information through the Joint Intelligence Programme in Wales: referral → data request → data collection
// → dissemination (WASPI Information Sharing Protocol for the JIP, sections 5 and 7 and Appendix B).
import { setup } from 'xstate';
import { citeIn, defineProcess, firstPublished, guidancePage, processMeta, stepsChanged } from './authoring';
const rightsAndSecurityPage = guidancePage('waspi-jip/rights-and-security');

const jip = citeIn('waspi-jip');
const referAndRequestDataPage = guidancePage('waspi-jip/refer-and-request-data');

export const jipInformationSharing = setup({
  types: {
    meta: processMeta,
    events: {} as
      | { type: 'REFERRAL_SENT' }
      | { type: 'SUITABLE' }
      | { type: 'NOT_SUITABLE' }
      | { type: 'PROFILE_SENT' }
      | { type: 'DISCUSSED' }
      | { type: 'REQUEST_SENT' }
      | { type: 'REQUEST_VALID' }
      | { type: 'NOT_A_JIP_SUBJECT' }
      | { type: 'DATA_COLLECTED' }
      | { type: 'DATA_SENT' },
  },
}).createMachine({
  id: 'jip-information-sharing',
  initial: 'referSubject',
  states: {
    referSubject: {
      meta: {
        title: 'Refer a subject to the JIP',
        lane: 'partner-agency',
        kind: 'start',
        summary:
          'Any JIP partner can refer someone in the community or in prison: HMPPS probation staff (OM or POM), prison intelligence staff or a police representative.',
        tasks: [
          'Email the referral to the HMPPS Joint Intelligence Programme',
          'Give the name, date of birth, gender, PNC ID, NOMIS number and CRN',
          'Send the referral data by secure TLS-enforced email',
        ],
        guidance: [
          referAndRequestDataPage.section('Referral'),
          referAndRequestDataPage.section('Personal identifiers the partners share'),
        ],
        source: [jip('Appendix B'), jip('5.4')],
        notes: ['Ask: why does the referral carry several identifiers rather than just a name?'],
      },
      on: { REFERRAL_SENT: { target: 'assessSuitability', description: 'Referral sent' } },
    },
    assessSuitability: {
      meta: {
        title: 'Assess whether the subject is suitable for the JIP',
        lane: 'jip-analyst',
        kind: 'decision',
        summary:
          'The JIP team checks the subject is suitable, using HMPPS systems. Accepting the referral confirms the person is eligible, and so that sharing their data under the protocol is allowed.',
        tasks: [
          'Search HMPPS systems for the initial assessment',
          'Decide whether the subject is suitable for the JIP',
        ],
        guidance: [referAndRequestDataPage.section('Referral')],
        source: [jip('Appendix B')],
      },
      on: {
        SUITABLE: { target: 'disseminateProfile', description: 'Suitable for the JIP' },
        NOT_SUITABLE: { target: 'notAccepted', description: 'Not suitable' },
      },
    },
    disseminateProfile: {
      meta: {
        title: 'Send the subject’s profile to relevant partners',
        lane: 'jip-analyst',
        kind: 'activity',
        summary:
          'The profile comes from the JIP team’s initial assessment, which searches HMPPS systems, and goes to the relevant partners. The protocol says the profile is disseminated without saying by whom.',
        tasks: [
          'Include the identifiers from the referral',
          'Add the current address, current location (prison or community), OM details, and summaries of case notes and available intelligence',
          'Treat everything as official-sensitive',
        ],
        guidance: [referAndRequestDataPage.section('Referral')],
        source: [jip('Appendix B')],
      },
      on: { PROFILE_SENT: { target: 'discussAtMacc', description: 'Profile sent' } },
    },
    discussAtMacc: {
      meta: {
        title: 'Discuss the subject at the MACC',
        lane: 'partner-agency',
        kind: 'activity',
        summary:
          'The monthly Multi-Agency Conference Call brings together HMPPS (OM or POM, prison security) and police representatives. It relies on voluntary verbal disclosure; partners agree there what data is needed.',
        tasks: [
          'Share updates on the subject by voluntary verbal disclosure',
          'Agree what data is needed and why',
          'Treat everything as official-sensitive',
        ],
        guidance: [
          referAndRequestDataPage.section('Data request'),
          referAndRequestDataPage.section('Cardiff University’s evaluation'),
        ],
        source: [jip('Appendix B'), jip('1.4')],
        notes: [
          'Cardiff University researchers may listen to the MACC; they have agreed not to record anything that identifies anyone.',
        ],
      },
      on: { DISCUSSED: { target: 'requestData', description: 'Discussed at the MACC' } },
    },
    requestData: {
      meta: {
        title: 'Make a formal data request',
        lane: 'partner-agency',
        kind: 'activity',
        summary:
          'Only approved partners can request data, and only about JIP subjects. Email the JIP team saying clearly what data you want and why.',
        tasks: [
          'Identify the subject: name, date of birth, gender and one other identifier',
          'Say which data: BT PINS contact list, HMPPS Money Tool, Mercury intelligence or visits',
          'Give the justification for each item',
        ],
        guidance: [
          referAndRequestDataPage.section('Data request'),
          referAndRequestDataPage.section('Share the minimum'),
        ],
        source: [jip('Appendix B'), jip('5.1')],
      },
      on: { REQUEST_SENT: { target: 'checkRequest', description: 'Request emailed' } },
    },
    checkRequest: {
      meta: {
        title: 'Log and check the request',
        lane: 'jip-analyst',
        kind: 'decision',
        summary:
          'The JIP team records who asked, when and for what on a password-protected log on its MoJ-approved laptop, and rejects any request about someone who is not a JIP subject.',
        tasks: [
          'Record the request on the secure log',
          'Check the subject is a JIP subject and the data can be obtained',
        ],
        guidance: [referAndRequestDataPage.section('Data request')],
        source: [jip('Appendix B')],
      },
      on: {
        REQUEST_VALID: { target: 'collectData', description: 'A JIP subject, and the data can be obtained' },
        NOT_A_JIP_SUBJECT: { target: 'requestRejected', description: 'Not a JIP subject' },
      },
    },
    collectData: {
      meta: {
        title: 'Collect the data',
        lane: 'jip-analyst',
        kind: 'activity',
        summary:
          'The JIP team collects only what is necessary and proportionate to the request, and records when and where each item came from.',
        tasks: [
          'BT PINS contacts on the dedicated computer in the RIU',
          'Mercury, NOMIS and HMPPS Money Tool data on the Quantum laptop',
          'Keep the data password-protected on the laptop, even after it has been shared',
          'Update JIP subject records and develop intelligence',
        ],
        timescale: 'jip-retention',
        guidance: [referAndRequestDataPage.section('Data collection')],
        source: [jip('Appendix B'), jip('7.3')],
      },
      on: { DATA_COLLECTED: { target: 'disseminate', description: 'Data collected' } },
    },
    disseminate: {
      meta: {
        title: 'Send the data to the requester',
        lane: 'jip-analyst',
        kind: 'activity',
        summary:
          'The data goes only to the person who asked for it, and the dissemination is recorded on the secure log.',
        tasks: [
          'Mark it official-sensitive',
          'Compress the files into a password-protected zip',
          'Send it by secure TLS-enforced email, and the password in a separate email',
          'Record the dissemination on the secure log',
        ],
        guidance: [referAndRequestDataPage.section('Dissemination')],
        source: [jip('Appendix B'), jip('7.3')],
        notes: [
          'The protocol’s text says no data is sent to Cardiff University, physically or electronically. Its partner table lists the university among those who request and receive data, which contradicts this: follow the stricter rule.',
        ],
      },
      on: { DATA_SENT: { target: 'dataShared', description: 'Data sent' } },
    },
    dataShared: {
      type: 'final',
      meta: {
        title: 'Keep the data you received secure',
        lane: 'partner-agency',
        summary:
          'Once the data is received, the requester is responsible for keeping it secure under data protection rules.',
        tasks: [
          'Follow your organisation’s information security policies',
          'As a rule, do not release it to a third party without first consulting the partner organisation it came from',
        ],
        guidance: [
          referAndRequestDataPage.section('Dissemination'),
          rightsAndSecurityPage.section('Keep information secure'),
        ],
        source: [jip('Appendix B'), jip('5.2'), jip('7.2')],
      },
    },
    notAccepted: {
      type: 'final',
      meta: {
        title: 'Referral not accepted',
        lane: 'jip-analyst',
        summary: 'The subject is not suitable for the JIP, so their data is not shared under this protocol.',
        guidance: [referAndRequestDataPage.section('Referral')],
        source: [jip('Appendix B')],
      },
    },
    requestRejected: {
      type: 'final',
      meta: {
        title: 'Request rejected',
        lane: 'jip-analyst',
        summary: 'The JIP rejects requests for data about anyone who is not a JIP subject.',
        guidance: [referAndRequestDataPage.section('Data request')],
        source: [jip('Appendix B')],
      },
    },
  },
});

export default defineProcess({
  title: 'Share intelligence through the Joint Intelligence Programme (Wales)',
  summary:
    'How HMPPS and the Welsh police forces share information on serious and organised crime: referral, discussion at the MACC, the data request, collection and secure dissemination.',
  framework: 'waspi-jip',
  order: 90,
  history: [
    firstPublished('2026-11-23'),
    stepsChanged(
      '2026-11-23',
      'The 3-month retention of collected data is now the step’s timescale, from the site’s one list.',
      ['collectData'],
    ),
    stepsChanged(
      '2026-11-23',
      'Corrected from the protocol: information from a partner is not generally released to a third party without consulting the partner it came from (section 5.2), rather than the Joint Intelligence Programme.',
      ['dataShared'],
    ),
    stepsChanged(
      '2026-12-04',
      'Corrected from the protocol (Appendix B): the subject’s profile comes from the JIP team’s assessment and goes to partners before the MACC, a new step, where partners then share updates by voluntary verbal disclosure rather than the profile; the Cardiff University note says the partner table contradicts the text; the retention period no longer says what happens after it, which the protocol does not say.',
      ['disseminateProfile', 'discussAtMacc', 'disseminate', 'collectData'],
    ),
    stepsChanged(
      '2026-12-04',
      'Keeps the protocol’s words: Cardiff University researchers have agreed not to record anything that identifies anyone (Appendix B), rather than being told they must not.',
      ['discussAtMacc'],
    ),
  ],
  machine: jipInformationSharing,
});
