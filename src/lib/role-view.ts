// A view of the site for each role: the maps a role acts in with that role's own steps, and the guidance written for
// it. Derived from the machines' lanes and the content's front matter, never listed by hand.
import type { ProcessModel, Step } from './process-map/model';
import { roleIds, type RoleId } from './roles';

export interface MapForRoles {
  id: string;
  title: string;
  model: ProcessModel;
}

/** The maps in which the role does at least one step, each with exactly the steps in the role's lane, in map order. */
export function stepsOfRole(maps: MapForRoles[], role: RoleId): { map: MapForRoles; steps: Step[] }[] {
  return maps
    .map((map) => ({ map, steps: map.model.steps.filter((step) => step.meta.lane === role) }))
    .filter(({ steps }) => steps.length > 0);
}

/** Every role that has a lane in a map or is named as an audience in the content, in the order of src/lib/roles.ts. */
export function rolesInUse(maps: MapForRoles[], audiences: readonly (readonly RoleId[])[]): RoleId[] {
  const used = new Set<RoleId>([
    ...maps.flatMap((map) => map.model.steps.map((step) => step.meta.lane)),
    ...audiences.flat(),
  ]);
  return roleIds.filter((role) => used.has(role));
}

export const roleHref = (role: RoleId) => `/roles/${role}/`;
