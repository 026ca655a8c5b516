// The extra search records: one per process map (its steps as sections) and per glossary term, and acronym expansions
// for search.
import { describe, expect, it } from 'vitest';
import { describeMachine } from '../../../src/lib/process-map/model';
import { readStepParam } from '../../../src/lib/process-map/walk';
import { stepAnchor } from '../../../src/lib/process-map/model';
import { isRoleStated, roles, stepRoleWords } from '../../../src/lib/roles';
import {
  expansionBlock,
  glossaryEntryKeys,
  glossarySearchPages,
  mapSearchPage,
  searchExpansions,
  type GlossaryTerm,
} from '../../../src/lib/search/records';
import { glossaryEntryKey } from '../../../src/lib/search/query';
import { parseSectionTimescales, timescalesForSection } from '../../../src/lib/search/answers';
import { stepLink } from '../../../src/lib/search/step-links';
import { searchTypes } from '../../../src/lib/search/types';
import { formatTimescale } from '../../../src/lib/timescale';
import { processById } from '../../../src/machines';
import { enforcement } from '../../../src/machines/enforcement';

const glossary: GlossaryTerm[] = [
  {
    id: 'ISA',
    kind: 'acronym',
    expansion: 'Information sharing agreement',
    definition: 'A written agreement to share personal data.',
  },
  {
    id: 'PDU',
    kind: 'acronym',
    expansion: 'Probation Delivery Unit',
    definition: 'A local probation office and its teams.',
  },
  {
    id: 'SPO',
    kind: 'acronym',
    expansion: 'Senior Probation Officer',
    definition: 'The manager of a team of practitioners.',
  },
  { id: 'DIF/EIF', kind: 'acronym', expansion: 'Data Impact Form', definition: 'A form.', aliases: ['DIF', 'EIF'] },
  {
    id: 'Breach',
    kind: 'term',
    expansion: 'Breach action',
    definition: 'Returning a case to court <for> "failing" to comply.',
  },
];

const model = describeMachine(enforcement);
const process = processById('enforcement')!;
const mapInput = {
  id: 'enforcement',
  title: process.title,
  summary: process.summary,
  frameworkTitle: 'National Standards 2021',
  purposeWords: ['practise', 'projector'],
};
const { url, content } = mapSearchPage(model, mapInput, glossary);
/** The part of the record for one step: from its heading to the next step's. */
const sectionFor = (path: string) => {
  const start = content.indexOf(`<h2 id="${stepAnchor(path)}">`);
  const next = content.indexOf('<h2 ', start + 1);
  return content.slice(start, next < 0 ? content.indexOf('<span data-pagefind') : next);
};

describe('searchExpansions', () => {
  it('adds "Information sharing agreement" for text that only says ISA', () => {
    expect(searchExpansions('Sign the ISA before sharing.', glossary)).toEqual(['Information sharing agreement']);
  });

  it('adds "ISA" for text that only spells it out, in any case', () => {
    expect(searchExpansions('Draft an information sharing agreement.', glossary)).toEqual(['ISA']);
    expect(searchExpansions('INFORMATION SHARING AGREEMENT', glossary)).toEqual(['ISA']);
  });

  it('adds nothing when the text has both forms', () => {
    expect(searchExpansions('An information sharing agreement (ISA) is needed.', glossary)).toEqual([]);
  });

  it('matches an acronym only as a whole word, in capitals', () => {
    expect(searchExpansions('ISAAC reviewed the case.', glossary)).toEqual([]);
    expect(searchExpansions('The MISA team', glossary)).toEqual([]);
    expect(searchExpansions('Isa reviewed the case.', glossary)).toEqual([]);
    expect(searchExpansions('isa', glossary)).toEqual([]);
  });

  it('matches an acronym in the plural, at the ends of the text and next to punctuation', () => {
    expect(searchExpansions('Review all ISAs yearly.', glossary)).toEqual(['Information sharing agreement']);
    expect(searchExpansions('ISA', glossary)).toEqual(['Information sharing agreement']);
    expect(searchExpansions('(ISA)', glossary)).toEqual(['Information sharing agreement']);
    expect(searchExpansions('the ISA’s signatory', glossary)).toEqual(['Information sharing agreement']);
  });

  it('handles acronyms with symbols in them', () => {
    expect(searchExpansions('Complete the DIF/EIF first.', glossary)).toEqual(['Data Impact Form']);
    expect(searchExpansions('Complete the DIF first.', glossary)).toEqual([]);
  });

  it('ignores terms that are not acronyms', () => {
    expect(searchExpansions('Take breach action.', glossary)).toEqual([]);
  });

  it('lists each expansion once, in glossary order', () => {
    expect(searchExpansions('ISA, ISA and the SPO from the PDU', glossary)).toEqual([
      'Information sharing agreement',
      'Probation Delivery Unit',
      'Senior Probation Officer',
    ]);
  });
});

