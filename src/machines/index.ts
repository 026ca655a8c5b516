// The registry: every process that has a map on the site. Pages are generated from this list.
import type { AnyStateMachine } from 'xstate';
import { newestFirst, type MapChangeNote } from '../lib/history';
import type { FrameworkId } from '../lib/schemas';
import { chaplaincyInPrison } from './chaplaincy-in-prison';
import { enforcement } from './enforcement';
import { faithInApprovedPremises } from './faith-in-approved-premises';
import { informationSharingAgreement } from './information-sharing-agreement';
import { jipInformationSharing } from './jip-information-sharing';
import { nsdSupervision } from './nsd-supervision';
import { omicHandover } from './omic-handover';
import { releaseInformationSharing } from './release-information-sharing';
import { startCommunitySentence } from './start-community-sentence';
import { approvedPremisesReferral } from './approved-premises-referral';

export interface ProcessDefinition {
  id: string;
  title: string;
  summary: string;
  framework: FrameworkId;
  machine: AnyStateMachine;
  /** The day of the newest change note: the map's "Last updated". */
  lastUpdated?: string;
  /** This site's dated notes of what changed on the map, each naming the steps it changed where it changed only some. */
  history?: MapChangeNote[];
}

const firstPublished = (day: string): MapChangeNote => ({ date: day, note: 'Map first published on this site.' });
const linkedToGuidanceSections = (day: string): MapChangeNote => ({
  date: day,
  note: 'Each step now links to the section of the guidance that explains it.',
});
/** A note that changed only some steps: the map marks those "Changed" while it is the newest note. */
const stepsChanged = (day: string, note: string, steps: string[]): MapChangeNote => ({ date: day, note, steps });

/** A map's change notes, oldest first, and its "Last updated": the day of the newest note, so the two never disagree. */
function mapHistory(...history: MapChangeNote[]): Pick<ProcessDefinition, 'lastUpdated' | 'history'> {
  return { lastUpdated: newestFirst(history)[0]?.date, history };
}

