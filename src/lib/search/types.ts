// The kinds of search result, as shown in the Type filter and on each result.
export const searchTypes = ['Guidance', 'Process step', 'Step by step', 'Role', 'Glossary', 'Tool'] as const;
/** The kinds a page found by its purpose (src/content/staff-vocabulary.yaml) may be. */
export const pageSearchTypes = ['Tool', 'Step by step', 'Role'] as const satisfies readonly SearchType[];
export type SearchType = (typeof searchTypes)[number];
export type PageSearchType = (typeof pageSearchTypes)[number];
