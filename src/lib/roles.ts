// The roles that appear in guidance audiences and process-map lanes, named as staff name them.
export const roles = {
  pom: 'Prison Offender Manager (POM)',
  com: 'Community Offender Manager (COM) / probation practitioner',
  spo: 'Senior Probation Officer (SPO)',
  pso: 'Probation Services Officer (PSO)',
  omu: 'Offender Management Unit (OMU)',
  'prison-staff': 'Prison staff',
  governor: 'Governor or Director',
  chaplain: 'Prison chaplain',
  'managing-chaplain': 'Managing chaplain',
  'community-chaplaincy': 'Community chaplaincy',
  'faith-community': 'Faith community',
  'ap-staff': 'Approved Premises staff and key worker',
  'probation-staff': 'Probation staff',
  'court-team': 'Probation court team',
  'victim-liaison': 'Victim Liaison Officer (VLO)',
  nsd: 'National Security Division (NSD)',
  'data-protection-team': 'Data protection team',
  'information-asset-owner': 'Information Asset Owner (IAO)',
  signatory: 'Agreement signatory',
  siro: 'Senior Information Risk Owner (SIRO)',
  'data-requester': 'Business lead requesting the data share',
  police: 'Police',
  'local-authority': 'Local authority',
  'community-safety-partnership': 'Community Safety Partnership (CSP)',
  'jip-analyst': 'Joint Intelligence Programme analyst',
  'partner-agency': 'Partner agency',
  'person-on-probation': 'Person on probation or prisoner',
  'manage-pom-cases': 'Manage POM Cases service (MPC)',
  'crs-provider': 'Commissioned Rehabilitative Services (CRS) provider',
  mappa: 'Multi-Agency Public Protection Arrangements (MAPPA)',
  // A lane for steps whose source names no one: the map says so rather than choosing a role.
  'not-stated': 'Not stated in the source',
} as const;

export type RoleId = keyof typeof roles;
export const roleIds = Object.keys(roles) as [RoleId, ...RoleId[]];

/** False for a step whose source does not say who does it: the quiz must not ask "who does this?" about it. */
export function isRoleStated(role: RoleId): boolean {
  return role !== 'not-stated';
}

/** Who does a step, in words: its role's name, or, plainly, that the source does not say. */
export function stepRoleWords(role: RoleId): string {
  return isRoleStated(role) ? roles[role] : 'The source does not say who does this';
}