describe('expansionBlock', () => {
  it('hides the expansions from view, weighted low for search', () => {
    expect(expansionBlock('The SPO and the ISA', glossary)).toBe(
      '<div hidden data-pagefind-weight="0.5">⁂ Information sharing agreement. Senior Probation Officer</div>',
    );
  });

  it('adds nothing when there is nothing to expand', () => {
    expect(expansionBlock('Send a warning letter', glossary)).toBe('');
  });

  it('escapes what it writes', () => {
    expect(
      expansionBlock('Use the <tag> form', [{ id: 'TF', kind: 'acronym', expansion: '<tag> form', definition: 'y' }]),
    ).toBe('<div hidden data-pagefind-weight="0.5">⁂ TF</div>');
    expect(
      expansionBlock('See the TF', [{ id: 'TF', kind: 'acronym', expansion: '<tag> & "form"', definition: 'y' }]),
    ).toBe('<div hidden data-pagefind-weight="0.5">⁂ &lt;tag&gt; &amp; &quot;form&quot;</div>');
  });
});

describe('mapSearchPage', () => {
  it("makes one record for the map, at the map's address, titled with the map and opening with its summary", () => {
    expect(url).toBe('/process-maps/enforcement/');
    expect(content).toContain(`<title>${process.title}</title>`);
    expect(content).toContain(`<h1>${process.title}</h1><p>${process.summary}</p>`);
  });

  it("makes each step a section, in the map's order, whose anchor links back to that step of the map", () => {
    const anchors = [...content.matchAll(/<h2 id="([^"]+)">/g)].map((match) => match[1]!);
    expect(anchors).toEqual(model.steps.map((step) => stepAnchor(step.path)));
    const known = new Set(model.steps.map((step) => step.path));
    for (const step of model.steps) {
      const link = new URL(stepLink(`${url}#${stepAnchor(step.path)}`)!, 'https://example.org');
      expect(readStepParam(link.search, known)).toEqual({ kind: 'valid', paths: [step.path] });
    }
  });

  it('links steps inside groups too', () => {
    const chaplaincy = describeMachine(processById('chaplaincy-in-prison')!.machine);
    const record = mapSearchPage(chaplaincy, { ...mapInput, id: 'chaplaincy-in-prison', title: 'Chaplaincy' }, []);
    const nested = chaplaincy.steps.filter((step) => step.path.includes('.'));
    expect(nested.length).toBeGreaterThan(0);
    for (const step of nested) {
      expect(record.content).toContain(`<h2 id="${stepAnchor(step.path)}">`);
      expect(stepLink(`/process-maps/chaplaincy-in-prison/#${stepAnchor(step.path)}`)).toBe(
        `/process-maps/chaplaincy-in-prison/?step=${encodeURIComponent(step.path)}#${stepAnchor(step.path)}`,
      );
    }
  });

  it('gives each step its title, number, role, summary, tasks and timescale in words', () => {
    const step = model.steps.find((candidate) => candidate.path === 'sendWarningLetter')!;
    const section = sectionFor('sendWarningLetter');
    expect(section).toContain(`>${step.meta.title}</h2>`);
    expect(section).toContain(`<p>Step ${step.number}. ${stepRoleWords(step.meta.lane).replace(/&/g, '&amp;')}.</p>`);
    expect(section).toContain(`<p>${step.meta.summary}</p>`);
    expect(section).toContain(`<p><strong>${formatTimescale(step.meta.timescale!)}</strong></p>`);
    expect(section).toContain(`<ul>${step.meta.tasks.map((task) => `<li>${task}</li>`).join('')}</ul>`);
  });

  it('leaves out the timescale and task list of a step that has none', () => {
    const section = sectionFor('supervisionContinues');
    expect(section).not.toContain('<strong>');
    expect(section).not.toContain('<ul>');
  });

  it("keeps each step's timescale by its anchor, for the result to show beside the step", () => {
    const meta = /data-pagefind-meta="timescales:([^"]*)"/.exec(content)![1]!.replace(/&quot;/g, '"');
    const byAnchor = parseSectionTimescales(meta.replace(/&amp;/g, '&'));
    const step = model.steps.find((candidate) => candidate.path === 'sendWarningLetter')!;
    expect(timescalesForSection(`${url}#${stepAnchor(step.path)}`, byAnchor)).toEqual([
      formatTimescale(step.meta.timescale!),
    ]);
    expect(timescalesForSection(`${url}#${stepAnchor('supervisionContinues')}`, byAnchor)).toEqual([]);
  });

  it('can be filtered by framework, type "Process map" and the roles its steps name', () => {
    expect(content).toContain('<span data-pagefind-filter="type:Process map"></span>');
    expect(content).toContain('<span data-pagefind-filter="framework:National Standards 2021"></span>');
    for (const step of model.steps) {
      if (isRoleStated(step.meta.lane))
        expect(content).toContain(`<span data-pagefind-filter="role:${roles[step.meta.lane]}"></span>`);
    }
    // A step whose source names no one is not filed under a made-up role, and says so in words.
    expect(content).not.toContain(`data-pagefind-filter="role:${roles['not-stated']}"`);
    expect(sectionFor('sendWarningLetter')).toContain('The source does not say who does this.');
    expect(searchTypes).toContain('Process map');
  });

  it('carries the words staff use for its presenter and quiz, hidden', () => {
    expect(content).toContain('<div hidden data-pagefind-weight="1">⁂ practise. projector</div>');
  });

  it('adds "ROSH" to a step that spells out risk of serious harm, and no expansions where none apply', () => {
    const rosh: GlossaryTerm = {
      id: 'ROSH',
      kind: 'acronym',
      expansion: 'Risk of serious harm',
      definition: 'The risk a person poses.',
    };
    const withRosh = mapSearchPage(model, mapInput, [...glossary, rosh]).content;
    const section = (path: string) => {
      const start = withRosh.indexOf(`<h2 id="${stepAnchor(path)}">`);
      return withRosh.slice(start, withRosh.indexOf('<h2 ', start + 1));
    };
    expect(section('emergencyRecall')).toContain('<div hidden data-pagefind-weight="0.5">⁂ ROSH</div>');
    expect(sectionFor('sendWarningLetter')).not.toContain('<div hidden');
  });

  it('escapes the titles it is given', () => {
    const record = mapSearchPage(model, { ...mapInput, title: 'Orders & <licences>', frameworkTitle: 'NS "2021"' }, []);
    expect(record.content).toContain('<h1>Orders &amp; &lt;licences&gt;</h1>');
    expect(record.content).toContain('data-pagefind-filter="framework:NS &quot;2021&quot;"');
    expect(record.content).not.toContain('<licences>');
  });
});

