// The kinds of search result, as shown in the Type filter and on each result; a map's result lists its matching
// steps, each shown as a process step.
export const searchTypes = ['Guidance', 'Process map', 'Step by step', 'Role', 'Tool', 'Glossary'] as const;
/** The kinds a page found by its purpose (src/content/staff-vocabulary.yaml) may be. */
export const pageSearchTypes = ['Tool', 'Step by step', 'Role', 'Guidance'] as const satisfies readonly SearchType[];
export type SearchType = (typeof searchTypes)[number];
export type PageSearchType = (typeof pageSearchTypes)[number];
/** What each step listed under its map's result is. */
export const stepSearchType = 'Process step';
