// The guidance collection's loader: Astro's glob loader, except that no entry is left for Astro to render. A guidance
// page's MDX is compiled and rendered by the page's route (./render-guidance.ts), so the bundler no longer takes in a
// module for every page: at 10,000 pages those modules were most of a build's time and memory (issue 36).
import type { Loader } from 'astro/loaders';

/** `loader` with its entries' ids, data, digests and checks as it makes them, but none marked for Astro to render. */
export function compiledByTheRoute(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const store = Object.create(context.store) as typeof context.store;
      store.set = (entry) => {
        const { deferredRender: _rendered, ...kept } = entry as typeof entry & { deferredRender?: boolean };
        return context.store.set(kept);
      };
      // The list of modules Astro bundles for rendering: a guidance page is never on it.
      Object.assign(store, { addModuleImport: () => undefined });
      return loader.load({ ...context, store });
    },
  };
}
