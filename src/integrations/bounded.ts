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

/**
 * A gate that lets at most `limit` pieces of work run at once: `run(work)` starts `work` when a place is free and
 * resolves to its result. The others wait their turn, in the order they asked.
 */
export function concurrencyLimit(limit: number): <R>(work: () => Promise<R>) => Promise<R> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    // A place is handed straight from the work that ends to the next in line, so `running` never passes the limit.
    if (running < limit) running += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
