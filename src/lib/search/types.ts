// The kinds of search result, as shown in the Type filter and on each result.
export const searchTypes = ['Guidance', 'Process step', 'Glossary', 'Tool'] as const;
export type SearchType = (typeof searchTypes)[number];
