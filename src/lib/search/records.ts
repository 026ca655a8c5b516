// What goes into the search index beyond the built pages: one record per process-map step and per glossary term,
// and the acronym expansions that let "information sharing agreement" find a page that only says "ISA".
import { glossaryAnchor } from '../content/glossary';
import type { ProcessModel } from '../process-map/model';
import { isRoleStated, roles, stepRoleWords } from '../roles';
import { formatTimescale } from '../timescale';
import { processMapHref } from '../process-map/href';
import { timescaleNotes } from '../timescales/registry';
import { glossaryEntryKey } from './query';
import { indexOnlyMark } from './excerpt';
import type { PageSearchType } from './types';
import { phraseMatcher, staffWordsFor, wordEntries, type StaffVocabularyEntry } from './vocabulary';

export interface GlossaryTerm {
  id: string;
  expansion: string;
  definition: string;
  kind: 'acronym' | 'term';
  aliases?: string[];
}

export interface SearchPage {
  url: string;
  /** A small HTML document Pagefind indexes as if it were a page. */
  content: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function filterTags(filters: Record<string, string[]>): string {
  return Object.entries(filters)
    .flatMap(([name, values]) =>
      values.map((value) => `<span data-pagefind-filter="${escapeHtml(name)}:${escapeHtml(value)}"></span>`),
    )
    .join('');
}

function page(title: string, body: string, filters: Record<string, string[]>, meta: Record<string, string>): string {
  const metaTags = Object.entries(meta)
    .map(([name, value]) => `<span data-pagefind-meta="${escapeHtml(name)}:${escapeHtml(value)}"></span>`)
    .join('');
  return `<!doctype html><html lang="en"><head><title>${escapeHtml(title)}</title></head><body><main data-pagefind-body><h1>${escapeHtml(title)}</h1>${body}${filterTags(filters)}${metaTags}</main></body></html>`;
}

/** A step's timescale in words ("within 2 working days of the failure to comply"): the one place search reads it. */
export function stepTimescaleWords(step: ProcessModel['steps'][number]): string | undefined {
  return step.meta.timescale ? formatTimescale(step.meta.timescale) : undefined;
}

/** One search result per step, linking straight to that step of the map, with its timescale as the answer. */
export function stepSearchPages(
  model: ProcessModel,
  processTitle: string,
  frameworkTitle: string,
  expand: GlossaryTerm[] | SearchExpander,
): SearchPage[] {
  return model.steps.map((step) => {
    const timescale = stepTimescaleWords(step);
    const notes = step.meta.timescale ? timescaleNotes(step.meta.timescale) : [];
    const text = [step.meta.summary, ...step.meta.tasks, timescale ? `Timescale: ${timescale}` : '', ...notes].join(
      ' ',
    );
    const body = [
      `<p>${escapeHtml(processTitle)}: step ${step.number}. ${escapeHtml(stepRoleWords(step.meta.lane))}.</p>`,
      `<p>${escapeHtml(step.meta.summary)}</p>`,
      timescale
        ? `<p><strong>${escapeHtml(timescale)}</strong>${notes.map((note) => ` ${escapeHtml(note)}`).join('')}</p>`
        : '',
      step.meta.tasks.length
        ? `<ul>${step.meta.tasks.map((task) => `<li>${escapeHtml(task)}</li>`).join('')}</ul>`
        : '',
      expansionBlock(`${step.meta.title} ${text} ${isRoleStated(step.meta.lane) ? roles[step.meta.lane] : ''}`, expand),
    ].join('');
    return {
      url: processMapHref(model.id, { step: step.path, openStep: true }),
      content: page(
        step.meta.title,
        body,
        // The role filter offers real roles only: a step whose source names no one has no role to filter by.
        {
          framework: [frameworkTitle],
          type: ['Process step'],
          ...(isRoleStated(step.meta.lane) ? { role: [roles[step.meta.lane]] } : {}),
        },
        {
          framework: frameworkTitle,
          type: 'Process step',
          process: processTitle,
          ...(timescale ? { timescale } : {}),
        },
      ),
    };
  });
}

/**
 * A page found by what it is for (a tool or index, a step-by-step journey, a role's page) as search sees it: its own
 * title and description, and what staff call what it is for.
 */
export interface ToolPage {
  url: string;
  type: PageSearchType;
  title: string;
  description: string;
  staffWords: string[];
}

/** Words staff use for what a page is for: indexed with weight, never shown. */
export function purposeBlock(staffWords: string[]): string {
  return staffWords.length
    ? `<div hidden data-pagefind-weight="2">${indexOnlyMark} ${escapeHtml(staffWords.join('. '))}</div>`
    : '';
}

/** One search result per such page (not indexed whole: their tables and lists of links would drown guidance). */
export function toolSearchPages(tools: ToolPage[]): SearchPage[] {
  return tools.map((tool) => ({
    url: tool.url,
    content: page(
      tool.title,
      `<p>${escapeHtml(tool.description)}</p>${purposeBlock(tool.staffWords)}`,
      { type: [tool.type] },
      {
        type: tool.type,
      },
    ),
  }));
}

/** One search result per glossary term, linking to its entry on the glossary page, with what staff also call it. */
export function glossarySearchPages(
  glossary: GlossaryTerm[],
  frameworkTitles: Record<string, string[]>,
  vocabulary: StaffVocabularyEntry[] = [],
): SearchPage[] {
  return glossary.map((term) => {
    const title = term.kind === 'acronym' ? `${term.id}: ${term.expansion}` : term.id;
    const staffWords = staffWordsFor([term.id, term.expansion], vocabulary);
    const body = [
      `<p>${escapeHtml(term.definition)}</p>`,
      term.aliases?.length ? `<p>Also written: ${escapeHtml(term.aliases.join(', '))}</p>` : '',
      staffWords.length ? `<p>Staff also say: ${escapeHtml(staffWords.join(', '))}</p>` : '',
    ].join('');
    return {
      url: `/glossary/#${glossaryAnchor(term.id)}`,
      content: page(
        title,
        body,
        {
          type: ['Glossary'],
          framework: frameworkTitles[term.id] ?? [],
          entry: [glossaryEntryKey(term.id)].filter((key) => key !== undefined),
        },
        { type: 'Glossary' },
      ),
    };
  });
}

/** Turns a text into the extra words that let search find it by another name. Built once per index. */
export type SearchExpander = (text: string) => string[];

/**
 * The expansions of the acronyms a text uses and the acronyms of the expansions it spells out; then, from the staff
 * vocabulary, the words staff use for the source words it has, and the source words for staff words it has. So a
 * search for either form finds it. Acronyms match case-sensitively as whole words; other words in any case.
 */
export function createSearchExpander(
  glossary: GlossaryTerm[],
  vocabulary: StaffVocabularyEntry[] = [],
): SearchExpander {
  const acronyms = glossary
    .filter((term) => term.kind === 'acronym')
    .map((term) => ({
      id: term.id,
      expansion: term.expansion,
      hasAcronym: new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(term.id)}s?([^A-Za-z0-9]|$)`),
      hasExpansion: new RegExp(escapeRegExp(term.expansion), 'i'),
    }));
  const synonyms = wordEntries(vocabulary).map((entry) => ({
    id: entry.id,
    source: phraseMatcher(entry.id),
    staff: entry.staffWords.map((word) => ({ word, matcher: phraseMatcher(word) })),
  }));
  // A phrase can only be in a text whose words include its first word: checking that in a set first skips most of
  // the regular expressions, which on a site of thousands of pages was most of the indexing time.
  const firstWord = (phrase: string) => (/[A-Za-z0-9]+/.exec(phrase)?.[0] ?? '').toLowerCase();
  return (text) => {
    const words = new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);
    const mayHave = (phrase: string) => {
      const first = firstWord(phrase);
      return words.has(first) || words.has(`${first}s`);
    };
    const extra = new Set<string>();
    for (const term of acronyms) {
      const hasAcronym = mayHave(term.id) && term.hasAcronym.test(text);
      const hasExpansion = mayHave(term.expansion) && term.hasExpansion.test(text);
      if (hasAcronym && !hasExpansion) extra.add(term.expansion);
      if (hasExpansion && !hasAcronym) extra.add(term.id);
    }
    if (!synonyms.length) return [...extra];
    for (const word of [...extra]
      .join(' ')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [])
      words.add(word);
    const expanded = `${text} ${[...extra].join('. ')}`;
    for (const entry of synonyms) {
      const hasSource = mayHave(entry.id) && entry.source.test(expanded);
      const missing = entry.staff.filter(({ word, matcher }) => !(mayHave(word) && matcher.test(expanded)));
      if (hasSource) for (const { word } of missing) extra.add(word);
      else if (missing.length < entry.staff.length) extra.add(entry.id);
    }
    return [...extra];
  };
}

/** The extra words for one text (see createSearchExpander; build the expander once when indexing many texts). */
export function searchExpansions(
  text: string,
  glossary: GlossaryTerm[],
  vocabulary?: StaffVocabularyEntry[],
): string[] {
  return createSearchExpander(glossary, vocabulary)(text);
}

/** A hidden block of expansions for the index: present for search, never shown or read out. */
export function expansionBlock(text: string, expand: GlossaryTerm[] | SearchExpander): string {
  const extra = typeof expand === 'function' ? expand(text) : searchExpansions(text, expand);
  return extra.length
    ? `<div hidden data-pagefind-weight="0.5">${indexOnlyMark} ${escapeHtml(extra.join('. '))}</div>`
    : '';
}
