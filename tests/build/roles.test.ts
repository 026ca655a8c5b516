// The role pages as built: each lists exactly the map steps whose lane is that role (checked against the machines),
// every role the maps and guidance use has a page, and every map page offers the highlight only to script.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeMachine, stepAnchor, stepsInOrder } from '../../src/lib/process-map/model';
import { processes } from '../../src/machines';
import { roles } from '../../src/lib/roles';
import { readPage } from '../support/dist';

const models = processes.map((process) => ({ process, model: describeMachine(process.machine) }));
const lanes = new Set(models.flatMap(({ model }) => model.steps.map((step) => step.meta.lane)));
const guidanceRoles = new Set(
  readdirSync('src/content/guidance', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) => {
      const text = readFileSync(path.join('src/content/guidance', file), 'utf8');
      return (parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as { roles: string[] }).roles;
    }),
);

/** The steps a built role page lists, by map: { enforcement: ['sendWarningLetter', ...] }. */
function listedSteps(html: string): Record<string, string[]> {
  const listed: Record<string, string[]> = {};
  for (const section of html.split('data-role-map="').slice(1)) {
    const map = section.slice(0, section.indexOf('"'));
    listed[map] = [...section.split('</section>')[0]!.matchAll(/data-role-step="([^"]+)"/g)].map((match) => match[1]!);
  }
  return listed;
}

describe('role pages', () => {
  it.each([...lanes])('the %s page lists exactly the steps in its lane, map by map', (role) => {
    const expected: Record<string, string[]> = {};
    for (const { process, model } of models) {
      // By number, as the map and the procedure number them.
      const steps = stepsInOrder(model.steps)
        .filter((step) => step.meta.lane === role)
        .map((step) => step.path);
      if (steps.length) expected[process.id] = steps;
    }
    expect(listedSteps(readPage(`roles/${role}/index.html`))).toEqual(expected);
  });

  it('has a page for every role named in a guidance page, listed on the roles index', () => {
    const index = readPage('roles/index.html');
    for (const role of new Set([...lanes, ...guidanceRoles])) expect(index).toContain(`href="/roles/${role}/"`);
  });

  it('links each step to its place on the map and shows its timescale in the site’s wording', () => {
    const html = readPage('roles/com/index.html');
    expect(html).toMatch(
      /href="\/process-maps\/enforcement\/#step-decideOnExplanation">Step \d+[a-z]*: Decide whether the explanation is acceptable<\/a>\s*<span[^>]*> – within 6 working days of the last failure to comply<\/span>/,
    );
  });

  it('lists the guidance written for the role, and only that', () => {
    const html = readPage('roles/court-team/index.html');
    expect(html).toContain('href="/guidance/national-standards/02-advice-to-court/"');
    expect(html).not.toContain('href="/guidance/national-standards/05-delivering-the-sentence/"');
  });

  it.each(processes.map((process) => process.id))(
    'map %s has a hidden highlight control offering its roles, not "not stated"',
    (id) => {
      const html = readPage(`process-maps/${id}/index.html`);
      expect(html).toMatch(/<div class="app-role-highlight" data-role-highlight hidden>/);
      const offered = [...html.matchAll(/<option value="([^"]+)">/g)].map((match) => match[1]);
      const { model } = models.find(({ process }) => process.id === id)!;
      expect(offered).toEqual(model.lanes.filter((lane) => lane !== 'not-stated'));
    },
  );
});

describe('steps whose source does not say who does them', () => {
  const withUnstated = models.filter(({ model }) => model.lanes.includes('not-stated'));

  it.each(withUnstated.map(({ process, model }) => ({ id: process.id, model })))(
    'map $id lists roles under "Who is involved", then says which steps have no role in the source',
    ({ id, model }) => {
      const html = readPage(`process-maps/${id}/index.html`);
      const involved = /<dt>Who is involved<\/dt>\s*<dd>([^<]*)<\/dd>/.exec(html)![1]!;
      expect(involved).not.toContain(roles['not-stated']);
      for (const lane of model.lanes.filter((lane) => lane !== 'not-stated')) expect(involved).toContain(roles[lane]);
      const unstated = model.steps.filter((step) => step.meta.lane === 'not-stated');
      const note = html.split('data-unstated-steps>')[1]!.split('</dd>')[0]!;
      expect(note).toContain(`The source does not say who does ${unstated.length} of the ${model.steps.length} steps`);
      expect([...note.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]).sort()).toEqual(
        unstated.map((step) => stepAnchor(step.path)).sort(),
      );
    },
  );

  it('lists no "Not stated in the source" among the roles, and points to the steps it covers', () => {
    const index = readPage('roles/index.html');
    expect(index).not.toContain(roles['not-stated']);
    expect(index).toMatch(
      /The sources do not say who does \d+ of the map steps\.\s*<a class="govuk-link" href="\/roles\/not-stated\/">/,
    );
    const page = readPage('roles/not-stated/index.html');
    expect(page).toContain('<h1 class="govuk-heading-l">Steps whose source does not say who does them</h1>');
    expect(page).not.toContain('Your steps');
    expect(page).not.toContain('Guidance for your role');
  });

  it('says on the cards in the maps list that the source is silent, rather than listing it as a role', () => {
    const html = readPage('process-maps/index.html');
    expect(html).not.toContain(roles['not-stated']);
    expect(html).toContain('The source does not say who does');
  });

  it('says plainly on a presenter slide and in the procedure that the source does not say who does the step', () => {
    const { process, model } = withUnstated[0]!;
    const step = model.steps.find((candidate) => candidate.meta.lane === 'not-stated')!;
    const presenter = readPage(`process-maps/${process.id}/present/index.html`);
    const slide = presenter.split(`data-slide="${step.path}"`)[1]!.split('</li>')[0]!;
    expect(slide).toContain('<p class="app-slide__role">The source does not say who does this</p>');
    const map = readPage(`process-maps/${process.id}/index.html`);
    expect(map.split(`id="${stepAnchor(step.path)}" data-step="${step.path}"`)[1]!.split('</li>')[0]).toContain(
      'The source does not say who does this',
    );
  });
});
