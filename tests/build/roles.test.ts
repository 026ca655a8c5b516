// The role pages as built: each lists exactly the map steps whose lane is that role (checked against the machines),
// every role the maps and guidance use has a page, and every map page offers the highlight only to script.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeMachine } from '../../src/lib/process-map/model';
import { processes } from '../../src/machines';
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
      const steps = model.steps.filter((step) => step.meta.lane === role).map((step) => step.path);
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

  it.each(processes.map((process) => process.id))('map %s has a hidden highlight control offering its lanes', (id) => {
    const html = readPage(`process-maps/${id}/index.html`);
    expect(html).toMatch(/<div class="app-role-highlight" data-role-highlight hidden>/);
    const offered = [...html.matchAll(/<option value="([^"]+)">/g)].map((match) => match[1]);
    expect(offered).toEqual(models.find(({ process }) => process.id === id)!.model.lanes);
  });
});
