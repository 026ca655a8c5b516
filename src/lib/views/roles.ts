// The view models of the role pages: every role the maps and guidance name, and one role's steps and guidance.
import { pagesOf } from '../content/guidance';
import { rolesInUse, stepCountOfRole, stepsOfRole, type MapForRoles } from '../role-view';
import type { RoleId } from '../roles';
import { siteData } from '../site-data/load';

async function roleData() {
  const data = await siteData();
  const maps: MapForRoles[] = data.maps.map(({ id, title, model }) => ({ id, title, model }));
  const roles = rolesInUse(maps, [
    ...data.guidance.map((entry) => entry.data.roles),
    ...data.frameworks.map((framework) => framework.data.audience),
  ]);
  return { ...data, maps, roles };
}

export async function rolePaths() {
  const { roles } = await roleData();
  return roles.map((role) => ({ params: { role }, props: { role } }));
}

/** Each role with how many map steps and guidance pages are theirs, and how many steps no source gives a role. */
export async function rolesIndexView() {
  const { guidance, maps, roles } = await roleData();
  return {
    unstatedCount: stepCountOfRole(maps, 'not-stated'),
    rows: roles.map((role) => ({
      role,
      steps: stepCountOfRole(maps, role),
      pages: guidance.filter((entry) => entry.data.roles.includes(role)).length,
    })),
  };
}

/** One role's steps, map by map, and the frameworks with guidance for it (or naming it in their audience). */
export async function rolePageView(role: RoleId) {
  const { guidance, frameworks, maps } = await roleData();
  return {
    maps: stepsOfRole(maps, role),
    frameworks: frameworks
      .map((framework) => ({
        framework,
        pages: pagesOf(guidance, framework.id).filter((entry) => entry.data.roles.includes(role)),
      }))
      .filter(({ framework, pages }) => pages.length > 0 || framework.data.audience.includes(role)),
  };
}

/** The steps whose source does not say who does them. */
export async function notStatedView() {
  const { maps } = await roleData();
  return { maps: stepsOfRole(maps, 'not-stated'), count: stepCountOfRole(maps, 'not-stated') };
}
