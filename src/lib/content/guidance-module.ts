// A guidance page's compiled MDX made into a function the page route calls, so the page's module never passes through
// the bundler (issue 36). The build compiles the page (src/integrations/mdx-cache.ts) and this turns the compiled ES
// module into the body of a function given Astro's JSX runtime: the runtime the route itself was bundled with, so its
// elements and HTML strings are the ones the route's renderer knows.

/** The names the compiled module is given its runtime and returns its parts under. */
export const runtimeParameter = '__runtime';

/** What a guidance page's compiled module gives the route. */
export interface GuidanceModule {
  /** The page's content, to be rendered with the components guidance may use (src/components/content). */
  MDXContent: (props: Record<string, unknown>) => unknown;
  /** The page's front matter and what the content rules added to it (its timescales). */
  frontmatter: Record<string, unknown>;
  getHeadings: () => { depth: number; slug: string; text: string }[];
}

/** Where the build keeps the function that compiles a guidance page, for the route to call while it renders. */
export const compilerKey = Symbol.for('hmpps.guidance-compiler');

/** Compiles a guidance page (a path from the project's root, as the content store gives it) to a `moduleBody`. */
export type GuidanceCompiler = (filePath: string) => Promise<string>;

const runtimeImport = /^import \{([^}]*)\} from "astro\/jsx-runtime";$/;
const allowedExport = /^export (?:default function MDXContent\b|function getHeadings\b|const frontmatter\b)/;

/**
 * The compiled module `code` of `file` as the body of a function of `runtimeParameter` that returns a
 * `GuidanceModule`. The compiler writes one statement per line, and its strings never hold a raw line break, so a
 * line that starts with `import` or `export` is a statement. Guidance may not import or export anything of its own
 * (its components are given to it): a page that does fails here, by name.
 */
export function moduleBody(code: string, file: string): string {
  const lines = code.split('\n').map((line) => {
    const imported = runtimeImport.exec(line);
    if (imported) {
      const names = imported[1]!.split(',').map((name) => name.trim().replace(/\s+as\s+/, ': '));
      return `const { ${names.join(', ')} } = ${runtimeParameter};`;
    }
    if (/^(?:import|export)\b/.test(line)) {
      if (!allowedExport.test(line))
        throw new Error(
          `${file}: guidance may not import or export anything: its components are given to it (src/components/content). Found: ${line.slice(0, 120)}`,
        );
      return line.replace(/^export (?:default )?/, '');
    }
    return line;
  });
  return `${lines.join('\n')}\nreturn { MDXContent, frontmatter, getHeadings };`;
}
