// The data every role page reads, loaded once: the maps' models, the guidance and the framework overviews.
import { getCollection } from 'astro:content';
import { describeMachine } from '../../lib/process-map/model';
import { rolesInUse, type MapForRoles } from '../../lib/role-view';
import { processes } from '../../machines';

export async function loadRoleData() {
  const [guidance, frameworks] = await Promise.all([getCollection('guidance'), getCollection('frameworks')]);
  const maps: MapForRoles[] = processes.map((process) => ({
    id: process.id,
    title: process.title,
    model: describeMachine(process.machine),
  }));
  const roles = rolesInUse(maps, [
    ...guidance.map((entry) => entry.data.roles),
    ...frameworks.map((framework) => framework.data.audience),
  ]);
  return { guidance, frameworks, maps, roles };
}
