import type { Browser, Page } from 'playwright-core';

export declare const step: (map: string, path: string) => RegExp;
export declare const mapPage: (map: string) => RegExp;
export declare const guidance: (page: string) => RegExp;
export declare const glossaryEntry: (term: string) => RegExp;
/** Any of the patterns, each kept in `parts`. */
export declare const either: (...patterns: RegExp[]) => RegExp & { parts: RegExp[] };

export interface ShownSearch {
  status: string;
  suggestion: string;
  /** The answer box's link, when a definition is shown above the results. */
  answer?: string;
  /** Each result's links, its own first, without the highlight words. */
  results: string[][];
}

export interface AskedQuestion {
  query: string;
  expect: RegExp;
}

export declare function askSearch(page: Page, siteUrl: string, query: string): Promise<ShownSearch>;
export declare function rankOf(shown: ShownSearch, expect: RegExp): number | undefined;
export declare function scoreQuestions<Q extends AskedQuestion>(
  browser: Browser,
  siteUrl: string,
  questions: Q[],
  options?: { concurrency?: number },
): Promise<(Q & { rank: number | undefined; shown: ShownSearch })[]>;
export declare function summarise(scored: { rank: number | undefined }[]): {
  first: number;
  topThree: number;
  total: number;
};
