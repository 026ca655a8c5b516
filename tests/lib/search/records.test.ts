// The extra search records: one per process-map step and per glossary term, and acronym expansions for search.
import { describe, expect, it } from 'vitest';
import { describeMachine } from '../../../src/lib/process-map/model';
import { readStepParam } from '../../../src/lib/process-map/walk';
import { isRoleStated, roles, stepRoleWords } from '../../../src/lib/roles';
import {
  expansionBlock,
  glossarySearchPages,
  searchExpansions,
  stepSearchPages,
  type GlossaryTerm,
} from '../../../src/lib/search/records';
import { glossaryEntryKey } from '../../../src/lib/search/query';
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
const processTitle = processById('enforcement')!.title;
const pages = stepSearchPages(model, processTitle, 'National Standards 2021', glossary);
const pageFor = (path: string) => pages[model.steps.findIndex((step) => step.path === path)]!;

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

describe('stepSearchPages', () => {
  it('makes one search page per step of the map', () => {
    expect(pages).toHaveLength(model.steps.length);
  });

  it('links each result straight to its step on the map', () => {
    expect(pages.map((page) => page.url)).toEqual(
      model.steps.map((step) => `/process-maps/enforcement/?step=${step.path}#step-${step.path}`),
    );
  });

  it('links steps inside groups so the map opens at that step', () => {
    const chaplaincy = describeMachine(processById('chaplaincy-in-prison')!.machine);
    const known = new Set(chaplaincy.steps.map((step) => step.path));
    const nested = stepSearchPages(chaplaincy, 'Chaplaincy in prison', 'Faith and probation', glossary);
    expect(chaplaincy.steps.some((step) => step.path.includes('.'))).toBe(true);
    nested.forEach((page, index) => {
      const step = chaplaincy.steps[index]!;
      const url = new URL(page.url, 'https://example.org');
      expect(url.pathname).toBe('/process-maps/chaplaincy-in-prison/');
      expect(url.hash).toBe(`#step-${step.path.replace(/\./g, '-')}`);
      expect(readStepParam(url.search, known)).toEqual({ kind: 'valid', paths: [step.path] });
    });
  });

  it('titles each page with the step and says which process, step number and role it belongs to', () => {
    model.steps.forEach((step, index) => {
      const { content } = pages[index]!;
      expect(content).toContain(`<title>${step.meta.title}</title>`);
      expect(content).toContain(`<h1>${step.meta.title}</h1>`);
      expect(content).toContain(
        `<p>${processTitle}: step ${step.number}. ${stepRoleWords(step.meta.lane).replace(/&/g, '&amp;')}.</p>`,
      );
    });
  });

  it('includes the summary, the tasks and the timescale in words', () => {
    const step = model.steps.find((candidate) => candidate.path === 'sendWarningLetter')!;
    const { content } = pageFor('sendWarningLetter');
    expect(content).toContain(`<p>${step.meta.summary}</p>`);
    expect(content).toContain(`<p><strong>${formatTimescale(step.meta.timescale!)}</strong></p>`);
    expect(content).toContain(`<ul>${step.meta.tasks.map((task) => `<li>${task}</li>`).join('')}</ul>`);
  });

  it('leaves out the timescale and task list of a step that has none', () => {
    const { content } = pageFor('supervisionContinues');
    expect(model.steps.find((step) => step.path === 'supervisionContinues')!.meta.tasks).toEqual([]);
    expect(content).not.toContain('<strong>');
    expect(content).not.toContain('<ul>');
  });

  it('can be filtered by framework, type "Process step" and role', () => {
    model.steps.forEach((step, index) => {
      const { content } = pages[index]!;
      expect(content).toContain('<span data-pagefind-filter="type:Process step"></span>');
      expect(content).toContain('<span data-pagefind-filter="framework:National Standards 2021"></span>');
      if (isRoleStated(step.meta.lane))
        expect(content).toContain(`<span data-pagefind-filter="role:${roles[step.meta.lane]}"></span>`);
      // A step whose source names no one is not filed under a made-up role, and says so in words.
      else {
        expect(content).not.toContain('data-pagefind-filter="role:');
        expect(content).toContain('The source does not say who does this.');
      }
      expect(content).toContain(`<span data-pagefind-meta="process:${processTitle}"></span>`);
    });
    expect(searchTypes).toContain('Process step');
  });

  it('adds "ROSH" to a step that spells out risk of serious harm, and no expansions where none apply', () => {
    const rosh: GlossaryTerm = {
      id: 'ROSH',
      kind: 'acronym',
      expansion: 'Risk of serious harm',
      definition: 'The risk a person poses.',
    };
    const withRosh = stepSearchPages(model, processTitle, 'National Standards 2021', [...glossary, rosh]);
    const roshPage = (path: string) => withRosh[model.steps.findIndex((step) => step.path === path)]!;
    expect(roshPage('emergencyRecall').content).toContain('<div hidden data-pagefind-weight="0.5">⁂ ROSH</div>');
    expect(pageFor('sendWarningLetter').content).not.toContain('<div hidden');
  });

  it('escapes the titles it is given', () => {
    const [first] = stepSearchPages(model, 'Orders & <licences>', 'NS "2021"', []);
    expect(first!.content).toContain('<p>Orders &amp; &lt;licences&gt;: step 1.');
    expect(first!.content).toContain('data-pagefind-filter="framework:NS &quot;2021&quot;"');
    expect(first!.content).not.toContain('<licences>');
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

  it('files each entry under its name, so a search for the name can show it first', () => {
    expect(termPages[0]!.content).toContain(`<span data-pagefind-filter="entry:${glossaryEntryKey('ISA')}"></span>`);
    expect(termPages[4]!.content).toContain(`<span data-pagefind-filter="entry:${glossaryEntryKey('Breach')}"></span>`);
  });
});