export const processes: ProcessDefinition[] = [
  {
    id: 'omic-handover',
    title: 'OMiC: from POM allocation to handover to the COM',
    summary:
      'A custody case under Offender Management in Custody: the POM’s minimum supervision sessions, transfers between prisons, the sessions and preparation before handover, allocation to the COM, the pre-release plan and the COM taking over.',
    framework: 'national-standards',
    machine: omicHandover,
    ...mapHistory(
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
    ),
  },
  {
    id: 'start-community-sentence',
    title: 'Start a community sentence or licence',
    summary:
      'From allocation to supervision under way: the first face-to-face appointment after sentence or release, induction, the sentence plan deadlines, unpaid work and a referral to Commissioned Rehabilitative Services.',
    framework: 'national-standards',
    machine: startCommunitySentence,
    ...mapHistory(
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
    ),
  },
  {
    id: 'approved-premises-referral',
    title: 'Refer to an Approved Premises and plan the move on',
    summary:
      'Identifying a resident, explaining the regime, referring in time from custody or the community or at short notice, the move-on plan, the joint meeting at arrival and what happens at the end of the placement.',
    framework: 'national-standards',
    machine: approvedPremisesReferral,
    ...mapHistory(
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
    ),
  },
  {
    id: 'nsd-supervision',
    title: 'Supervise a National Security Division case',
    summary:
      'The enhanced Annex A requirements: who is in scope, enhanced contact, fortnightly resettlement visits, Approved Premises residency, electronic monitoring and polygraph examinations, and what the annex leaves unclear.',
    framework: 'national-standards',
    machine: nsdSupervision,
    ...mapHistory(
      firstPublished('2026-11-23'),
      stepsChanged(
        '2026-11-23',
        'The steps show the weekly contact, Approved Premises residency and resettlement periods from the site’s one list of timescales, instead of repeating them in their words.',
        [
          'visitsPeriodOver',
          'enhancedSupervision.contactLevel.twoContactsAWeek',
          'enhancedSupervision.firstMonthsVisits.firstMonthsOver',
          'enhancedSupervision.residencyAndVisits.resideInApprovedPremises',
          'enhancedSupervision.residencyAndVisits.resettled',
        ],
      ),
      stepsChanged(
        '2026-12-04',
        'Corrected from Annex A: resettlement visits for someone not assessed as high or very high risk are shown as unclear, not as applying whatever the risk level; a workplace or place of study should be visited only if MAPPA has agreed disclosure and the employer or educator knows, or if the visit can be done without harm; polygraph examinations should also be more frequent where there are risk concerns. The annex’s own force is kept: more stringent standards can be applied, and contact may need to be reviewed and increased at critical points; the residency note keeps the conditions on a shorter or longer stay. The scope, the contact wording and the residency limit are described as the annex gives them, not as contradictions: the scope is the specialist units’ cohorts with the highest-risk test within them. The resident’s own step no longer lists the staff’s planning task.',
        [
          'resettlementVisitsOnly',
          'enhancedSupervision.firstMonthsVisits.visitInFirstMonths',
          'enhancedSupervision.polygraphExaminations.laterExaminations',
          'enhancedSupervision.contactLevel.twoContactsAWeek',
          'enhancedSupervision.contactLevel.contactReduced',
          'enhancedSupervision.residencyAndVisits.resideInApprovedPremises',
          'checkWhetherStandardsApply',
        ],
      ),
    ),
  },
  {
    id: 'enforcement',
    title: 'Enforcement of orders and licences',
    summary:
      'What to do when a person on probation fails to comply with a community order, suspended sentence order, post-sentence supervision or licence: letters, decisions, breach and recall, with their deadlines.',
    framework: 'national-standards',
    machine: enforcement,
    ...mapHistory(
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
    ),
  },
  {
    id: 'chaplaincy-in-prison',
    title: 'Chaplaincy in prison',
    summary:
      'How the prison chaplain, the Prison Offender Manager and the Community Offender Manager work together from reception to release: statutory visits, faith in sentence planning, public protection and handover.',
    framework: 'faith-and-probation',
    machine: chaplaincyInPrison,
    ...mapHistory(
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
    ),
  },
  {
    id: 'faith-in-approved-premises',
    title: 'Faith engagement in Approved Premises',
    summary:
      'How Approved Premises staff support a resident’s faith: from the referral form and key work to community chaplaincy, an information sharing agreement and worship in the community.',
    framework: 'faith-and-probation',
    machine: faithInApprovedPremises,
    ...mapHistory(
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
    ),
  },
  {
    id: 'information-sharing-agreement',
    title: 'Create an information sharing agreement',
    summary:
      'How to set up an agreement to share personal data: whether you need one, the Data Request Form, the DPIA or compliance checklist, the signatory for each type of agreement, the register and the annual review.',
    framework: 'information-sharing',
    machine: informationSharingAgreement,
    ...mapHistory(
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
    ),
  },
  {
    id: 'jip-information-sharing',
    title: 'Share intelligence through the Joint Intelligence Programme (Wales)',
    summary:
      'How HMPPS and the Welsh police forces share information on serious and organised crime: referral, discussion at the MACC, the data request, collection and secure dissemination.',
    framework: 'waspi-jip',
    machine: jipInformationSharing,
    ...mapHistory(
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
    ),
  },
  {
    id: 'release-information-sharing',
    title: 'Share prisoner release information with local authorities',
    summary:
      'How release information travels from prison databases to the police and, where necessary and proportionate, to local authorities in the Community Safety Partnership, so people leaving short sentences can be offered support.',
    framework: 'release-information',
    machine: releaseInformationSharing,
    ...mapHistory(
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
    ),
  },
];

export function processById(id: string): ProcessDefinition | undefined {
  return processes.find((process) => process.id === id);
}
