// Work a few pieces at a time: reading 10,000 built pages, or compiling 10,000 pages, at once holds them all in
// memory together.

/** Files the build's own steps read at a time. */
export const filesInFlight = 32;

/** `work` over `items`, at most `limit` at a time, with the results in the items' order. */
export function mapBounded<T, R>(items: T[], work: (item: T) => Promise<R>, limit = filesInFlight): Promise<R[]> {
  const run = concurrencyLimit(limit);
  return Promise.all(items.map((item) => run(() => work(item))));
}

/**
 * A gate that lets at most `limit` pieces of work run at once: `run(work)` starts `work` when a place is free and
 * resolves to its result. The others wait their turn, in the order they asked.
 */
export function concurrencyLimit(limit: number): <R>(work: () => Promise<R>) => Promise<R> {
  let running = 0;
  // The line, read from `first` on (not shifted: with 10,000 waiting, each shift would move them all).
  let waiting: (() => void)[] = [];
  let first = 0;
  return async (work) => {
    // A place is handed straight from the work that ends to the next in line, so `running` never passes the limit.
    if (running < limit) running += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = waiting[first];
      if (next) first += 1;
      else running -= 1;
      if (first === waiting.length) [waiting, first] = [[], 0];
      next?.();
    }
  };
}
