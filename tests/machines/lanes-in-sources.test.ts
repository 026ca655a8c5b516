// Every map step's lane is a role that a source the step cites names, or "not stated": a role no source names (such
// as an "Approved Premises manager") would become a wrong answer to the quiz's "who does this?".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeMachine } from '../../src/lib/process-map/model';
import { isRoleNamedIn, lanesNotNamedInSources, rolesNamedIn } from '../../src/lib/roles-in-sources';
import type { FrameworkId } from '../../src/lib/schemas';
import { allTimescales } from '../../src/lib/timescales/registry';
import { processes } from '../../src/machines';

describe('map lanes are roles the sources name', () => {
  it.each(processes.map((process) => [process.id, process.machine] as const))(
    'every step of "%s" is given to a role a source it cites names, or to "not stated"',
    (_id, machine) => {
      expect(lanesNotNamedInSources(describeMachine(machine))).toEqual([]);
    },
  );

  it('names the map, the step, the role and what to do when a lane is a role the source does not name', () => {
    const model = describeMachine(processes[0]!.machine);
    const step = model.steps.find((candidate) => !candidate.isFinal)!;
    const invented = {
      ...model,
      steps: [
        {
          ...step,
          meta: {
            ...step.meta,
            lane: 'siro' as const,
            source: [{ framework: 'national-standards' as const, section: '9.1' }],
          },
        },
      ],
    };
    const [message] = lanesNotNamedInSources(invented);
    expect(message).toContain(`map "${model.id}", step "${step.path}"`);
    expect(message).toContain('lane "siro" (Senior Information Risk Owner (SIRO))');
    expect(message).toContain('national-standards 9.1');
    expect(message).toContain('src/lib/roles-in-sources.ts');
  });

  it('lets "not stated" stand in any map, since it names no one', () => {
    for (const framework of Object.keys(rolesNamedIn) as FrameworkId[])
      expect(isRoleNamedIn(framework, 'not-stated')).toBe(true);
  });
});

describe('the "who" of every timescale', () => {
  it.each(allTimescales().map((timescale) => [timescale.id, timescale] as const))(
    '%s names a role its source names, or no one',
    (_id, timescale) => {
      if (timescale.who) expect(isRoleNamedIn(timescale.source.framework, timescale.who)).toBe(true);
    },
  );
});

// The source texts live beside the project (shared/sources) and are not all copied into it; the National Standards
// are, under the Open Government Licence. Each framework's words are checked wherever its text can be found.
const sourceFolders = [
  'tests/fixtures/sources',
  ...path
    .resolve()
    .split(path.sep)
    .map((_, index, parts) => path.join(parts.slice(0, index + 1).join(path.sep) || path.sep, 'shared', 'sources')),
];
const normalise = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();
const sourceTextOf = (framework: string): string | undefined => {
  const frontMatter = readFileSync(`src/content/frameworks/${framework}.mdx`, 'utf8').split(/^---$/m)[1] ?? '';
  const { sourceFile } = parse(frontMatter) as { sourceFile: string };
  const folder = sourceFolders.find((candidate) => existsSync(path.join(candidate, sourceFile)));
  return folder && normalise(readFileSync(path.join(folder, sourceFile), 'utf8'));
};

describe.each(Object.entries(rolesNamedIn))('the roles %s names', (framework, namings) => {
  const text = sourceTextOf(framework);
  it.skipIf(!text)('are each in the document’s own words', () => {
    for (const naming of namings) expect(text, `${naming.role}: "${naming.words}"`).toContain(normalise(naming.words));
  });

  it('each name a role once', () => {
    expect(new Set(namings.map((naming) => naming.role)).size).toBe(namings.length);
  });
});

it('lists every framework that has a content file', () => {
  const files = readdirSync('src/content/frameworks').map((file) => file.replace(/\.mdx$/, ''));
  expect(Object.keys(rolesNamedIn).sort()).toEqual(files.sort());
});
