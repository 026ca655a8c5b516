// The registry: every process that has a map on the site. Pages are generated from this list.
import type { AnyStateMachine } from 'xstate';
import type { RoleId } from '../lib/roles';
import type { FrameworkId } from '../lib/schemas';
import { enforcement } from './enforcement';

export interface ProcessDefinition {
  id: string;
  title: string;
  summary: string;
  framework: FrameworkId;
  roles: RoleId[];
  machine: AnyStateMachine;
}

export const processes: ProcessDefinition[] = [
  {
    id: 'enforcement',
    title: 'Enforcement of orders and licences',
    summary:
      'What to do when a person on probation fails to comply with a community order, suspended sentence order, post-sentence supervision or licence: letters, decisions, breach and recall, with their deadlines.',
    framework: 'national-standards',
    roles: ['com', 'spo', 'person-on-probation', 'court-team'],
    machine: enforcement,
  },
];

export function processById(id: string): ProcessDefinition | undefined {
  return processes.find((process) => process.id === id);
}
