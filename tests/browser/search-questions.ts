// Questions staff really ask, written from the source documents, each with the page or step that must come in the top
// three: the one page that answers it, or the step that states the same fact (the same registry timescale).
import { either, glossaryEntry, guidance, mapPage, step } from '../../scripts/search-answers.mjs';

export interface SearchQuestion {
  query: string;
  /** What the answer's address must match. */
  expect: RegExp;
  /** How the question is worded: in staff words rather than the source's, or misspelt. */
  kind?: 'staff words' | 'misspelt';
}

const enforcementGuidance = guidance('national-standards/09-enforcing-the-sentence');
const ns = (page: string) => guidance(`national-standards/${page}`);
const agreementType = guidance('information-sharing/choose-an-agreement-type');
const createAgreement = guidance('information-sharing/create-an-information-sharing-agreement');
const whenAgreementNeeded = guidance('information-sharing/when-this-framework-applies');
const chaplaincyGuidance = guidance('faith-and-probation/chaplaincy-in-prison');
const faithInCommunity = guidance('faith-and-probation/faith-in-the-community');
const shareReleaseLocally = guidance('release-information/share-release-information-locally');

export const searchQuestions: SearchQuestion[] = [
  {
    query: 'how long do I have to send a warning letter',
    expect: either(step('enforcement', 'sendWarningLetter'), enforcementGuidance),
  },
  {
    query: 'how many hours for an emergency recall',
    expect: either(step('enforcement', 'emergencyRecall'), enforcementGuidance),
  },
  {
    query: 'non-emergency recall 24 hours',
    expect: either(step('enforcement', 'nonEmergencyRecall'), enforcementGuidance),
  },
  {
    query: 'when must the breach be completed',
    expect: either(step('enforcement', 'completeBreach'), enforcementGuidance),
  },
  { query: 'summons issued by day 10', expect: either(step('enforcement', 'awaitSummons'), enforcementGuidance) },
  { query: 'who do I discuss recall with', expect: either(step('enforcement', 'considerRecall'), enforcementGuidance) },
  {
    query: 'record the rationale for accepting an absence',
    expect: either(step('enforcement', 'recordRationale'), enforcementGuidance),
  },
  {
    query: 'review the plan after recall',
    expect: either(/^\/guidance\/national-standards\/10-/, step('enforcement', 'reviewAssessmentAndPlan')),
  },
  {
    query: 'who signs a type 2 agreement',
    expect: either(step('information-sharing-agreement', 'decideAgreementType'), agreementType),
  },
  {
    query: 'type 1 agreement contact the data protection team',
    expect: either(step('information-sharing-agreement', 'contactDataProtectionTeam'), agreementType),
  },
  {
    query: 'DPIA screening questionnaire OneTrust',
    expect: either(step('information-sharing-agreement', 'screenForDpia'), createAgreement),
  },
  {
    query: 'existing share with no agreement',
    expect: either(step('information-sharing-agreement', 'recordOnRiskRegister'), createAgreement),
  },
  {
    query: 'how often is an information sharing agreement reviewed',
    expect: either(step('information-sharing-agreement', 'reviewAgreement'), createAgreement),
  },
  {
    query: 'Information Asset Register',
    expect: either(step('information-sharing-agreement', 'recordInInformationAssetRegister'), createAgreement),
  },
  {
    query: 'memorandum of understanding between government departments',
    expect: either(step('information-sharing-agreement', 'agreeMemorandumOfUnderstanding'), whenAgreementNeeded),
  },
  {
    query: 'data processor contract',
    expect: either(step('information-sharing-agreement', 'coverInContract'), agreementType),
  },
  {
    query: 'WASPI template in Wales',
    expect: either(step('information-sharing-agreement', 'completeAgreementTemplate'), agreementType),
  },
  {
    query: 'chaplain must see prisoner within 24 hours of reception',
    expect: either(step('chaplaincy-in-prison', 'seeWithin24Hours'), chaplaincyGuidance),
  },
  {
    query: 'how often does the chaplain see people on an ACCT',
    expect: either(step('chaplaincy-in-prison', 'duringCustody.acctVisits.visitPeopleOnAcct'), chaplaincyGuidance),
  },
  {
    query: 'segregation daily visits',
    expect: either(
      step('chaplaincy-in-prison', 'duringCustody.chaplaincyVisits.visitSegregationAndHealthcare'),
      chaplaincyGuidance,
    ),
  },
  {
    query: 'can chaplaincy read OMiC case notes',
    expect: either(
      step('chaplaincy-in-prison', 'duringCustody.sentenceManagement.liaiseAndRecord'),
      chaplaincyGuidance,
    ),
  },
  {
    query: 'PREVENT extremism faith',
    expect: either(
      step('chaplaincy-in-prison', 'duringCustody.sentenceManagement.(shareRiskInformation|weighPublicProtection)'),
      chaplaincyGuidance,
    ),
  },
  {
    query: 'is faith a protective factor in the sentence plan',
    expect: either(
      step('chaplaincy-in-prison', 'duringCustody.sentenceManagement.(assessFaith|includeFaithInPlan)'),
      chaplaincyGuidance,
    ),
  },
  {
    query: 'hand over to the COM Delius',
    expect: either(
      step('chaplaincy-in-prison', 'handOverToCom'),
      chaplaincyGuidance,
      ns('annex-b-omic-pom-responsible-cases'),
    ),
  },
  {
    query: 'Approved Premises referral form faith',
    expect: either(
      step('faith-in-approved-premises', 'readReferral'),
      step('chaplaincy-in-prison', 'referToApprovedPremises'),
      faithInCommunity,
    ),
  },
  {
    query: 'Welcome Directory',
    expect: either(step('faith-in-approved-premises', 'connectWithCommunity'), faithInCommunity),
  },
  {
    query: 'diet quiet space religious artefacts',
    expect: either(step('faith-in-approved-premises', 'meetResidentialNeeds'), faithInCommunity),
  },
  {
    query: 'worship in the community risk assessment',
    expect: either(step('faith-in-approved-premises', '(assessWorshipInCommunity|arrangeWorship)'), faithInCommunity),
  },
  // The map step that states the same registry timescale answers it too.
  {
    query: 'when must unpaid work start',
    expect:
      /^\/guidance\/national-standards\/0[45]-|^\/process-maps\/start-community-sentence\/\?step=startUnpaidWork#/,
  },
  {
    query: 'first appointment after release on licence',
    expect: either(
      /^\/guidance\/national-standards\/03-/,
      step('start-community-sentence', 'firstAppointmentAfterRelease'),
    ),
  },
  { query: 'home visit not possible record in nDelius', expect: /^\/guidance\/national-standards\/05-/ },
  {
    query: 'move on plan Approved Premises 10 working days',
    expect: either(ns('07-approved-premises'), step('approved-premises-referral', 'completeMoveOnPlan')),
  },
  {
    query: 'polygraph examination National Security Division',
    expect:
      /^\/guidance\/national-standards\/annex-a-|^\/process-maps\/nsd-supervision\/\?step=enhancedSupervision\.polygraphExaminations\./,
  },
  {
    query: 'POM supervision sessions first 12 weeks',
    expect: either(ns('annex-b-omic-pom-responsible-cases'), step('omic-handover', 'holdFirstSessions')),
  },
  {
    query: 'can a government department share with the police under section 14',
    expect: /^\/guidance\/information-sharing\/section-14-/,
  },
  {
    query: 'seven golden principles of information sharing',
    expect: /^\/guidance\/faith-and-probation\/share-information-/,
  },
  { query: 'what data items can police share with local authorities', expect: /^\/guidance\/release-information\// },
  {
    query: 'JIP data dissemination password protected zip',
    expect: /^\/guidance\/waspi-jip\/refer-and-request-data\//,
  },
  { query: 'Article 9 special category legal basis JIP', expect: /^\/guidance\/waspi-jip\/legal-basis-/ },
  {
    query: 'JIP request for someone who is not a JIP subject',
    expect: either(
      step('jip-information-sharing', '(checkRequest|requestRejected)'),
      guidance('waspi-jip/refer-and-request-data'),
    ),
  },
  { query: 'what does MAPPA stand for', expect: /^\/glossary\/#term-mappa$/ },
  { query: 'POM', expect: either(glossaryEntry('POM'), /^\/roles\/pom\/$/, ns('annex-b-omic-pom-responsible-cases')) },
  { query: 'release information protocol review every 3 years', expect: /^\/guidance\/release-information\// },
  // Staff words: the question uses the words staff use, not the source's (see src/content/staff-vocabulary.yaml).
  {
    query: 'tell the council about prisoners getting out of jail',
    expect: either(
      step('release-information-sharing', '(shareWithLocalAuthority|decideToShare|flagRelease)'),
      guidance('release-information/what-the-protocol-is-for'),
      shareReleaseLocally,
    ),
    kind: 'staff words',
  },
  {
    query: 'council housing help after release',
    expect: either(
      step('release-information-sharing', '(offerSupport|shareWithLocalAuthority|prioritise)'),
      shareReleaseLocally,
    ),
    kind: 'staff words',
  },
  {
    query: 'electronic tag licence condition',
    expect: either(
      ns('annex-a-national-security-division'),
      step('nsd-supervision', 'enhancedSupervision.electronicMonitoring.monitorElectronically'),
    ),
    kind: 'staff words',
  },
  {
    query: 'probation officer takes over from the prison before release',
    expect: either(
      step('omic-handover', 'comTakesResponsibility'),
      step('chaplaincy-in-prison', 'handOverToCom'),
      ns('annex-b-omic-pom-responsible-cases'),
      glossaryEntry('COM'),
    ),
    kind: 'staff words',
  },
  {
    query: 'offender missed appointment what now',
    expect: either(
      step('enforcement', '(failureToComply|sendWarningLetter|decideOnExplanation|decideEnforcementAction)'),
      enforcementGuidance,
    ),
    kind: 'staff words',
  },
  {
    query: 'did not attend warning',
    expect: either(step('enforcement', '(failureToComply|sendWarningLetter)'), enforcementGuidance),
    kind: 'staff words',
  },
  {
    query: 'sent back to prison emergency',
    expect: either(step('enforcement', '(emergencyRecall|considerRecall)'), enforcementGuidance),
    kind: 'staff words',
  },
  {
    query: 'bail hostel move on plan',
    expect: either(
      /^\/guidance\/national-standards\/07-/,
      /^\/glossary\/#term-ap$/,
      step('approved-premises-referral', '(prepareMoveOnPlan|completeMoveOnPlan|checkMoveOnAccommodation)'),
    ),
    kind: 'staff words',
  },
  {
    query: 'hostel resident faith needs',
    expect: either(
      step('faith-in-approved-premises', '(meetResidentialNeeds|readReferral|discussFaithInKeyWork)'),
      /^\/guidance\/faith-and-probation\//,
    ),
    kind: 'staff words',
  },
  {
    query: 'imam visits in the block',
    expect: either(
      step('chaplaincy-in-prison', 'duringCustody.chaplaincyVisits.visitSegregationAndHealthcare'),
      /^\/guidance\/faith-and-probation\//,
    ),
    kind: 'staff words',
  },
  {
    query: 'priest sees inmate on arrival in prison',
    expect: either(step('chaplaincy-in-prison', 'seeWithin24Hours'), /^\/guidance\/faith-and-probation\//),
    kind: 'staff words',
  },
  {
    query: 'when does community service have to start',
    expect: either(ns('05-delivering-the-sentence'), step('start-community-sentence', 'startUnpaidWork')),
    kind: 'staff words',
  },
  {
    query: 'data sharing agreement with another organization',
    expect: either(
      createAgreement,
      whenAgreementNeeded,
      mapPage('information-sharing-agreement'),
      glossaryEntry('ISA'),
    ),
    kind: 'staff words',
  },
  {
    query: 'MOU with another government department',
    expect: either(step('information-sharing-agreement', 'agreeMemorandumOfUnderstanding'), whenAgreementNeeded),
    kind: 'staff words',
  },
  {
    query: 'GDPR new share screening',
    expect: either(
      step('information-sharing-agreement', '(screenForDpia|chooseAssessment|completeDpia)'),
      createAgreement,
    ),
    kind: 'staff words',
  },
  {
    query: 'house visit before first meeting',
    expect: /^\/guidance\/national-standards\/0[35]-/,
    kind: 'staff words',
  },
  {
    query: 'victim contact scheme',
    expect: ns('06-victims'),
    kind: 'staff words',
  },
  { query: 'list of deadlines', expect: /^\/timescales\/$/, kind: 'staff words' },
  { query: 'all the deadlines', expect: /^\/timescales\/$/, kind: 'staff words' },
  { query: 'time limits for everything', expect: /^\/timescales\/$/, kind: 'staff words' },
  { query: 'work out a date', expect: /^\/tools\/deadlines\/$/, kind: 'staff words' },
  { query: 'count working days skipping bank holidays', expect: /^\/tools\/deadlines\/$/, kind: 'staff words' },
  { query: 'practise enforcement', expect: mapPage('enforcement'), kind: 'staff words' },
  {
    query: 'test yourself on chaplaincy',
    expect: mapPage('chaplaincy-in-prison'),
    kind: 'staff words',
  },
  {
    query: 'show the team the enforcement process on a projector',
    expect: mapPage('enforcement'),
    kind: 'staff words',
  },
  { query: 'training for a new POM where to start', expect: /^\/learn\/$/, kind: 'staff words' },
  { query: 'jargon and abbreviations', expect: /^\/glossary\/$/, kind: 'staff words' },
  {
    query: 'reporting after release how often',
    expect: either(
      /^\/guidance\/national-standards\/0[35]-/,
      step('start-community-sentence', '(firstAppointmentAfterRelease|superviseMonthly)'),
    ),
    kind: 'staff words',
  },

  // Misspelt: a word is spelt the way it often is when typed in a hurry.
  {
    query: 'recal within 24 hours',
    expect: either(step('enforcement', '(nonEmergencyRecall|emergencyRecall)'), enforcementGuidance),
    kind: 'misspelt',
  },
  {
    query: 'emergancy recall',
    expect: either(step('enforcement', 'emergencyRecall'), enforcementGuidance),
    kind: 'misspelt',
  },
  {
    query: 'chaplin see new prisoner',
    expect: either(step('chaplaincy-in-prison', 'seeWithin24Hours'), chaplaincyGuidance),
    kind: 'misspelt',
  },
  {
    query: 'warnig letter',
    expect: either(step('enforcement', 'sendWarningLetter'), enforcementGuidance),
    kind: 'misspelt',
  },
  {
    query: 'breech action',
    expect: either(step('enforcement', '(completeBreach|decideEnforcementAction)'), enforcementGuidance),
    kind: 'misspelt',
  },
  { query: 'sumons court', expect: either(step('enforcement', 'awaitSummons'), enforcementGuidance), kind: 'misspelt' },
  {
    query: 'segragation visits',
    expect: either(
      step('chaplaincy-in-prison', 'duringCustody.chaplaincyVisits.visitSegregationAndHealthcare'),
      chaplaincyGuidance,
    ),
    kind: 'misspelt',
  },
  {
    query: 'aproved premises move on plan',
    expect: either(
      ns('07-approved-premises'),
      step('approved-premises-referral', '(prepareMoveOnPlan|completeMoveOnPlan)'),
    ),
    kind: 'misspelt',
  },
  {
    query: 'polygrph examination',
    expect: either(
      /^\/guidance\/national-standards\/annex-a-/,
      step('nsd-supervision', 'enhancedSupervision.polygraphExaminations.[a-zA-Z]+'),
    ),
    kind: 'misspelt',
  },
  {
    query: 'memorandum of understnading',
    expect: either(step('information-sharing-agreement', 'agreeMemorandumOfUnderstanding'), whenAgreementNeeded),
    kind: 'misspelt',
  },
  {
    query: 'signatery for a type 2 agreement',
    expect: either(
      step('information-sharing-agreement', '(decideAgreementType|signatoryDecides|presentRisksToSignatory)'),
      agreementType,
    ),
    kind: 'misspelt',
  },
  {
    query: 'informaton asset register',
    expect: either(step('information-sharing-agreement', 'recordInInformationAssetRegister'), createAgreement),
    kind: 'misspelt',
  },
  {
    query: 'welcom directory',
    expect: either(step('faith-in-approved-premises', 'connectWithCommunity'), faithInCommunity),
    kind: 'misspelt',
  },
  {
    query: 'relese information local authority',
    expect: either(
      mapPage('release-information-sharing'),
      guidance('release-information/what-the-protocol-is-for'),
      shareReleaseLocally,
    ),
    kind: 'misspelt',
  },
  {
    query: 'sentance plan faith',
    expect: either(
      step('chaplaincy-in-prison', 'duringCustody.sentenceManagement.(assessFaith|includeFaithInPlan)'),
      chaplaincyGuidance,
    ),
    kind: 'misspelt',
  },
  {
    query: 'unpayed work',
    expect: either(
      ns('05-delivering-the-sentence'),
      step('start-community-sentence', '(startUnpaidWork|assessUnpaidWork)'),
    ),
    kind: 'misspelt',
  },
  {
    query: 'safegaurding children',
    expect: either(ns('02-advice-to-court'), ns('05-delivering-the-sentence'), ns('08-risk-management')),
    kind: 'misspelt',
  },
  {
    query: 'faith leader support in the community after prison',
    expect: either(
      faithInCommunity,
      step('faith-in-approved-premises', '(connectWithCommunity|offerCommunitySupport)'),
    ),
    kind: 'staff words',
  },
  {
    query: 'offender supervisor sessions in the first weeks',
    expect: either(ns('annex-b-omic-pom-responsible-cases'), step('omic-handover', 'holdFirstSessions')),
    kind: 'staff words',
  },
  {
    query: 'service user risk of harm assessment',
    expect: /^\/guidance\/national-standards\/0[48]-/,
    kind: 'staff words',
  },
  { query: 'report for the magistrates', expect: /^\/guidance\/national-standards\/02-/, kind: 'staff words' },
  {
    query: 'dpia screenning questionnaire',
    expect: either(step('information-sharing-agreement', 'screenForDpia'), createAgreement),
    kind: 'misspelt',
  },
  { query: 'POM role', expect: either(/^\/roles\/pom\/$/, glossaryEntry('POM')), kind: 'staff words' },
  { query: 'my role', expect: /^\/roles\/$/, kind: 'staff words' },
  {
    query: 'step by step community order',
    expect: /^\/journeys\/supervise-a-community-order\/$/,
    kind: 'staff words',
  },
  {
    query: 'step by step comunity order',
    expect: /^\/journeys\/supervise-a-community-order\/$/,
    kind: 'misspelt',
  },
  { query: 'custody to community', expect: /^\/journeys\/from-custody-to-the-community\/$/ },
  {
    query: 'vicitm liaison',
    expect: either(ns('06-victims'), glossaryEntry('VLO')),
    kind: 'misspelt',
  },
];
