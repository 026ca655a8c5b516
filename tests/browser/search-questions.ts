// Questions staff really ask, written from the source documents, each with the page or step that must come in the top three.
export interface SearchQuestion {
  query: string;
  /** What the answer's address must match. */
  expect: RegExp;
}

const step = (map: string, path: string) => new RegExp(`^/process-maps/${map}/\\?step=${path}(#|$)`);
const either = (...patterns: RegExp[]) => new RegExp(patterns.map((pattern) => `(${pattern.source})`).join('|'));
const enforcementGuidance = /^\/guidance\/national-standards\/09-/;

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
    expect: either(step('information-sharing-agreement', 'decideAgreementType'), /^\/guidance\/information-sharing\//),
  },
  {
    query: 'type 1 agreement contact the data protection team',
    expect: either(
      step('information-sharing-agreement', 'contactDataProtectionTeam'),
      /^\/guidance\/information-sharing\//,
    ),
  },
  {
    query: 'DPIA screening questionnaire OneTrust',
    expect: either(step('information-sharing-agreement', 'screenForDpia'), /^\/guidance\/information-sharing\//),
  },
  {
    query: 'existing share with no agreement',
    expect: either(step('information-sharing-agreement', 'recordOnRiskRegister'), /^\/guidance\/information-sharing\//),
  },
  {
    query: 'how often is an information sharing agreement reviewed',
    expect: either(step('information-sharing-agreement', 'reviewAgreement'), /^\/guidance\/information-sharing\//),
  },
  {
    query: 'Information Asset Register',
    expect: either(
      step('information-sharing-agreement', 'recordInInformationAssetRegister'),
      /^\/guidance\/information-sharing\//,
    ),
  },
  {
    query: 'memorandum of understanding between government departments',
    expect: either(
      step('information-sharing-agreement', 'agreeMemorandumOfUnderstanding'),
      /^\/guidance\/information-sharing\//,
    ),
  },
  {
    query: 'data processor contract',
    expect: either(step('information-sharing-agreement', 'coverInContract'), /^\/guidance\/information-sharing\//),
  },
  {
    query: 'WASPI template in Wales',
    expect: either(
      step('information-sharing-agreement', 'completeAgreementTemplate'),
      /^\/guidance\/(information-sharing|waspi-jip)\//,
    ),
  },
  {
    query: 'chaplain must see prisoner within 24 hours of reception',
    expect: either(step('chaplaincy-in-prison', 'seeWithin24Hours'), /^\/guidance\/faith-and-probation\//),
  },
  {
    query: 'how often does the chaplain see people on an ACCT',
    expect: either(
      step('chaplaincy-in-prison', 'duringCustody.acctVisits.visitPeopleOnAcct'),
      /^\/guidance\/faith-and-probation\//,
    ),
  },
  {
    query: 'segregation daily visits',
    expect: either(
      step('chaplaincy-in-prison', 'duringCustody.chaplaincyVisits.visitSegregationAndHealthcare'),
      /^\/guidance\/faith-and-probation\//,
    ),
  },
  {
    query: 'can chaplaincy read OMiC case notes',
    expect: either(
      step('chaplaincy-in-prison', 'duringCustody.sentenceManagement.liaiseAndRecord'),
      /^\/guidance\/faith-and-probation\//,
    ),
  },
  {
    query: 'PREVENT extremism faith',
    expect: either(
      step('chaplaincy-in-prison', 'duringCustody.sentenceManagement.(shareRiskInformation|weighPublicProtection)'),
      /^\/guidance\/faith-and-probation\//,
    ),
  },
  {
    query: 'is faith a protective factor in the sentence plan',
    expect: either(
      step('chaplaincy-in-prison', 'duringCustody.sentenceManagement.(assessFaith|includeFaithInPlan)'),
      /^\/guidance\/faith-and-probation\//,
    ),
  },
  {
    query: 'hand over to the COM Delius',
    expect: either(
      step('chaplaincy-in-prison', 'handOverToCom'),
      /^\/guidance\/(faith-and-probation|national-standards)\//,
    ),
  },
  {
    query: 'Approved Premises referral form faith',
    expect: either(
      step('faith-in-approved-premises', 'readReferral'),
      step('chaplaincy-in-prison', 'referToApprovedPremises'),
      /^\/guidance\/faith-and-probation\//,
    ),
  },
  {
    query: 'Welcome Directory',
    expect: either(
      step('faith-in-approved-premises', 'connectWithCommunity'),
      /^\/guidance\/faith-and-probation\//,
      /^\/glossary\//,
    ),
  },
  {
    query: 'diet quiet space religious artefacts',
    expect: either(step('faith-in-approved-premises', 'meetResidentialNeeds'), /^\/guidance\/faith-and-probation\//),
  },
  {
    query: 'worship in the community risk assessment',
    expect: either(
      step('faith-in-approved-premises', '(assessWorshipInCommunity|arrangeWorship)'),
      /^\/guidance\/faith-and-probation\//,
    ),
  },
  // The map step that states the same registry timescale answers it too.
  {
    query: 'when must unpaid work start',
    expect:
      /^\/guidance\/national-standards\/0[45]-|^\/process-maps\/start-community-sentence\/\?step=startUnpaidWork#/,
  },
  { query: 'first appointment after release on licence', expect: /^\/guidance\/national-standards\/03-/ },
  { query: 'home visit not possible record in nDelius', expect: /^\/guidance\/national-standards\/05-/ },
  { query: 'move on plan Approved Premises 10 working days', expect: /^\/guidance\/national-standards\/07-/ },
  {
    query: 'polygraph examination National Security Division',
    expect:
      /^\/guidance\/national-standards\/annex-a-|^\/process-maps\/nsd-supervision\/\?step=enhancedSupervision\.polygraphExaminations\./,
  },
  { query: 'POM supervision sessions first 12 weeks', expect: /^\/guidance\/national-standards\/annex-b-/ },
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
    expect: either(step('jip-information-sharing', '(checkRequest|requestRejected)'), /^\/guidance\/waspi-jip\//),
  },
  { query: 'what does MAPPA stand for', expect: /^\/glossary\/#term-mappa$/ },
  { query: 'POM', expect: either(/^\/glossary\/#term-pom$/, /^\/guidance\//) },
  { query: 'release information protocol review every 3 years', expect: /^\/guidance\/release-information\// },
];
