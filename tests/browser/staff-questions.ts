// Questions written as staff type them (issue 32): misspelt, jargon, other words for the source's, whole questions and
// single words. Each names the one page or step that answers it; where a step and a guidance section state the same
// fact (the same registry timescale), either counts. Scored on rank 1 and in the top three. Half are "held-out": they
// were written with the rest, before any tuning, and were not looked at while search was tuned.
import { either, glossaryEntry, guidance, mapPage, step } from '../../scripts/search-answers.mjs';
import type { SearchQuestion } from './search-questions';

export type StaffQuestionKind = 'misspelt' | 'jargon' | 'other words' | 'whole question' | 'one word';

export interface StaffQuestion extends Omit<SearchQuestion, 'kind'> {
  kind: StaffQuestionKind;
  half: 'tuning' | 'held-out';
}

const ns = (page: string) => guidance(`national-standards/${page}`);

const written: Omit<StaffQuestion, 'half'>[] = [
  {
    query: 'how quickly do I see someone after they come out of prison',
    expect: either(
      step('start-community-sentence', 'firstAppointmentAfterRelease'),
      ns('03-allocation-and-initial-contact'),
    ),
    kind: 'whole question',
  },
  {
    query: 'chaplincy seg visits',
    expect: step('chaplaincy-in-prison', 'duringCustody.chaplaincyVisits.visitSegregationAndHealthcare'),
    kind: 'misspelt',
  },
  { query: 'OASys', expect: glossaryEntry('OASys'), kind: 'one word' },
  { query: 'what does SIRO mean', expect: glossaryEntry('SIRO'), kind: 'jargon' },
  {
    query: 'who signs a national information sharing agreement',
    expect: either(
      step('information-sharing-agreement', 'decideAgreementType'),
      guidance('information-sharing/choose-an-agreement-type'),
    ),
    kind: 'whole question',
  },
  {
    query: 'licence breach no good excuse',
    expect: either(step('enforcement', 'decideLicenceAction'), ns('09-enforcing-the-sentence')),
    kind: 'other words',
  },
  {
    query: 'how many POM sessions before handover with 15 months left',
    expect: either(
      step('omic-handover', 'beforeHandover.sessions.holdOneSession'),
      ns('annex-b-omic-pom-responsible-cases'),
    ),
    kind: 'whole question',
  },
  {
    query: 'recieving a transfered prisoner first POM session',
    expect: either(step('omic-handover', 'meetAfterTransfer'), ns('annex-b-omic-pom-responsible-cases')),
    kind: 'misspelt',
  },
  {
    query: 'how long are terrorists tagged',
    expect: either(
      step('nsd-supervision', 'enhancedSupervision.electronicMonitoring.monitorElectronically'),
      ns('annex-a-national-security-division'),
    ),
    kind: 'other words',
  },
  {
    query: 'lie detector test',
    expect: either(
      step('nsd-supervision', 'enhancedSupervision.polygraphExaminations.firstExamination'),
      ns('annex-a-national-security-division'),
    ),
    kind: 'other words',
  },
  {
    query: 'homless after leaving the hostel',
    expect: either(step('approved-premises-referral', 'referAsHomeless'), ns('07-approved-premises')),
    kind: 'misspelt',
  },
  {
    query: 'what if someone moves into approved premises at short notice with no move on plan',
    expect: either(step('approved-premises-referral', 'completeMoveOnPlan'), ns('07-approved-premises')),
    kind: 'whole question',
  },
  {
    query: 'what info can the police give the council about released prisoners',
    // The step lists the data items the amendment allows, as the amendment's page does.
    expect: either(
      guidance('release-information/the-2011-amendment'),
      step('release-information-sharing', 'shareWithLocalAuthority'),
    ),
    kind: 'other words',
  },
  {
    query: 'golden rules for sharing information',
    expect: guidance('faith-and-probation/share-information-with-faith-partners'),
    kind: 'other words',
  },
  {
    query: 'checklist for a share that is already happening',
    expect: either(
      step('information-sharing-agreement', 'completeComplianceChecklist'),
      guidance('information-sharing/create-an-information-sharing-agreement'),
    ),
    kind: 'other words',
  },
  {
    query: 'handover',
    expect: either(mapPage('omic-handover'), ns('annex-b-omic-pom-responsible-cases')),
    kind: 'one word',
  },
  {
    query: 'data share going on without an agreement',
    expect: either(
      step('information-sharing-agreement', 'recordOnRiskRegister'),
      guidance('information-sharing/create-an-information-sharing-agreement'),
    ),
    kind: 'other words',
  },
  { query: 'MACC meeting', expect: step('jip-information-sharing', 'discussAtMacc'), kind: 'jargon' },
  {
    query: 'how long does the JIP team keep the data',
    expect: either(step('jip-information-sharing', 'collectData'), guidance('waspi-jip/refer-and-request-data')),
    kind: 'whole question',
  },
  {
    query: 'how long have I got to write a pre-sentence report',
    expect: ns('02-advice-to-court'),
    kind: 'whole question',
  },
  {
    query: 'monthly face to face reporting',
    expect: either(ns('05-delivering-the-sentence'), step('start-community-sentence', 'superviseMonthly')),
    kind: 'other words',
  },
  {
    query: 'community payback start date',
    expect: either(ns('05-delivering-the-sentence'), step('start-community-sentence', 'startUnpaidWork')),
    kind: 'other words',
  },
  { query: 'moving a case to another probation region', expect: ns('04-assessment-and-planning'), kind: 'other words' },
  {
    query: 'what happens to the risk plan after someone is recalled',
    expect: either(ns('10-reviewing-progress'), step('enforcement', 'reviewAssessmentAndPlan')),
    kind: 'whole question',
  },
  { query: 'closing a case at the end of the order', expect: ns('11-capturing-outcomes'), kind: 'other words' },
  { query: 'marac', expect: glossaryEntry('MARAC'), kind: 'one word' },
  { query: 'PSO case risk goes up to high', expect: ns('08-risk-management'), kind: 'jargon' },
  {
    query: "person won't fill in the diversity form",
    expect: ns('01-maintaining-accurate-records'),
    kind: 'other words',
  },
  { query: 'VLO before release', expect: ns('06-victims'), kind: 'jargon' },
  {
    query: 'early allocation referral',
    expect: step('omic-handover', 'beforeHandover.preparation.(considerEarlyAllocation|referForEarlyAllocation)'),
    kind: 'jargon',
  },
  {
    query: 'MPC handover email',
    expect: step('omic-handover', 'beforeHandover.notification.handoverEmail'),
    kind: 'jargon',
  },
  {
    query: 'prisoner with less than 10 months to serve who takes the case',
    expect: either(step('omic-handover', 'comResponsibleNoHandover'), ns('annex-b-omic-pom-responsible-cases')),
    kind: 'whole question',
  },
  {
    query: 'can a hostel resident go to church',
    expect: step('faith-in-approved-premises', '(assessWorshipInCommunity|arrangeWorship)'),
    kind: 'whole question',
  },
  {
    query: 'chaplain sees prisoner when released',
    expect: step('chaplaincy-in-prison', 'seeOnDischarge'),
    kind: 'other words',
  },
  {
    query: 'extremisim and relgion in prison',
    expect: either(
      step('chaplaincy-in-prison', 'duringCustody.sentenceManagement.weighPublicProtection'),
      guidance('faith-and-probation/chaplaincy-in-prison'),
    ),
    kind: 'misspelt',
  },
  {
    query: "record someone's religion",
    expect: guidance('faith-and-probation/faith-in-the-community'),
    kind: 'other words',
  },
  {
    query: 'section 14 list B',
    expect: guidance('information-sharing/section-14-offender-management-act'),
    kind: 'jargon',
  },
  {
    query: 'one off data share',
    expect: step('information-sharing-agreement', 'documentAdHocShare'),
    kind: 'other words',
  },
  {
    query: 'how do the police find out about prison releases',
    expect: either(
      step('release-information-sharing', 'dailyDownload'),
      guidance('release-information/what-the-protocol-is-for'),
    ),
    kind: 'whole question',
  },
  {
    query: 'which released prisoners should the council help first',
    expect: either(
      step('release-information-sharing', 'prioritise'),
      guidance('release-information/share-release-information-locally'),
    ),
    kind: 'whole question',
  },
  {
    query: 'article 10 criminal convictions data',
    expect: guidance('waspi-jip/legal-basis-for-sharing'),
    kind: 'jargon',
  },
  { query: 'my duties as a POM', expect: /^\/roles\/pom\/$/, kind: 'other words' },
  {
    query: 'keyworker meeting at the hostel',
    expect: either(step('approved-premises-referral', 'holdJointMeeting'), ns('07-approved-premises')),
    kind: 'other words',
  },
  {
    query: 'who can agree to relax the NSD standards',
    expect: either(
      step('nsd-supervision', 'enhancedSupervision.contactLevel.regionalLeadAgrees'),
      ns('annex-a-national-security-division'),
    ),
    kind: 'whole question',
  },
  {
    query: 'accepted absence write down why',
    expect: either(step('enforcement', 'recordRationale'), ns('09-enforcing-the-sentence')),
    kind: 'other words',
  },
  {
    query: 'summons',
    expect: either(step('enforcement', 'awaitSummons'), ns('09-enforcing-the-sentence')),
    kind: 'one word',
  },
  {
    query: 'sentance plan deadline community order',
    expect: either(step('start-community-sentence', 'writeCommunitySentencePlan'), ns('04-assessment-and-planning')),
    kind: 'misspelt',
  },
  { query: 'informed concent at induction', expect: ns('03-allocation-and-initial-contact'), kind: 'misspelt' },
  {
    query: 'accomodation after approved premises',
    expect: either(step('approved-premises-referral', 'checkMoveOnAccommodation'), ns('07-approved-premises')),
    kind: 'misspelt',
  },
  {
    query: 'disemination of JIP data',
    expect: either(step('jip-information-sharing', 'disseminate'), guidance('waspi-jip/refer-and-request-data')),
    kind: 'misspelt',
  },
  { query: 'OMiC', expect: glossaryEntry('OMiC'), kind: 'one word' },
  {
    query: 'homeless',
    expect: either(step('approved-premises-referral', 'referAsHomeless'), ns('07-approved-premises')),
    kind: 'one word',
  },
];

/** Every other question is held out, so each half has every kind of wording. */
export const staffQuestions: StaffQuestion[] = written.map((question, index) => ({
  ...question,
  half: index % 2 === 0 ? 'tuning' : 'held-out',
}));
