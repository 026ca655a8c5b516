// What goes into the search index beyond the built pages: one record per process map (its steps as sections) and per
// glossary term, and the acronym expansions that let "information sharing agreement" find a page that only says "ISA".
import { glossaryAnchor } from '../content/glossary';
import { escapeHtml } from '../html-entities';
import { isRoleStated, roles, stepRoleWords } from '../roles';
import { formatTimescale } from '../timescale';
import { processMapHref, stepAnchor } from '../process-map/href';
import type { ProcessModel } from '../process-map/model';
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

/** A map as search sees it: the registry's title and summary, and the words staff use for its presenter and quiz. */
export interface MapSearchInput {
  id: string;
  title: string;
  summary: string;
  frameworkTitle: string;
  /** Words for the map's presenter and quiz views, which are found through their map (they repeat its steps). */
  purposeWords?: string[];
}

/**
 * One search result per map: its title and summary, then each step as a section whose anchor is the step's anchor on
 * the map page. Pagefind splits a result into sub-results at those anchors, so the steps that match are shown under
 * their map (up to three), each with its timescale, instead of taking a result each.
 */
export function mapSearchPage(
  model: ProcessModel,
  map: MapSearchInput,
  expand: GlossaryTerm[] | SearchExpander,
): SearchPage {
  const timescales: Record<string, string[]> = {};
  const steps = model.steps.map((step) => {
    const anchor = stepAnchor(step.path);
    const timescale = stepTimescaleWords(step);
    const notes = step.meta.timescale ? timescaleNotes(step.meta.timescale) : [];
    if (timescale) timescales[anchor] = [timescale];
    // A decision's options, in words, as its step on the map offers them ("No accommodation identified").
    const choices = step.outcomes.filter((outcome) => !outcome.isAutomatic).map((outcome) => outcome.label);
    const text = [step.meta.title, step.meta.summary, ...step.meta.tasks, timescale ?? '', ...notes, ...choices].join(
      ' ',
    );
    return [
      `<h2 id="${escapeHtml(anchor)}">${escapeHtml(step.meta.title)}</h2>`,
      `<p>${escapeHtml(step.meta.summary)}</p>`,
      timescale
        ? `<p><strong>${escapeHtml(timescale)}</strong>${notes.map((note) => ` ${escapeHtml(note)}`).join('')}</p>`
        : '',
      step.meta.tasks.length
        ? `<ul>${step.meta.tasks.map((task) => `<li>${escapeHtml(task)}</li>`).join('')}</ul>`
        : '',
      choices.length > 1 ? `<p>Choices: ${choices.map(escapeHtml).join('; ')}.</p>` : '',
      // Who does it and where it comes in, after what the step is, so an excerpt reads as the step's words.
      `<p>Step ${step.number}. ${escapeHtml(stepRoleWords(step.meta.lane))}.</p>`,
      expansionBlock(`${text} ${isRoleStated(step.meta.lane) ? roles[step.meta.lane] : ''}`, expand),
    ].join('');
  });
  const stepRoles = [...new Set(model.steps.map((step) => step.meta.lane).filter(isRoleStated))];
  const body = [
    `<p>${escapeHtml(map.summary)}</p>`,
    // Words for its presenter and quiz count as the map's own words: they say what else it offers, not what it is.
    purposeBlock(map.purposeWords ?? [], 1),
    expansionBlock(`${map.title} ${map.summary}`, expand),
    ...steps,
  ].join('');
  return {
    url: processMapHref(model.id),
    content: page(
      map.title,
      body,
      // The role filter offers real roles only: a step whose source names no one has no role to filter by.
      { framework: [map.frameworkTitle], type: ['Process map'], role: stepRoles.map((role) => roles[role]) },
      {
        framework: map.frameworkTitle,
        type: 'Process map',
        ...(Object.keys(timescales).length ? { timescales: JSON.stringify(timescales) } : {}),
      },
    ),
  };
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

/** Words staff use for what a page is for: indexed with weight (the page's own words count 1), never shown. */
export function purposeBlock(staffWords: string[], weight = 2): string {
  return staffWords.length
    ? `<div hidden data-pagefind-weight="${weight}">${indexOnlyMark} ${escapeHtml(staffWords.join('. '))}</div>`
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

/** Expansions the sources do not give, which name nothing a search could be for. */
const unexpanded = 'Not expanded in the sources';

/**
 * The names a glossary entry is filed under in the `entry` filter: its term, its expansion and its other spellings,
 * each as `glossaryEntryKey` writes it. A query that is just one of these names ("what is a PDU", "probation delivery
 * unit") finds the entry through the filter, to show as the answer above the results.
 */
export function glossaryEntryKeys(term: GlossaryTerm): string[] {
  const names = [term.id, ...(term.expansion === unexpanded ? [] : [term.expansion]), ...(term.aliases ?? [])];
  return [...new Set(names.map(glossaryEntryKey).filter((key) => key !== undefined))];
}

/**
 * One search result per glossary term, linking to its entry on the glossary page, with what staff also call it. Its
 * definition is kept as metadata too, for the answer box.
 */
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
          entry: glossaryEntryKeys(term),
        },
        { type: 'Glossary', definition: term.definition },
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
