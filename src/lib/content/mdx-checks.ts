// Checks the components used in guidance MDX as the MDX compiler runs, and fails the build naming the file, line and field.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { frameworkIds } from '../schemas';
import { timescaleById } from '../timescales/registry';
import { findTimeAmounts, lineOf, timeAmountAdvice } from './time-amounts';

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
/** The part of Sätteri's visitor context the checks use. */
interface PluginContext {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
  replaceNode(node: unknown, replacement: unknown): void;
  parent(node: unknown): (MdastNode & { children?: readonly MdastNode[] }) | undefined;
  indexOf(node: unknown): number | undefined;
}
const frontmatterOf = (visitor: Pick<PluginContext, 'data'>) => visitor.data.astro?.frontmatter ?? {};

export interface MdxCheckOptions {
  /** Glossary ids that `<Abbr term>` may use, each with its expansion. */
  glossaryTerms: ReadonlyMap<string, string>;
  /** Process ids that `<ProcessMapCard id>` and `<ProcessDiagram id>` may use. */
  processIds: ReadonlySet<string>;
  /** Each process's step paths, which `<ProcessDiagram steps>` may name (not checked when left out). */
  processSteps?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * The words in capitals prose may write bare (glossary ids and aliases, src/content/names.yaml); any other fails
   * the build. Not checked when left out.
   */
  knownCapitals?: ReadonlySet<string>;
  /** Folder paths are shown relative to this. */
  root: string;
}

