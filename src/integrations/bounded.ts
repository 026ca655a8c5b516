// Work over every built file, a few at a time: reading 10,000 pages at once holds them all in memory together.

/** Files the build's own steps read at a time. */
export const filesInFlight = 32;

/** `work` over `items`, at most `limit` at a time, with the results in the items' order. */
export async function mapBounded<T, R>(items: T[], work: (item: T) => Promise<R>, limit = filesInFlight): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next;
      next += 1;
      results[at] = await work(items[at]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
