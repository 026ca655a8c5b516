// Journeys as built: every link and anchor on a journey page resolves, each step cites sections the source has, and
// the pages a journey links to show it in a sidebar.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { linkPage, type Journey } from '../../src/lib/journeys';
import { fileFor, idsIn, readPage } from '../support/dist';

const journeys = parse(readFileSync('src/content/journeys.yaml', 'utf8')) as (Journey & { id: string })[];
/** Whether the source has the section; a numbered item inside an annex ("Annex B 3.2") belongs to the annex. */
function sourceHas(framework: string, section: string): boolean {
  const known = (
    JSON.parse(readFileSync(`tests/content/sections/${framework}.json`, 'utf8')) as { sections: { section: string }[] }
  ).sections.map((entry) => entry.section);
  return known.some((name) => name === section || (/^(Annex|Appendix)/.test(name) && section.startsWith(`${name} `)));
}

describe('step-by-step journeys', () => {
  it('include the two journeys the issue names', () => {
    expect(journeys.map((journey) => journey.title)).toEqual(
      expect.arrayContaining(['Supervise a community order from sentence to closure', 'From custody to the community']),
    );
  });

  it.each(journeys.map((journey) => journey.id))(
    '%s: every link on its page reaches a page and an anchor that exist',
    (id) => {
      const html = readPage(`journeys/${id}/index.html`);
      const links = [
        ...html
          .split('data-journey-steps')[1]!
          .split('</main>')[0]!
          .matchAll(/<a class="govuk-link" href="([^"]+)"/g),
      ].map((match) => match[1]!);
      const expected = journeys.find((journey) => journey.id === id)!.steps.flatMap((step) => step.links).length;
      expect(links).toHaveLength(expected);
      for (const href of links) {
        const [pathname, anchor] = href.split('#');
        const file = fileFor(pathname!);
        expect(file, href).toMatch(/\.html$/);
        if (anchor) expect(idsIn(readPage(file!)).has(anchor), href).toBe(true);
      }
    },
  );

  it.each(journeys.map((journey) => journey.id))('%s: every step cites sections its source document has', (id) => {
    for (const step of journeys.find((journey) => journey.id === id)!.steps)
      for (const source of step.source)
        expect(sourceHas(source.framework, source.section), `${step.title}: ${source.section}`).toBe(true);
  });

  it('shows the timescales of the sections a step links to', () => {
    const html = readPage('journeys/supervise-a-community-order/index.html');
    expect(html).toContain(
      'Hold the first face-to-face appointment on a community order or suspended sentence order: within 5 working days of sentence',
    );
    expect(html).toContain('Send a letter: within 2 working days of any failure to attend');
  });

  it('puts the journey in a sidebar on each guidance page it links to, marking the steps that page is in', () => {
    for (const journey of journeys) {
      for (const [index, step] of journey.steps.entries()) {
        for (const link of step.links.filter((candidate) => candidate.page)) {
          const html = readPage(fileFor(linkPage(link))!);
          const sidebar = html.split(`data-journey="${journey.id}"`)[1]!.split('</aside>')[0]!;
          expect(sidebar).toContain(`href="/journeys/${journey.id}/#step-${index + 1}" aria-current="step"`);
        }
      }
    }
  });

  it('leaves the sidebar off pages no journey links to', () => {
    expect(readPage('guidance/waspi-jip/rights-and-security/index.html')).not.toContain('data-journey=');
  });
});
