import { describe, expect, it } from 'vitest';
import { describeMachine } from '../../src/lib/process-map/model';
import { involvement, involvementWords, rolesInUse, stepsOfRole } from '../../src/lib/role-view';
import { roles } from '../../src/lib/roles';
import { processes } from '../../src/machines';

const maps = processes.map((process) => ({
  id: process.id,
  title: process.title,
  model: describeMachine(process.machine),
}));

describe('who is involved in a map', () => {
  it.each(maps)('$id lists only roles, with every step either in a listed role or named as unstated', ({ model }) => {
    const { roles: involved, unstatedSteps } = involvement(model);
    expect(involved).not.toContain('not-stated');
    for (const step of model.steps)
      if (step.meta.lane === 'not-stated') expect(unstatedSteps).toContain(step);
      else expect(involved).toContain(step.meta.lane);
  });

  it('says plainly how many enforcement steps have no role in the source, after the roles', () => {
    const model = maps.find((map) => map.id === 'enforcement')!.model;
    const unstated = model.steps.filter((step) => step.meta.lane === 'not-stated').length;
    expect(unstated).toBeGreaterThan(0);
    const words = involvementWords(model);
    expect(words).toContain(roles.com);
    expect(words).not.toContain(roles['not-stated']);
    expect(words).toMatch(
      new RegExp(`\\. The source does not say who does ${unstated} of the ${model.steps.length} steps\\.$`),
    );
  });

  it('says nothing about unstated roles for a map whose source names who does every step', () => {
    const model = maps.find((map) => map.id === 'jip-information-sharing')!.model;
    expect(involvementWords(model)).toBe(`${roles['partner-agency']}, ${roles['jip-analyst']}.`);
  });

  it('gives "not stated" no role page of its own among the roles', () => {
    expect(rolesInUse(maps, [])).not.toContain('not-stated');
  });
});

describe('a role’s steps', () => {
  it('are listed map by map in the order of their numbers, as the map and its procedure number them', () => {
    for (const { steps } of stepsOfRole(maps, 'com')) {
      const numbers = steps.map((step) => step.number);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
    expect(stepsOfRole(maps, 'com').some(({ steps }) => steps.length > 2)).toBe(true);
  });
});
