// A guidance page's compiled MDX, rendered by its route without the bundler (issue 36): the module made from the
// compiler's output builds the page with the runtime it is given, and the loader leaves no page for Astro to bundle.
import { satteri } from '@astrojs/markdown-satteri';
import type { LoaderContext } from 'astro/loaders';
import * as runtime from 'astro/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { compiledByTheRoute } from '../../../src/lib/content/guidance-loader';
import { moduleBody, runtimeParameter, type GuidanceModule } from '../../../src/lib/content/guidance-module';

const file = 'src/content/guidance/national-standards/page.mdx';

/** `mdx` compiled as the build compiles a guidance page (Astro's Sätteri MDX renderer). */
async function compiled(mdx: string): Promise<string> {
  const renderer = await satteri({}).createMdxRenderer!(
    { gfm: true, smartypants: true },
    { optimize: true, srcDir: new URL('file:///site/src/'), sourcemap: false },
  );
  return (await renderer.process(mdx, `/site/${file}`, { title: 'A page' })).code;
}

function evaluate(body: string): GuidanceModule {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return (new Function(runtimeParameter, body) as (given: typeof runtime) => GuidanceModule)(runtime);
}

type Node = { type: unknown; props: Record<string, unknown> };
const children = (node: Node) => [node.props.children].flat() as (Node | string)[];

describe('a guidance page’s compiled module', () => {
  it('builds the page with the runtime it is given, its components from the route, with its headings and front matter', async () => {
    const Abbr = () => 'POM';
    const page = evaluate(
      moduleBody(await compiled('## Hand over the case\n\nThe <Abbr term="POM" /> hands over.\n'), file),
    );
    const tree = page.MDXContent({ components: { Fragment: runtime.Fragment, Abbr } }) as Node;
    expect(tree.type).toBe(runtime.Fragment);
    const [heading, paragraph] = children(tree) as Node[];
    // The heading is static HTML, handed to the runtime's Fragment as a string the renderer will not escape.
    expect(String(heading!.props.children)).toBe('<h2 id="hand-over-the-case">Hand over the case</h2>\n');
    expect(heading!.props.children).not.toBeTypeOf('string');
    expect(children(paragraph!)).toContainEqual(expect.objectContaining({ type: Abbr, props: { term: 'POM' } }));
    expect(page.getHeadings()).toEqual([{ depth: 2, slug: 'hand-over-the-case', text: 'Hand over the case' }]);
    expect(page.frontmatter).toEqual({ title: 'A page' });
  });

  it('refuses a page that exports or imports anything of its own, naming the file', async () => {
    await expect((async () => moduleBody(await compiled('export const days = 5\n\nText.\n'), file))()).rejects.toThrow(
      `${file}: guidance may not import or export anything`,
    );
    expect(() =>
      moduleBody(`import Callout from "../../components/content/Callout.astro";\nexport const frontmatter = {};`, file),
    ).toThrow(/national-standards\/page\.mdx: .*Found: import Callout/);
  });
});

describe('the guidance collection’s loader', () => {
  it('stores each entry as the glob loader makes it, but none marked for Astro to render or bundle', async () => {
    const stored: Record<string, unknown>[] = [];
    const bundled: string[] = [];
    const store = {
      set: (entry: Record<string, unknown>) => stored.push(entry) > 0,
      addModuleImport: (name: string) => bundled.push(name),
      get: () => undefined,
    };
    const glob = {
      name: 'glob-loader',
      load: async ({ store }: LoaderContext) => {
        store.set({
          id: 'a/page',
          data: { title: 'A page' },
          digest: 'd1',
          filePath: 'a/page.mdx',
          deferredRender: true,
        });
        (store as unknown as typeof store & { addModuleImport(name: string): void }).addModuleImport('a/page.mdx');
      },
    };
    await compiledByTheRoute(glob).load({ store } as unknown as LoaderContext);
    expect(stored).toEqual([{ id: 'a/page', data: { title: 'A page' }, digest: 'd1', filePath: 'a/page.mdx' }]);
    expect(bundled).toEqual([]);
  });
});
