// A remark plugin that checks the components used in guidance MDX and fails the build naming the file, line and field.
import path from 'node:path';
import { frameworkIds } from '../schemas';
import { timescaleById } from '../timescales/registry';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | { type: string; value: string } | null;
}
interface MdastNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: JsxAttribute[];
  children?: MdastNode[];
  position?: { start: { line: number } };
}
interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

export interface MdxCheckOptions {
  /** Glossary ids that `<Abbr term>` may use, each with its expansion. */
  glossaryTerms: ReadonlyMap<string, string>;
  /** Process ids that `<ProcessMapCard id>` and `<ProcessDiagram id>` may use. */
  processIds: ReadonlySet<string>;
  /** Each process's step paths, which `<ProcessDiagram steps>` may name (not checked when left out). */
  processSteps?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Folder paths are shown relative to this. */
  root: string;
}

export const contentComponents = [
  'Callout',
  'Timescale',
  'Abbr',
  'Source',
  'ProcessMapCard',
  'ProcessDiagram',
] as const;

/** The framework a file belongs to: its front matter says so for guidance; a framework overview is named after it. */
export function frameworkOf(filePath: string, frontmatter: Record<string, unknown>): string | undefined {
  if (typeof frontmatter.framework === 'string') return frontmatter.framework;
  const base = path.basename(filePath, path.extname(filePath));
  return (frameworkIds as readonly string[]).includes(base) ? base : undefined;
}

/** The literal value of a JSX attribute: strings as written, `{2}` as the number 2, a bare attribute as true. */
export function attributeValue(attribute: JsxAttribute): unknown {
  const { value } = attribute;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const expression = value.value.trim();
  if (/^-?\d+(\.\d+)?$/.test(expression)) return Number(expression);
  if (expression === 'true' || expression === 'false') return expression === 'true';
  const quoted = /^(['"`])(.*)\1$/s.exec(expression);
  return quoted ? quoted[2] : expression;
}

function attributesOf(node: MdastNode): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name) result[attribute.name] = attributeValue(attribute);
  }
  return result;
}

/** Checks one MDX tree; returns the problems found (and adds the page's framework to `<Source>` tags that omit it). */
export function checkMdxTree(
  tree: MdastNode,
  filePath: string,
  frontmatter: Record<string, unknown>,
  options: MdxCheckOptions,
): string[] {
  const problems: string[] = [];
  const where = (node: MdastNode) =>
    `${path.relative(options.root, filePath) || filePath}:${node.position?.start.line ?? '?'}`;
  const framework = frameworkOf(filePath, frontmatter);

  const visit = (node: MdastNode, textBefore = '') => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const props = attributesOf(node);
      switch (node.name) {
        case 'Abbr':
          if (typeof props.term !== 'string') problems.push(`${where(node)}: <Abbr> needs a term="..." attribute`);
          else if (!options.glossaryTerms.has(props.term))
            problems.push(
              `${where(node)}: <Abbr term="${props.term}">: "${props.term}" is not in src/content/glossary.yaml`,
            );
          else if (props.expand === true && /\(\s*$/.test(textBefore))
            problems.push(
              `${where(node)}: <Abbr term="${props.term}" expand> sits inside brackets after the words it stands for, ` +
                `so it reads "${options.glossaryTerms.get(props.term)} (${options.glossaryTerms.get(props.term)} (${props.term}))": remove "expand"`,
            );
          break;
        case 'Source':
          if (typeof props.section !== 'string' || !props.section)
            problems.push(`${where(node)}: <Source> needs a section="..." attribute`);
          if (props.framework === undefined) {
            if (!framework) problems.push(`${where(node)}: <Source> needs framework="..." (the file has no framework)`);
            else node.attributes?.push({ type: 'mdxJsxAttribute', name: 'framework', value: framework });
          } else if (!(frameworkIds as readonly string[]).includes(String(props.framework))) {
            problems.push(`${where(node)}: <Source framework="${String(props.framework)}">: unknown framework`);
          }
          break;
        case 'Timescale': {
          // A page names a registry entry; an amount written here would be a second copy that can drift.
          const written = Object.keys(props).filter((name) => name !== 'id');
          if (written.length)
            problems.push(
              `${where(node)}: <Timescale> writes its own ${written.join(', ')}: name the entry in src/lib/timescales/registry.ts with id="..." and nothing else`,
            );
          if (typeof props.id !== 'string')
            problems.push(
              `${where(node)}: <Timescale> needs id="..." naming an entry in src/lib/timescales/registry.ts`,
            );
          else if (!timescaleById(props.id))
            problems.push(
              `${where(node)}: <Timescale id="${props.id}">: no such timescale in src/lib/timescales/registry.ts`,
            );
          break;
        }
        case 'Callout':
          if (!['must', 'should', 'note'].includes(String(props.type)))
            problems.push(`${where(node)}: <Callout> type must be "must", "should" or "note"`);
          break;
        case 'ProcessMapCard':
          if (props.id === undefined)
            problems.push(`${where(node)}: <ProcessMapCard> needs an id, e.g. id="enforcement"`);
          else if (!options.processIds.has(String(props.id)))
            problems.push(
              `${where(node)}: <ProcessMapCard id="${String(props.id)}">: no process map with that id in src/machines`,
            );
          break;
        case 'ProcessDiagram':
          problems.push(...processDiagramProblems(props, where(node), options));
          break;
        default:
          if (/^[A-Z]/.test(node.name))
            problems.push(
              `${where(node)}: <${node.name}> is not a content component (use ${contentComponents.join(', ')})`,
            );
      }
    }
    node.children?.forEach((child, index) => visit(child, textJustBefore(node.children ?? [], index)));
  };
  visit(tree);
  return [...problems, ...repeatedCitations(tree).map((node) => `${where(node)}: ${repeatedCitationMessage(node)}`)];
}

