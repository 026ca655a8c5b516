// A view of the site for each role: the maps a role acts in with that role's own steps, and the guidance written for
// it. Derived from the machines' lanes and the content's front matter, never listed by hand.
import { stepsInOrder, type ProcessModel, type Step } from './process-map/model';
import { isRoleStated, roleIds, roles, type RoleId } from './roles';
import { joinSentences } from './sentences';

export interface MapForRoles {
  id: string;
  title: string;
  model: ProcessModel;
}

/** The maps in which the role does at least one step, each with exactly the steps in the role's lane, by number. */
export function stepsOfRole(maps: MapForRoles[], role: RoleId): { map: MapForRoles; steps: Step[] }[] {
  return maps
    .map((map) => ({ map, steps: stepsInOrder(map.model.steps).filter((step) => step.meta.lane === role) }))
    .filter(({ steps }) => steps.length > 0);
}

/** How many map steps, across every map, are in the role's lane. */
export function stepCountOfRole(maps: MapForRoles[], role: RoleId): number {
  return stepsOfRole(maps, role).reduce((total, { steps }) => total + steps.length, 0);
}

/**
 * Every role that has a lane in a map or is named as an audience in the content, in the order of src/lib/roles.ts.
 * "Not stated in the source" is not a role: its steps have their own page.
 */
export function rolesInUse(maps: MapForRoles[], audiences: readonly (readonly RoleId[])[]): RoleId[] {
  const used = new Set<RoleId>([
    ...maps.flatMap((map) => map.model.steps.map((step) => step.meta.lane)),
    ...audiences.flat(),
  ]);
  return roleIds.filter((role) => used.has(role) && isRoleStated(role));
}

/**
 * Who is involved in a map: the roles that do its steps, in the order they first act, and apart from them the steps
 * whose source does not say who does them (in flow order), so that "not stated" is never listed as if it were a role.
 */
export function involvement(model: ProcessModel): { roles: RoleId[]; unstatedSteps: Step[] } {
  return {
    roles: model.lanes.filter(isRoleStated),
    unstatedSteps: stepsInOrder(model.steps).filter((step) => !isRoleStated(step.meta.lane)),
  };
}

/** "The source does not say who does 3 of the 24 steps": the words every view uses beside the roles involved. */
export function unstatedStepsWords(model: ProcessModel): string | undefined {
  const count = involvement(model).unstatedSteps.length;
  return count ? `The source does not say who does ${count} of the ${model.steps.length} steps` : undefined;
}

/** "POM, COM. The source does not say who does 3 of the 24 steps.": who is involved, as one line of text. */
export function involvementWords(model: ProcessModel): string {
  return joinSentences(
    involvement(model)
      .roles.map((role) => roles[role])
      .join(', '),
    unstatedStepsWords(model),
  );
}

export const roleHref = (role: RoleId) => `/roles/${role}/`;
