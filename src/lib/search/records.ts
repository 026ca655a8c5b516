// What goes into the search index beyond the built pages: one record per process-map step and per glossary term,
// and the acronym expansions that let "information sharing agreement" find a page that only says "ISA".
import { glossaryAnchor } from '../content/glossary';
import { stepAnchor, type ProcessModel } from '../process-map/model';
import { roles } from '../roles';
import { formatTimescale } from '../timescale';
import { timescaleNotes } from '../timescales/registry';

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

/** One search result per step, linking straight to that step of the map. */
export function stepSearchPages(
  model: ProcessModel,
  processTitle: string,
  frameworkTitle: string,
  glossary: GlossaryTerm[],
): SearchPage[] {
  return model.steps.map((step) => {
    const timescale = step.meta.timescale ? formatTimescale(step.meta.timescale) : undefined;
    const notes = step.meta.timescale ? timescaleNotes(step.meta.timescale) : [];
    const text = [step.meta.summary, ...step.meta.tasks, timescale ? `Timescale: ${timescale}` : '', ...notes].join(
      ' ',
    );
    const body = [
      `<p>${escapeHtml(processTitle)}: step ${step.label}. ${escapeHtml(roles[step.meta.lane])}.</p>`,
      `<p>${escapeHtml(step.meta.summary)}</p>`,
      timescale
        ? `<p><strong>${escapeHtml(timescale)}</strong>${notes.map((note) => ` ${escapeHtml(note)}`).join('')}</p>`
        : '',
      step.meta.tasks.length
        ? `<ul>${step.meta.tasks.map((task) => `<li>${escapeHtml(task)}</li>`).join('')}</ul>`
        : '',
      expansionBlock(`${step.meta.title} ${text} ${roles[step.meta.lane]}`, glossary),
    ].join('');
    return {
      url: `/process-maps/${model.id}/?step=${encodeURIComponent(step.path)}#${stepAnchor(step.path)}`,
      content: page(
        step.meta.title,
        body,
        { framework: [frameworkTitle], type: ['Process step'], role: [roles[step.meta.lane]] },
        { framework: frameworkTitle, type: 'Process step', process: processTitle },
      ),
    };
  });
}

/** One search result per glossary term, linking to its entry on the glossary page. */
export function glossarySearchPages(glossary: GlossaryTerm[], frameworkTitles: Record<string, string[]>): SearchPage[] {
  return glossary.map((term) => {
    const title = term.kind === 'acronym' ? `${term.id}: ${term.expansion}` : term.id;
    const body = `<p>${escapeHtml(term.definition)}</p>${term.aliases?.length ? `<p>Also written: ${escapeHtml(term.aliases.join(', '))}</p>` : ''}`;
    return {
      url: `/glossary/#${glossaryAnchor(term.id)}`,
      content: page(
        title,
        body,
        { type: ['Glossary'], framework: frameworkTitles[term.id] ?? [] },
        { type: 'Glossary' },
      ),
    };
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The expansions of the acronyms a text uses, and the acronyms of the expansions it spells out, so a search for
 * either form finds it. Acronyms match case-sensitively as whole words; expansions match in any case.
 */
export function searchExpansions(text: string, glossary: GlossaryTerm[]): string[] {
  const extra = new Set<string>();
  for (const term of glossary) {
    if (term.kind !== 'acronym') continue;
    const hasAcronym = new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(term.id)}s?([^A-Za-z0-9]|$)`).test(text);
    const hasExpansion = new RegExp(escapeRegExp(term.expansion), 'i').test(text);
    if (hasAcronym && !hasExpansion) extra.add(term.expansion);
    if (hasExpansion && !hasAcronym) extra.add(term.id);
  }
  return [...extra];
}

/** A hidden block of expansions for the index: present for search, never shown or read out. */
export function expansionBlock(text: string, glossary: GlossaryTerm[]): string {
  const extra = searchExpansions(text, glossary);
  return extra.length ? `<div hidden data-pagefind-weight="0.5">${escapeHtml(extra.join('. '))}</div>` : '';
}