describe('glossarySearchPages', () => {
  const frameworkTitles = { ISA: ['Information sharing'], Breach: ['National Standards 2021', 'Faith & probation'] };
  const termPages = glossarySearchPages(glossary, frameworkTitles);

  it('makes one page per term, linking to its entry on the glossary page', () => {
    expect(termPages.map((page) => page.url)).toEqual([
      '/glossary/#term-isa',
      '/glossary/#term-pdu',
      '/glossary/#term-spo',
      '/glossary/#term-dif-eif',
      '/glossary/#term-breach',
    ]);
  });

  it('titles an acronym with its expansion and a term with itself', () => {
    expect(termPages[0]!.content).toContain('<h1>ISA: Information sharing agreement</h1>');
    expect(termPages[4]!.content).toContain('<h1>Breach</h1>');
  });

  it('includes the definition, escaped, and any other spellings', () => {
    expect(termPages[4]!.content).toContain(
      '<p>Returning a case to court &lt;for&gt; &quot;failing&quot; to comply.</p>',
    );
    expect(termPages[3]!.content).toContain('<p>Also written: DIF, EIF</p>');
    expect(termPages[0]!.content).not.toContain('Also written');
  });

  it('can be filtered by type "Glossary" and by the frameworks that use the term', () => {
    expect(termPages[0]!.content).toContain('<span data-pagefind-filter="type:Glossary"></span>');
    expect(termPages[0]!.content).toContain('<span data-pagefind-filter="framework:Information sharing"></span>');
    expect(termPages[4]!.content).toContain('<span data-pagefind-filter="framework:Faith &amp; probation"></span>');
    expect(termPages[1]!.content).not.toContain('data-pagefind-filter="framework:');
    expect(searchTypes).toContain('Glossary');
  });

  it('files each entry under its names, so a query that is just one of them shows its definition', () => {
    expect(termPages[0]!.content).toContain(`<span data-pagefind-filter="entry:${glossaryEntryKey('ISA')}"></span>`);
    expect(termPages[0]!.content).toContain(
      `<span data-pagefind-filter="entry:${glossaryEntryKey('Information sharing agreement')}"></span>`,
    );
    expect(termPages[4]!.content).toContain(`<span data-pagefind-filter="entry:${glossaryEntryKey('Breach')}"></span>`);
    expect(glossaryEntryKeys(glossary[3]!)).toEqual(['dif eif', 'data impact form', 'dif', 'eif']);
  });

  it('files no entry under an expansion the sources do not give', () => {
    const term: GlossaryTerm = {
      id: 'CRN',
      kind: 'acronym',
      expansion: 'Not expanded in the sources',
      definition: 'x',
    };
    expect(glossaryEntryKeys(term)).toEqual(['crn']);
  });

  it('keeps the definition as metadata, for the answer box', () => {
    expect(termPages[1]!.content).toContain(
      '<span data-pagefind-meta="definition:A local probation office and its teams."></span>',
    );
  });
});