function repeatedCitationMessage(node: MdastNode): string {
  const section = String(attributesOf(node).section);
  return (
    `<Source section="${section}" /> repeats the citation just before it under the same heading: ` +
    `cite a section once, and again only after a different section`
  );
}

/**
 * Every `<Source>` that cites the same section as the one before it under the same heading: one citation covers the
 * paragraphs that follow it until a heading or a citation of a different section.
 */
export function repeatedCitations(tree: MdastNode): MdastNode[] {
  const repeated: MdastNode[] = [];
  let last: string | undefined;
  const visit = (node: MdastNode) => {
    if (node.type === 'heading') last = undefined;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Source') {
      const props = attributesOf(node);
      const cited = `${String(props.framework ?? '')}|${String(props.section)}`;
      if (cited === last) repeated.push(node);
      last = cited;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return repeated;
}

/** The text of the sibling just before a child, so an `<Abbr>` can see the words it follows. */
function textJustBefore(siblings: MdastNode[], index: number): string {
  const previous = siblings[index - 1];
  return previous?.type === 'text' ? (previous.value ?? '') : '';
}

/** `<ProcessDiagram id="enforcement" steps={["sendWarningLetter"]} />`: a known map and, if given, a list of its steps. */
function processDiagramProblems(props: Record<string, unknown>, where: string, options: MdxCheckOptions): string[] {
  const id = props.id === undefined ? undefined : String(props.id);
  if (id === undefined) return [`${where}: <ProcessDiagram> needs an id, e.g. id="enforcement"`];
  if (!options.processIds.has(id))
    return [`${where}: <ProcessDiagram id="${id}">: no process map with that id in src/machines`];
  if (props.steps === undefined) return [];
  let steps: unknown;
  try {
    steps = JSON.parse(String(props.steps));
  } catch {
    steps = undefined;
  }
  if (!Array.isArray(steps) || steps.length === 0 || !steps.every((step) => typeof step === 'string'))
    return [`${where}: <ProcessDiagram steps>: write a list of step paths, e.g. steps={["sendWarningLetter"]}`];
  const known = options.processSteps?.get(id);
  const unknown = known ? steps.filter((step) => !known.has(step)) : [];
  return unknown.map((step) => `${where}: <ProcessDiagram id="${id}">: the map has no step "${step}"`);
}

/** A `<Timescale>` as written on a page: where it sits (the heading above it) and the section cited for it. */
export interface TimescaleOnPage {
  /** The registry id it names. */
  id: string;
  /** Position of the heading above it among the page's headings, or null when it comes before any heading. */
  headingIndex: number | null;
  /** The `<Source>` cited for it: the first after it under the same heading, else the last before it. */
  section?: string;
}

/** Every `<Timescale>` on a page, in order, for the timescales index: written once in the MDX, never typed twice. */
export function collectTimescales(tree: MdastNode): TimescaleOnPage[] {
  type Mark =
    { kind: 'heading' } | { kind: 'source'; section: string } | { kind: 'timescale'; props: Record<string, unknown> };
  const marks: Mark[] = [];
  const visit = (node: MdastNode) => {
    if (node.type === 'heading') marks.push({ kind: 'heading' });
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const props = attributesOf(node);
      if (node.name === 'Timescale') marks.push({ kind: 'timescale', props });
      if (node.name === 'Source' && typeof props.section === 'string')
        marks.push({ kind: 'source', section: props.section });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  const found: TimescaleOnPage[] = [];
  let headingIndex: number | null = null;
  marks.forEach((mark, position) => {
    if (mark.kind === 'heading') headingIndex = headingIndex === null ? 0 : headingIndex + 1;
    if (mark.kind !== 'timescale') return;
    const after = marks.slice(position + 1);
    const nextHeading = after.findIndex((candidate) => candidate.kind === 'heading');
    const following = (nextHeading === -1 ? after : after.slice(0, nextHeading)).find(
      (candidate) => candidate.kind === 'source',
    );
    const before = marks.slice(0, position);
    const lastHeading = before.map((candidate) => candidate.kind).lastIndexOf('heading');
    const preceding = before
      .slice(lastHeading + 1)
      .reverse()
      .find((candidate) => candidate.kind === 'source');
    const source = (following ?? preceding) as { section: string } | undefined;
    found.push({
      id: String(mark.props.id),
      headingIndex,
      section: source?.section,
    });
  });
  return found;
}

export function remarkMdxChecks(options: MdxCheckOptions) {
  return (tree: MdastNode, file: VFileLike) => {
    const problems = checkMdxTree(tree, file.path ?? '(unknown file)', file.data.astro?.frontmatter ?? {}, options);
    if (problems.length) throw new Error(`Content problems:\n${problems.join('\n')}`);
    // Handed to the pages through Astro's remarkPluginFrontmatter, for the timescales index.
    if (file.data.astro?.frontmatter) file.data.astro.frontmatter.timescales = collectTimescales(tree);
  };
}
