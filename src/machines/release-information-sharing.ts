// Sharing prisoner release information with local authorities: from the prison database to support on release
// (ACPO/NOMS/LGA protocol, 10 November 2011, and the February 2011 amendment to the NOMS/ACPO protocol).
import { setup } from 'xstate';
import { citeIn, defineProcess, firstPublished, guidancePage, processMeta, stepsChanged } from './authoring';
const shareReleaseInformationLocallyPage = guidancePage('release-information/share-release-information-locally');
const the2011AmendmentPage = guidancePage('release-information/the-2011-amendment');
const whatTheProtocolIsForPage = guidancePage('release-information/what-the-protocol-is-for');

const rel = citeIn('release-information');

export const releaseInformationSharing = setup({
  types: {
    meta: processMeta,
    events: {} as
      | { type: 'DOWNLOAD_RECEIVED' }
      | { type: 'RELEASE_FLAGGED' }
      | { type: 'NECESSARY_AND_PROPORTIONATE' }
      | { type: 'NOT_NECESSARY' }
      | { type: 'INFORMATION_SHARED' }
      | { type: 'PRIORITY_CASE' }
      | { type: 'NOT_PRIORITISED' }
      | { type: 'SUPPORT_OFFERED' },
  },
}).createMachine({
  id: 'release-information-sharing',
  initial: 'dailyDownload',
  states: {
    dailyDownload: {
      meta: {
        title: 'Prison release data reaches the police',
        lane: 'not-stated',
        kind: 'start',
        summary:
          'Prison databases track every prisoner, including when they are due for release. An automated download from the central database goes to every police force each day. The protocol does not say who sends it: the download is automated.',
        tasks: ['The daily download carries prisoner data, including release dates, offence and length of term'],
        guidance: [whatTheProtocolIsForPage.section('How release information reaches the police')],
        source: [rel('The current situation')],
        notes: ['The data comes from NOMS-owned prison databases and PED and CDE extract files.'],
      },
      on: { DOWNLOAD_RECEIVED: { target: 'flagRelease', description: 'Download received' } },
    },
    flagRelease: {
      meta: {
        title: 'Flag the coming release',
        lane: 'police',
        kind: 'activity',
        summary:
          'In 2011, nearly all forces used the download to create a release notification: a first notification ahead of release, and another on the day.',
        tasks: [
          'Create the first notification',
          'Notify again on the day of release',
          'Note any tag, such as involvement in the 2011 civil disturbances',
        ],
        timescale: 'release-28-day-notification',
        guidance: [whatTheProtocolIsForPage.section('How release information reaches the police')],
        source: [rel('The current situation'), rel('Nature and Purpose of the Protocol')],
      },
      on: { RELEASE_FLAGGED: { target: 'decideToShare', description: 'Release flagged' } },
    },
    decideToShare: {
      meta: {
        title: 'Decide whether sharing is necessary and proportionate',
        lane: 'police',
        kind: 'decision',
        summary:
          'Share only where it is necessary and proportionate to manage and support the person just before and after release, to make them less likely to reoffend.',
        tasks: ['Check the purpose', 'Check the share complies with the Data Protection Act and other relevant law'],
        guidance: [the2011AmendmentPage.section('Share only for the purpose')],
        source: [
          rel('Amendment: Purposes of sharing information'),
          rel('Amendment: Restrictions and requirements on Police'),
        ],
        notes: [
          'The 2011 protocol is not binding: the local arrangements it suggests are not required. The February 2011 amendment is different: it requires the police to share only where necessary and proportionate, to comply with the Data Protection Act, and to report and put right any breach by the recipient.',
        ],
      },
      on: {
        NECESSARY_AND_PROPORTIONATE: { target: 'shareWithLocalAuthority', description: 'Necessary and proportionate' },
        NOT_NECESSARY: { target: 'notShared', description: 'Not necessary or proportionate' },
      },
    },
    shareWithLocalAuthority: {
      meta: {
        title: 'Share the permitted data items with the local authority',
        lane: 'police',
        kind: 'activity',
        summary:
          'Share only the data items the amendment lists, only with the local authority or organisations working for it under contract, and securely. Police attendance at CSP meetings is one way to do it.',
        tasks: [
          'Share only the listed items, such as name, date of birth, addresses, crime categories, release dates and type, NOMIS number, PNC ID and PPO status',
          'Send it securely, within local information sharing agreements',
          'Check the recipient stores and destroys it securely',
          'Tell NOMS of any Data Protection Act breach by the recipient, put it right immediately, and indemnify NOMS for any resulting costs or damages',
        ],
        guidance: [
          the2011AmendmentPage.section('The data items the police may share'),
          the2011AmendmentPage.section('How to share it'),
          shareReleaseInformationLocallyPage.section('Set up local arrangements'),
        ],
        source: [
          rel('Amendment: What can be shared and with whom?'),
          rel('Amendment: How can it be shared'),
          rel('Amendment: Restrictions and requirements on Police'),
          rel('3'),
          rel('7'),
        ],
      },
      on: { INFORMATION_SHARED: { target: 'prioritise', description: 'Information shared' } },
    },
    prioritise: {
      meta: {
        title: 'Decide who to help first',
        lane: 'community-safety-partnership',
        kind: 'decision',
        summary:
          'No CSP can offer full Integrated Offender Management to everyone it hears about. Use the information to prioritise: the protocol gives these groups as examples.',
        tasks: [
          'People tagged as involved in civil disturbances',
          'People known to the CSP who are heading towards established criminality',
          'People on the short-sentence list more than once',
        ],
        guidance: [shareReleaseInformationLocallyPage.section('Decide who to help first')],
        source: [rel('5')],
      },
      on: {
        PRIORITY_CASE: { target: 'offerSupport', description: 'A priority for support' },
        NOT_PRIORITISED: { target: 'notPrioritised', description: 'Not a priority with the resources available' },
      },
    },
    offerSupport: {
      meta: {
        title: 'Offer support on release',
        lane: 'local-authority',
        kind: 'activity',
        summary:
          'The local authority can give advice on housing and benefits and point the person to other CSP members or local voluntary and community groups, before and after release.',
        tasks: [
          'Offer housing and benefits advice',
          'Signpost to CSP members and local support groups',
          'Link with local IOM arrangements',
        ],
        guidance: [shareReleaseInformationLocallyPage.section('What local authorities can offer')],
        source: [rel('6'), rel('1'), rel('2'), rel('Background')],
        notes: [
          'When the protocol was written (2011), people over 21 released from sentences of less than 12 months were not on licence, and had no statutory duty to engage with organisations in the community. The protocol covers prisoner releases generally, particularly short sentences.',
        ],
      },
      on: { SUPPORT_OFFERED: { target: 'supportOffered', description: 'Support offered' } },
    },
    supportOffered: {
      type: 'final',
      meta: {
        title: 'Support offered',
        lane: 'local-authority',
        summary: 'The person has been offered support to resettle and reduce the chance of reoffending.',
        guidance: [shareReleaseInformationLocallyPage.section('Why the CSP’s part matters')],
        source: [rel('1')],
      },
    },
    notPrioritised: {
      type: 'final',
      meta: {
        title: 'Not prioritised',
        lane: 'community-safety-partnership',
        summary: 'CSP resources are limited; this person is not prioritised for support.',
        guidance: [shareReleaseInformationLocallyPage.section('Decide who to help first')],
        source: [rel('5')],
      },
    },
    notShared: {
      type: 'final',
      meta: {
        title: 'Information not shared',
        lane: 'police',
        summary: 'Sharing would not be necessary or proportionate for the purpose, so the police do not share.',
        guidance: [the2011AmendmentPage.section('Share only for the purpose')],
        source: [rel('Amendment: Purposes of sharing information')],
      },
    },
  },
});

export default defineProcess({
  title: 'Share prisoner release information with local authorities',
  summary:
    'How release information travels from prison databases to the police and, where necessary and proportionate, to local authorities in the Community Safety Partnership, so people leaving short sentences can be offered support.',
  framework: 'release-information',
  order: 100,
  history: [
    firstPublished('2026-11-23'),
    stepsChanged(
      '2026-11-23',
      'Corrected from the protocol: the daily download is automated, so the first step says the protocol names no one who sends it.',
      ['dailyDownload', 'flagRelease'],
    ),
    stepsChanged(
      '2026-12-04',
      'Corrected from the protocol: the release notification is what nearly all forces did in 2011, not a requirement, and the calculator no longer dates it; the trainer notes separate the non-binding protocol from the amendment’s requirements on the police, and say who was off licence in 2011; the breach task adds the indemnity; the priority groups are examples.',
      ['flagRelease', 'decideToShare', 'shareWithLocalAuthority', 'prioritise', 'offerSupport'],
    ),
  ],
  machine: releaseInformationSharing,
});
