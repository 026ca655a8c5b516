// Which roles each source document names, with the section and the document's own words: a map step may only be
// given to a role that a source it cites names (or to "not stated"), so no map invents a role the sources never use.
import type { ProcessModel } from './process-map/model';
import { roles, type RoleId } from './roles';
import type { FrameworkId } from './schemas';

export interface RoleNaming {
  role: Exclude<RoleId, 'not-stated'>;
  /** The section of the source where the role is named, as the site cites it. */
  section: string;
  /** The source's own words naming the role, copied exactly (a test finds them in the document's text). */
  words: string;
}

/** Per framework, the roles its document names. Add a role here only with the words and section that name it. */
export const rolesNamedIn: Record<FrameworkId, RoleNaming[]> = {
  'faith-and-probation': [
    { role: 'chaplain', section: '4.1', words: 'prison chaplains carry out a range of statutory responsibilities' },
    {
      role: 'managing-chaplain',
      section: 'Approved Premises and Faith',
      words: 'contact details of managing chaplains',
    },
    { role: 'pom', section: '4.1.2', words: 'Prison Offender Manager (POM)' },
    { role: 'com', section: '4.1.2', words: 'Community Offender Manager (COM)' },
    { role: 'omu', section: '4.1.2', words: 'Offender Management Units will be managed and led' },
    { role: 'spo', section: '4.1.2', words: 'Senior Probation Officer(s)' },
    { role: 'prison-staff', section: '4.1.2', words: 'prison staff (for Tiers C & D)' },
    { role: 'probation-staff', section: 'Background', words: 'guide Probation staff in Approved Premises' },
    { role: 'ap-staff', section: 'Approved Premises and Faith', words: 'Approved Premises staff can access the list' },
    { role: 'community-chaplaincy', section: 'Community Chaplaincy projects', words: 'Community Chaplaincy projects' },
    {
      role: 'faith-community',
      section: 'Approved Premises and Faith',
      words: 'community chaplaincy projects and faith communities',
    },
    { role: 'mappa', section: '4.1.1', words: 'MAPPA (Multi Agency Public Protection Arrangements)' },
    { role: 'person-on-probation', section: 'Policy Position Statement', words: 'people on probation' },
  ],
  'information-sharing': [
    { role: 'data-requester', section: '4.1', words: 'Any party wishing to initiate information sharing with HMPPS' },
    { role: 'signatory', section: '4.1', words: 'The agreement signatory is responsible' },
    { role: 'information-asset-owner', section: '3.3', words: 'Information Asset Owners (IAOs)' },
    { role: 'siro', section: '3.3', words: 'Senior Information Risk Owner (SIRO)' },
    { role: 'data-protection-team', section: '3.2', words: 'MOJ Data Protection Team' },
    { role: 'governor', section: '3.5', words: 'Establishment Governor/Director (Private Prisons only)' },
  ],
  'release-information': [
    {
      role: 'police',
      section: 'Amendment: Restrictions and requirements on Police',
      words: 'It is the responsibility of the Police',
    },
    {
      role: 'local-authority',
      section: 'Nature and Purpose of the Protocol',
      words: 'sharing information with local authorities about prisoner releases',
    },
    { role: 'community-safety-partnership', section: 'Background', words: 'Community Safety Partnerships (CSPs)' },
  ],
  'waspi-jip': [
    { role: 'jip-analyst', section: 'Appendix B', words: 'HMPPS JIP Team' },
    { role: 'partner-agency', section: 'Appendix B', words: 'referred by any of the partner agencies' },
    { role: 'police', section: 'Appendix B', words: 'LEA Police representative' },
    {
      role: 'prison-staff',
      section: 'Appendix B',
      words: 'HMPPS Prison Staff (intelligence Analyst/Head of Security)',
    },
    { role: 'pom', section: 'Appendix A', words: 'Prison Offender Manager/Offender manager (Probation Practitioner)' },
    { role: 'com', section: 'Appendix A', words: 'Offender manager (Probation Practitioner)' },
  ],
  'national-standards': [
    { role: 'com', section: '4.3.6', words: 'Probation Practitioner (Community Offender Manager' },
    { role: 'pom', section: '3.2', words: 'Prison Offender Manager (POM)' },
    { role: 'spo', section: '3.1', words: 'Senior Probation Officers (SPOs)' },
    { role: 'person-on-probation', section: '1.1', words: 'person on probation' },
    { role: 'mappa', section: '1.1', words: 'Multi-Agency Public Protection Arrangements (MAPPA)' },
    { role: 'nsd', section: 'Annex A', words: 'National Security Division' },
    { role: 'manage-pom-cases', section: 'Annex B', words: 'Manage POM Cases Service (MPCs)' },
    { role: 'crs-provider', section: '5.1', words: 'CRS providers' },
    { role: 'victim-liaison', section: '4.2', words: 'the allocated Victim Liaison Officer' },
  ],
};

/** True when the framework's document names the role ("not stated" is always allowed: it names no one). */
export function isRoleNamedIn(framework: FrameworkId, role: RoleId): boolean {
  return role === 'not-stated' || rolesNamedIn[framework].some((naming) => naming.role === role);
}

const whatToDo =
  'Give the step to a role that source names, or to "not-stated" if it names no one; if the source does name ' +
  'the role, add it to src/lib/roles-in-sources.ts with the section and the source’s own words.';

/** Every step of a map whose lane no source it cites names: one message each, naming map, step and what to do. */
export function lanesNotNamedInSources(model: ProcessModel): string[] {
  return model.steps.flatMap((step) => {
    const cited = [...new Set(step.meta.source.map((citation) => citation.framework))];
    if (cited.some((framework) => isRoleNamedIn(framework, step.meta.lane))) return [];
    const citations = step.meta.source.map(({ framework, section }) => `${framework} ${section}`).join('; ');
    return [
      `map "${model.id}", step "${step.path}" (“${step.meta.title}”): its lane "${step.meta.lane}" ` +
        `(${roles[step.meta.lane]}) is not a role named by the source it cites (${citations}). ${whatToDo}`,
    ];
  });
}
