// Renders a guidance page's MDX from its compiled module, which the build keeps outside the bundle (issue 36): in
// place of `render(entry)` from astro:content, whose module for each page Rolldown bundled again on every build.
import type { CollectionEntry } from 'astro:content';
import * as runtime from 'astro/jsx-runtime';
import type { Heading } from './guidance';
import { compilerKey, runtimeParameter, type GuidanceCompiler, type GuidanceModule } from './guidance-module';

export interface RenderedPage {
  /** The page's content, as `render(entry)` gives it: pass it the components guidance may use. */
  Content: (props: { components?: Record<string, unknown> }) => unknown;
  headings: Heading[];
  /** The front matter with what the content rules added (`timescales`), as `remarkPluginFrontmatter` was. */
  frontmatter: Record<string, unknown>;
}

function compiler(): GuidanceCompiler {
  const compile = (globalThis as Record<symbol, GuidanceCompiler | undefined>)[compilerKey];
  if (!compile)
    throw new Error(
      'A guidance page is compiled by the build (the app-mdx-cache integration, src/integrations/mdx-cache.ts), which is not running',
    );
  return compile;
}

/** The page's module, made from the compiled code with the runtime this route was bundled with. */
async function guidanceModule(entry: CollectionEntry<'guidance'>): Promise<GuidanceModule> {
  if (!entry.filePath) throw new Error(`Guidance entry ${entry.id} has no file`);
  const body = await compiler()(entry.filePath);
  // The body is the build's own compiled output of the site's own content (./guidance-module.ts), not input from
  // a reader: this is how a module that never went through the bundler is given the bundled runtime.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const make = new Function(runtimeParameter, body) as (given: typeof runtime) => GuidanceModule;
  return make(runtime);
}

/** A guidance page's content component, headings and front matter. */
export async function renderGuidance(entry: CollectionEntry<'guidance'>): Promise<RenderedPage> {
  const { MDXContent, frontmatter, getHeadings } = await guidanceModule(entry);
  // As @astrojs/mdx's post-processing makes each page's `Content` (with `__astro_tag_component__`): MDX's Fragment
  // given, and marked for the renderer of Astro's JSX.
  const Content = (props: { components?: Record<string, unknown> } = {}) =>
    MDXContent({ ...props, components: { Fragment: runtime.Fragment, ...props.components } });
  Object.assign(Content, {
    [Symbol.for('mdx-component')]: true,
    [Symbol.for('astro.needsHeadRendering')]: !frontmatter.layout,
    moduleId: entry.filePath,
  });
  Object.defineProperty(Content, Symbol.for('astro:renderer'), { value: 'astro:jsx' });
  return { Content, headings: getHeadings(), frontmatter };
}
