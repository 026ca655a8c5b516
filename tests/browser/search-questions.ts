// Questions staff really ask, written from the source documents, each with the page or step that must come in the top three.
export interface SearchQuestion {
  query: string;
  /** What the answer's address must match. */
  expect: RegExp;
  /** How the question is worded: in staff words rather than the source's, or misspelt. */
  kind?: 'staff words' | 'misspelt';
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
  {
    query: 'first appointment after release on licence',
    expect: either(
      /^\/guidance\/national-standards\/03-/,
      step('start-community-sentence', 'firstAppointmentAfterRelease'),
    ),
  },
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
  // Staff words: the question uses the words staff use, not the source's (see src/content/staff-vocabulary.yaml).
  {
    query: 'tell the council about prisoners getting out of jail',
    expect: either(
      step('release-information-sharing', '(shareWithLocalAuthority|decideToShare|flagRelease)'),
      /^\/guidance\/release-information\//,
    ),
    kind: 'staff words',
  },
  {
    query: 'council housing help after release',
    expect: either(
      step('release-information-sharing', '(offerSupport|shareWithLocalAuthority|prioritise)'),
      /^\/guidance\/release-information\//,
    ),
    kind: 'staff words',
  },
  {
    query: 'electronic tag licence condition',
    expect: /^\/(guidance\/national-standards\/|glossary\/#term-em)/,
    kind: 'staff words',
  },
  {
    query: 'probation officer takes over from the prison before release',
    expect: either(
      step('chaplaincy-in-prison', 'handOverToCom'),
      /^\/guidance\/national-standards\/annex-b-/,
      /^\/glossary\/#term-com$/,
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
    expect: /^\/guidance\/national-standards\/0[45]-/,
    kind: 'staff words',
  },
  {
    query: 'data sharing agreement with another organization',
    expect: either(
      /^\/guidance\/information-sharing\//,
      /^\/process-maps\/information-sharing-agreement\//,
      /^\/glossary\/#term-isa$/,
    ),
    kind: 'staff words',
  },
  {
    query: 'MOU with another government department',
    expect: either(
      step('information-sharing-agreement', 'agreeMemorandumOfUnderstanding'),
      /^\/guidance\/information-sharing\//,
    ),
    kind: 'staff words',
  },
  {
    query: 'GDPR new share screening',
    expect: either(
      step('information-sharing-agreement', '(screenForDpia|chooseAssessment|completeDpia)'),
      /^\/guidance\/information-sharing\//,
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
    expect: either(/^\/guidance\/national-standards\/06-/, /^\/glossary\//),
    kind: 'staff words',
  },
  { query: 'list of deadlines', expect: /^\/timescales\/$/, kind: 'staff words' },
  { query: 'all the deadlines', expect: /^\/timescales\/$/, kind: 'staff words' },
  { query: 'time limits for everything', expect: /^\/timescales\/$/, kind: 'staff words' },
  { query: 'work out a date', expect: /^\/tools\/deadlines\/$/, kind: 'staff words' },
  { query: 'count working days skipping bank holidays', expect: /^\/tools\/deadlines\/$/, kind: 'staff words' },
  { query: 'practise enforcement', expect: /^\/process-maps\/enforcement\/quiz\/$/, kind: 'staff words' },
  {
    query: 'test yourself on chaplaincy',
    expect: /^\/process-maps\/chaplaincy-in-prison\/quiz\/$/,
    kind: 'staff words',
  },
  {
    query: 'show the team the enforcement process on a projector',
    expect: /^\/process-maps\/enforcement\/present\/$/,
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
    expect: either(step('chaplaincy-in-prison', 'seeWithin24Hours'), /^\/guidance\/faith-and-probation\//),
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
      /^\/guidance\/faith-and-probation\//,
    ),
    kind: 'misspelt',
  },
  { query: 'aproved premises move on plan', expect: /^\/guidance\/national-standards\/07-/, kind: 'misspelt' },
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
    expect: either(
      step('information-sharing-agreement', 'agreeMemorandumOfUnderstanding'),
      /^\/guidance\/information-sharing\//,
    ),
    kind: 'misspelt',
  },
  {
    query: 'signatery for a type 2 agreement',
    expect: either(
      step('information-sharing-agreement', '(decideAgreementType|signatoryDecides|presentRisksToSignatory)'),
      /^\/guidance\/information-sharing\//,
    ),
    kind: 'misspelt',
  },
  {
    query: 'informaton asset register',
    expect: either(
      step('information-sharing-agreement', 'recordInInformationAssetRegister'),
      /^\/guidance\/information-sharing\//,
    ),
    kind: 'misspelt',
  },
  {
    query: 'welcom directory',
    expect: either(
      step('faith-in-approved-premises', 'connectWithCommunity'),
      /^\/guidance\/faith-and-probation\//,
      /^\/glossary\//,
    ),
    kind: 'misspelt',
  },
  {
    query: 'relese information local authority',
    expect: either(/^\/process-maps\/release-information-sharing\//, /^\/guidance\/release-information\//),
    kind: 'misspelt',
  },
  {
    query: 'sentance plan faith',
    expect: either(
      step('chaplaincy-in-prison', 'duringCustody.sentenceManagement.(assessFaith|includeFaithInPlan)'),
      /^\/guidance\/(faith-and-probation|national-standards)\//,
    ),
    kind: 'misspelt',
  },
  {
    query: 'unpayed work',
    expect: either(
      /^\/guidance\/national-standards\/0[45]-/,
      step('start-community-sentence', '(startUnpaidWork|assessUnpaidWork)'),
    ),
    kind: 'misspelt',
  },
  { query: 'safegaurding children', expect: /^\/guidance\//, kind: 'misspelt' },
  {
    query: 'faith leader support in the community after prison',
    expect: either(/^\/guidance\/faith-and-probation\//, /^\/process-maps\/faith-in-approved-premises\//),
    kind: 'staff words',
  },
  {
    query: 'offender supervisor sessions in the first weeks',
    expect: /^\/guidance\/national-standards\/annex-b-/,
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
    expect: either(step('information-sharing-agreement', 'screenForDpia'), /^\/guidance\/information-sharing\//),
    kind: 'misspelt',
  },
  { query: 'POM role', expect: either(/^\/roles\/pom\/$/, /^\/glossary\//), kind: 'staff words' },
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
    expect: either(/^\/guidance\/national-standards\/06-/, /^\/glossary\//),
    kind: 'misspelt',
  },
];
