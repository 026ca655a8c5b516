// The registry: every process that has a map on the site. Pages are generated from this list.
import type { AnyStateMachine } from 'xstate';
import type { MapChangeNote } from '../lib/history';
import type { RoleId } from '../lib/roles';
import type { FrameworkId } from '../lib/schemas';
import { chaplaincyInPrison } from './chaplaincy-in-prison';
import { enforcement } from './enforcement';
import { faithInApprovedPremises } from './faith-in-approved-premises';
import { informationSharingAgreement } from './information-sharing-agreement';
import { jipInformationSharing } from './jip-information-sharing';
import { releaseInformationSharing } from './release-information-sharing';

export interface ProcessDefinition {
  id: string;
  title: string;
  summary: string;
  framework: FrameworkId;
  roles: RoleId[];
  machine: AnyStateMachine;
  /** The day of the newest change note: the map's "Last updated". */
  lastUpdated?: string;
  /** This site's dated notes of what changed on the map, each naming the steps it changed where it changed only some. */
  history?: MapChangeNote[];
}

const firstPublished = (day: string): MapChangeNote => ({ date: day, note: 'Map first published on this site.' });

export const processes: ProcessDefinition[] = [
  {
    id: 'enforcement',
    title: 'Enforcement of orders and licences',
    summary:
      'What to do when a person on probation fails to comply with a community order, suspended sentence order, post-sentence supervision or licence: letters, decisions, breach and recall, with their deadlines.',
    framework: 'national-standards',
    roles: ['com', 'spo', 'person-on-probation'],
    machine: enforcement,
    lastUpdated: '2026-11-23',
    history: [
      firstPublished('2026-11-23'),
      {
        date: '2026-11-23',
        note: 'Each step now links to the heading of the guidance that explains it, not only to the page.',
        steps: [
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
          'standardRecall',
          'reviewAssessmentAndPlan',
          'warningIssued',
          'supervisionContinues',
          'caseBeforeCourt',
        ],
      },
    ],
  },
  {
    id: 'chaplaincy-in-prison',
    title: 'Chaplaincy in prison',
    summary:
      'How the prison chaplain, the Prison Offender Manager and the Community Offender Manager work together from reception to release: statutory visits, faith in sentence planning, public protection and handover.',
    framework: 'faith-and-probation',
    roles: ['chaplain', 'pom', 'com'],
    machine: chaplaincyInPrison,
    lastUpdated: '2026-11-23',
    history: [
      firstPublished('2026-11-23'),
      { date: '2026-11-23', note: 'Each step now links to the section of the guidance that explains it.' },
    ],
  },
  {
    id: 'faith-in-approved-premises',
    title: 'Faith engagement in Approved Premises',
    summary:
      'How Approved Premises staff support a resident’s faith: from the referral form and key work to community chaplaincy, an information sharing agreement and worship in the community.',
    framework: 'faith-and-probation',
    roles: ['ap-staff', 'ap-manager', 'community-chaplaincy'],
    machine: faithInApprovedPremises,
    lastUpdated: '2026-11-23',
    history: [
      firstPublished('2026-11-23'),
      { date: '2026-11-23', note: 'Each step now links to the section of the guidance that explains it.' },
    ],
  },
  {
    id: 'information-sharing-agreement',
    title: 'Create an information sharing agreement',
    summary:
      'How to set up an agreement to share personal data: whether you need one, the Data Request Form, the DPIA or compliance checklist, the signatory for each type of agreement, the register and the annual review.',
    framework: 'information-sharing',
    roles: ['data-requester', 'data-protection-team', 'signatory', 'information-asset-owner'],
    machine: informationSharingAgreement,
    lastUpdated: '2026-11-23',
    history: [
      firstPublished('2026-11-23'),
      { date: '2026-11-23', note: 'Each step now links to the section of the guidance that explains it.' },
    ],
  },
  {
    id: 'jip-information-sharing',
    title: 'Share intelligence through the Joint Intelligence Programme (Wales)',
    summary:
      'How HMPPS and the Welsh police forces share information on serious and organised crime: referral, discussion at the MACC, the data request, collection and secure dissemination.',
    framework: 'waspi-jip',
    roles: ['partner-agency', 'jip-analyst'],
    machine: jipInformationSharing,
    lastUpdated: '2026-11-23',
    history: [firstPublished('2026-11-23')],
  },
  {
    id: 'release-information-sharing',
    title: 'Share prisoner release information with local authorities',
    summary:
      'How release information travels from prison databases to the police and, where necessary and proportionate, to local authorities in the Community Safety Partnership, so people leaving short sentences can be offered support.',
    framework: 'release-information',
    roles: ['police', 'community-safety-partnership', 'local-authority'],
    machine: releaseInformationSharing,
    lastUpdated: '2026-11-23',
    history: [firstPublished('2026-11-23')],
  },
];

export function processById(id: string): ProcessDefinition | undefined {
  return processes.find((process) => process.id === id);
}
