// Lookups over the frameworks collection that several pages need, derived once here rather than in each page.
export interface FrameworkLike {
  id: string;
  data: { shortTitle: string };
}

/** Framework id → its short title ("national-standards" → "National Standards"), for citing a step's source. */
export function sourceTitles(frameworks: readonly FrameworkLike[]): Record<string, string> {
  return Object.fromEntries(frameworks.map((framework) => [framework.id, framework.data.shortTitle]));
}