/** A word in capitals: two or more capital letters (a plural "s" allowed), not part of a longer or hyphenated word. */
const capitalisedWord = /(?<![\p{L}\p{N}'’&-])[A-Z][A-Z&]*[A-Z](s?)(?![\p{L}\p{N}&-])/gu;

/** Each word in capitals in `text` that is neither known nor a code, with where it starts. */
export function unknownCapitals(text: string, known: ReadonlySet<string>): { word: string; index: number }[] {
  return [...text.matchAll(capitalisedWord)]
    .filter(([word, plural]) => !known.has(word) && !(plural && known.has(word.slice(0, -1))))
    .map((match) => ({ word: match[0], index: match.index }));
}

/** What a component rule is told about the file it is checking. */
export interface RuleContext {
  options: MdxCheckOptions;
  /** The page's framework (front matter, or a framework overview's file name), if any. */
  framework?: string;
  /** The text just before the component in its paragraph, for checks that depend on how it is read in a sentence. */
  textBefore: string;
}

/** How the build checks one content component: what is wrong with its props, and props it fills in when left out. */
export interface ComponentRule {
  /** Each problem as `<Tag ...>: what is wrong`; the file and line are added by the caller. */
  check(props: Record<string, unknown>, context: RuleContext): string[];
  /**
   * Props added to the component when the author leaves them out, e.g. `<Source>`'s framework. Only for a component
   * that takes no content: the compiler rebuilds the element with the added props and no children.
   */
  fill?(props: Record<string, unknown>, context: RuleContext): Record<string, string> | undefined;
}

/**
 * The one place content components are registered for the build: a component guidance MDX may use has a rule here
 * (and its Astro component in src/components/content/index.ts); any other capitalised tag fails the build.
 */
export const componentRules: Record<string, ComponentRule> = {
  Abbr: {
    check: (props, { options, textBefore }) => {
      if (typeof props.term !== 'string') return ['<Abbr> needs a term="..." attribute'];
      const expansion = options.glossaryTerms.get(props.term);
      if (expansion === undefined)
        return [`<Abbr term="${props.term}">: "${props.term}" is not in src/content/glossary.yaml`];
      if (props.expand === true && /\(\s*$/.test(textBefore))
        return [
          `<Abbr term="${props.term}" expand> sits inside brackets after the words it stands for, ` +
            `so it reads "${expansion} (${expansion} (${props.term}))": remove "expand"`,
        ];
      return [];
    },
  },
  // Marks a time amount in prose that is not a deadline the sources set (a fact about a document, an example), so the
  // prose check lets it through; fileChecks checks that it wraps just one amount.
  Amount: {
    check: (props) =>
      Object.keys(props).length
        ? ['<Amount> takes no attributes: wrap just the amount, e.g. <Amount>12 months</Amount>']
        : [],
  },
  Callout: {
    check: (props) =>
      ['must', 'should', 'note'].includes(String(props.type))
        ? []
        : ['<Callout> type must be "must", "should" or "note"'],
  },
  ProcessMapCard: {
    check: (props, { options }) => {
      if (props.id === undefined) return ['<ProcessMapCard> needs an id, e.g. id="enforcement"'];
      if (!options.processIds.has(attributeText(props.id)))
        return [`<ProcessMapCard id="${attributeText(props.id)}">: no process map with that id in src/machines`];
      return [];
    },
  },
  ProcessDiagram: {
    check: (props, { options }) => {
      const id = props.id === undefined ? undefined : attributeText(props.id);
      if (id === undefined) return ['<ProcessDiagram> needs an id, e.g. id="enforcement"'];
      if (!options.processIds.has(id))
        return [`<ProcessDiagram id="${id}">: no process map with that id in src/machines`];
      if (props.steps === undefined) return [];
      let steps: unknown;
      try {
        steps = JSON.parse(attributeText(props.steps));
      } catch {
        steps = undefined;
      }
      if (!Array.isArray(steps) || steps.length === 0 || !steps.every((step) => typeof step === 'string'))
        return ['<ProcessDiagram steps>: write a list of step paths, e.g. steps={["sendWarningLetter"]}'];
      const known = options.processSteps?.get(id);
      const unknown = known ? steps.filter((step) => !known.has(step)) : [];
      return unknown.map((step) => `<ProcessDiagram id="${id}">: the map has no step "${step}"`);
    },
  },
  Source: {
    check: (props, { framework }) => {
      const problems: string[] = [];
      if (typeof props.section !== 'string' || !props.section)
        problems.push('<Source> needs a section="..." attribute');
      if (props.framework === undefined) {
        if (!framework) problems.push('<Source> needs framework="..." (the file has no framework)');
      } else if (!(frameworkIds as readonly string[]).includes(attributeText(props.framework))) {
        problems.push(`<Source framework="${attributeText(props.framework)}">: unknown framework`);
      }
      return problems;
    },
    fill: (props, { framework }) => (props.framework === undefined && framework ? { framework } : undefined),
  },
  Timescale: {
    check: (props) => {
      const problems: string[] = [];
      // A page names a registry entry; an amount written here would be a second copy that can drift.
      const written = Object.keys(props).filter((name) => name !== 'id');
      if (written.length)
        problems.push(
          `<Timescale> writes its own ${written.join(', ')}: name the entry in src/lib/timescales/registry.ts with id="..." and nothing else`,
        );
      if (typeof props.id !== 'string')
        problems.push('<Timescale> needs id="..." naming an entry in src/lib/timescales/registry.ts');
      else if (!timescaleById(props.id))
        problems.push(`<Timescale id="${props.id}">: no such timescale in src/lib/timescales/registry.ts`);
      return problems;
    },
  },
};

export const contentComponents = Object.keys(componentRules);

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

const isComponent = (node: MdastNode) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && Boolean(node.name);

/** Checks one JSX element against its rule: the problems (prefixed with file and line) and the attributes to add. */
export function checkComponent(
  node: MdastNode,
  where: string,
  context: RuleContext,
): { problems: string[]; added: JsxAttribute[] } {
  const name = node.name ?? '';
  const rule = componentRules[name];
  const at = `${where}:${node.position?.start.line ?? '?'}`;
  if (!rule) {
    // Lower-case tags are HTML elements, which MDX allows.
    const problems = /^[A-Z]/.test(name)
      ? [`${at}: <${name}> is not a content component (use ${contentComponents.join(', ')})`]
      : [];
    return { problems, added: [] };
  }
  const props = attributesOf(node);
  const added = Object.entries(rule.fill?.(props, context) ?? {}).map(([attributeName, value]) => ({
    type: 'mdxJsxAttribute',
    name: attributeName,
    value,
  }));
  return { problems: rule.check(props, context).map((problem) => `${at}: ${problem}`), added };
}

function repeatedCitationMessage(section: unknown): string {
  return (
    `<Source section="${String(section)}" /> repeats the citation just before it under the same heading: ` +
    `cite a section once, and again only after a different section`
  );
}

/**
 * The checks of one file, fed its headings and JSX elements in page order (by a tree walk in the tests, by the MDX
 * compiler in the build): the problems, with repeated citations last, and the marks for the timescales index.
 */
export function fileChecks(filePath: string, frontmatter: Record<string, unknown>, options: MdxCheckOptions) {
  const where = path.relative(options.root, filePath) || filePath;
  const framework = frameworkOf(filePath, frontmatter);
  const problems: string[] = [];
  const repeated: string[] = [];
  const marks: PageMark[] = [];
  let lastCitation: string | undefined;
  return {
    heading() {
      marks.push({ kind: 'heading' });
      lastCitation = undefined;
    },
    /** Checks an element; returns the attributes its rule fills in. */
    element(node: MdastNode, textBefore: string): JsxAttribute[] {
      const result = checkComponent(node, where, { options, framework, textBefore });
      problems.push(...result.problems);
      const mark = markOf(node);
      if (mark) marks.push(mark);
      if (node.name === 'Amount') {
        const words = textOf(node).trim();
        const amounts = findTimeAmounts(words);
        if (amounts.length !== 1 || amounts[0]!.text !== words.replace(/\s+/g, ' '))
          problems.push(
            `${where}:${node.position?.start.line ?? '?'}: <Amount> must wrap just one time amount, e.g. ` +
              `<Amount>12 months</Amount>; it wraps "${words}"`,
          );
      }
      if (node.name === 'Source') {
        const props = attributesOf(node);
        const cited = `${attributeText(props.framework ?? result.added.find((added) => added.name === 'framework')?.value ?? '')}|${attributeText(props.section)}`;
        if (cited === lastCitation)
          repeated.push(`${where}:${node.position?.start.line ?? '?'}: ${repeatedCitationMessage(props.section)}`);
        lastCitation = cited;
      }
      return result.added;
    },
    /** Reports each time amount written in a run of prose, which should name a registry entry instead. */
    text(node: MdastNode) {
      const value = node.value ?? '';
      for (const amount of findTimeAmounts(value)) {
        const line = node.position ? lineOf(value, amount.index, node.position.start.line) : '?';
        problems.push(`${where}:${line}: "${amount.text}" is a time amount written in prose: ${timeAmountAdvice}`);
      }
      if (!options.knownCapitals) return;
      for (const { word, index } of unknownCapitals(value, options.knownCapitals)) {
        const line = node.position ? lineOf(value, index, node.position.start.line) : '?';
        problems.push(
          `${where}:${line}: "${word}" is not in src/content/glossary.yaml: add it there with its expansion and use <Abbr term="${word}" />, or list it in src/content/names.yaml if it is a name`,
        );
      }
    },
    /** Reports an element whose content would be lost. */
    problem(node: MdastNode, message: string) {
      problems.push(`${where}:${node.position?.start.line ?? '?'}: ${message}`);
    },
    problems: () => [...problems, ...repeated],
    timescales: () => timescalesFromMarks(marks),
  };
}

/** The words inside a node, as written. */
function textOf(node: MdastNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

const isAmount = (node: MdastNode | undefined) => Boolean(node && isComponent(node) && node.name === 'Amount');

function textJustBefore(siblings: readonly MdastNode[], index: number): string {
  const previous = siblings[index - 1];
  return previous?.type === 'text' ? (previous.value ?? '') : '';
}

/** Checks one MDX tree; returns the problems found (and adds the page's framework to `<Source>` tags that omit it). */
export function checkMdxTree(
  tree: MdastNode,
  filePath: string,
  frontmatter: Record<string, unknown>,
  options: MdxCheckOptions,
): string[] {
  const checks = fileChecks(filePath, frontmatter, options);
  const visit = (node: MdastNode, textBefore = '', insideAmount = false) => {
    if (node.type === 'heading') checks.heading();
    if (node.type === 'text' && !insideAmount) checks.text(node);
    if (isComponent(node)) node.attributes?.push(...checks.element(node, textBefore));
    node.children?.forEach((child, index) =>
      visit(child, textJustBefore(node.children ?? [], index), insideAmount || isAmount(node)),
    );
  };
  visit(tree);
  return checks.problems();
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

/** What the timescales index needs from a page, in page order: its headings and its timescales and citations. */
export type PageMark =
  { kind: 'heading' } | { kind: 'source'; section: string } | { kind: 'timescale'; props: Record<string, unknown> };

/** The mark a node leaves for the timescales index, if any. */
export function markOf(node: MdastNode): PageMark | undefined {
  if (node.type === 'heading') return { kind: 'heading' };
  if (!isComponent(node) || (node.name !== 'Timescale' && node.name !== 'Source')) return undefined;
  const props = attributesOf(node);
  if (node.name === 'Timescale') return { kind: 'timescale', props };
  return typeof props.section === 'string' ? { kind: 'source', section: props.section } : undefined;
}

/** Each `<Timescale>` with the heading above it and the `<Source>` cited for it, from the page's marks in order. */
export function timescalesFromMarks(marks: PageMark[]): TimescaleOnPage[] {
  const found: TimescaleOnPage[] = [];
  let headingIndex: number | null = null;
  marks.forEach((mark, position) => {
    if (mark.kind === 'heading') headingIndex = headingIndex === null ? 0 : headingIndex + 1;
    if (mark.kind !== 'timescale') return;
    let source: PageMark | undefined;
    for (let next = position + 1; next < marks.length && marks[next]!.kind !== 'heading' && !source; next += 1)
      if (marks[next]!.kind === 'source') source = marks[next];
    for (let previous = position - 1; previous >= 0 && marks[previous]!.kind !== 'heading' && !source; previous -= 1)
      if (marks[previous]!.kind === 'source') source = marks[previous];
    found.push({
      id: String(mark.props.id),
      headingIndex,
      section: source?.kind === 'source' ? source.section : undefined,
    });
  });
  return found;
}

/** Every `<Timescale>` on a page, in order, for the timescales index: written once in the MDX, never typed twice. */
export function collectTimescales(tree: MdastNode): TimescaleOnPage[] {
  const marks: PageMark[] = [];
  const visit = (node: MdastNode) => {
    const mark = markOf(node);
    if (mark) marks.push(mark);
    node.children?.forEach(visit);
  };
  visit(tree);
  return timescalesFromMarks(marks);
}

/**
 * The checks as a Sätteri mdast plugin, the Markdown processor Astro runs natively: only headings and JSX elements
 * cross into JavaScript, and the glossary and process ids are read once, by the config, not per file. Fails the
 * build listing every problem in the file; hands the page's timescales to the pages through its front matter.
 */
export function mdxChecksPlugin(options: MdxCheckOptions) {
  // A factory: Sätteri calls it once per file, so each file gets its own problems and marks.
  return ({ fileURL, data }: { fileURL: URL | undefined; data: PluginContext['data'] }): MdastPluginDefinition => {
    const checks = fileChecks(fileURL ? fileURLToPath(fileURL) : '(unknown file)', frontmatterOf({ data }), options);
    const element = (node: Readonly<MdastNode>, visitor: PluginContext) => {
      if (!node.name) return;
      const index = visitor.indexOf(node);
      const siblings = visitor.parent(node)?.children ?? [];
      const added = checks.element(node as MdastNode, index === undefined ? '' : textJustBefore(siblings, index));
      if (!added.length) return;
      // Sätteri cannot add an attribute in place, so the element is rebuilt; a component that fills props takes no
      // content, and content left between its tags would be lost, so it is an error.
      if (node.children?.length) checks.problem(node as MdastNode, `<${node.name}> takes no content between its tags`);
      else
        visitor.replaceNode(node, {
          type: node.type,
          name: node.name,
          attributes: [...(node.attributes ?? []), ...added],
          children: [],
        });
    };
    // Prose inside <Amount> is marked as not a deadline; code is never a text node, so it is never checked.
    const text = (node: Readonly<MdastNode>, visitor: PluginContext) => {
      for (let parent = visitor.parent(node); parent; parent = visitor.parent(parent))
        if (isAmount(parent as MdastNode)) return;
      checks.text(node as MdastNode);
    };
    return {
      name: 'app-mdx-checks',
      options: { position: true },
      heading: () => checks.heading(),
      text,
      mdxJsxFlowElement: element,
      mdxJsxTextElement: element,
      after: (_root: unknown, visitor: PluginContext) => {
        const problems = checks.problems();
        if (problems.length) throw new Error(`Content problems:\n${problems.join('\n')}`);
        // Handed to the pages through Astro's remarkPluginFrontmatter, for the timescales index.
        const frontmatter = visitor.data.astro?.frontmatter;
        if (frontmatter) frontmatter.timescales = checks.timescales();
      },
    } as unknown as MdastPluginDefinition;
  };
}

/** An attribute as written: a string as it is, an expression's value as JSON (never "[object Object]"). */
function attributeText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
