// The MDX check: components in guidance are the known ones, used with values that exist, reported by file and line.
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  attributeValue,
  checkMdxTree,
  contentComponents,
  frameworkOf,
  mdxChecksPlugin,
} from '../../../src/lib/content/mdx-checks';

const root = '/site';
const guidanceFile = '/site/src/content/guidance/national-standards/09-enforcing-the-sentence.mdx';
const where = 'src/content/guidance/national-standards/09-enforcing-the-sentence.mdx';
const options = {
  glossaryTerms: new Map([
    ['ISA', 'Information Sharing Agreement'],
    ['SPO', 'Senior Probation Officer'],
  ]),
  processIds: new Set(['enforcement']),
  processSteps: new Map([['enforcement', new Set(['sendWarningLetter', 'awaitEvidence'])]]),
  root,
};

type Attribute = { type: 'mdxJsxAttribute'; name: string; value?: string | { type: string; value: string } | null };
interface Node {
  type: string;
  name?: string | null;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number } };
}

const text = (value: string): Node & { value: string } => ({ type: 'text', value });
const expression = (value: string) => ({ type: 'mdxJsxAttributeValueExpression', value });
const attribute = (name: string, value?: Attribute['value']): Attribute => ({ type: 'mdxJsxAttribute', name, value });

/** A component on its own line (<Callout>) or inside a paragraph (<Abbr>), at a line of the file. */
function element(name: string, attributes: Record<string, Attribute['value']>, line: number, inline = false): Node {
  return {
    type: inline ? 'mdxJsxTextElement' : 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => attribute(key, value)),
    children: [],
    position: { start: { line } },
  };
}

const tree = (...children: Node[]): Node => ({ type: 'root', children });
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', children });
const check = (
  node: Node,
  file = guidanceFile,
  frontmatter: Record<string, unknown> = { framework: 'national-standards' },
) => checkMdxTree(node, file, frontmatter, options);

describe('frameworkOf', () => {
  it('takes the framework from a guidance page’s front matter', () => {
    expect(frameworkOf(guidanceFile, { framework: 'national-standards' })).toBe('national-standards');
  });

  it('knows a framework overview by its file name', () => {
    expect(frameworkOf('/site/src/content/frameworks/information-sharing.mdx', {})).toBe('information-sharing');
  });

  it('gives no framework for a file that names none', () => {
    expect(frameworkOf('/site/src/pages/about.mdx', {})).toBeUndefined();
    expect(frameworkOf('/site/src/pages/about.mdx', { framework: 3 })).toBeUndefined();
  });
});

describe('attributeValue', () => {
  it('reads a written string as it is', () => {
    expect(attributeValue(attribute('term', 'ISA'))).toBe('ISA');
  });

  it('reads {2} as the number 2 and {-1.5} as -1.5', () => {
    expect(attributeValue(attribute('amount', expression('2')))).toBe(2);
    expect(attributeValue(attribute('amount', expression(' -1.5 ')))).toBe(-1.5);
  });

  it('reads {true} and {false} as booleans, and a bare attribute as true', () => {
    expect(attributeValue(attribute('open', expression('true')))).toBe(true);
    expect(attributeValue(attribute('open', expression('false')))).toBe(false);
    expect(attributeValue(attribute('open'))).toBe(true);
    expect(attributeValue(attribute('open', null))).toBe(true);
  });

  it('reads a quoted string inside braces without its quotes', () => {
    expect(attributeValue(attribute('unit', expression('"days"')))).toBe('days');
    expect(attributeValue(attribute('unit', expression("'days'")))).toBe('days');
    expect(attributeValue(attribute('unit', expression('`days`')))).toBe('days');
  });

  it('gives any other expression back as its source text', () => {
    expect(attributeValue(attribute('amount', expression('2 + 3')))).toBe('2 + 3');
    expect(attributeValue(attribute('unit', expression('"days\'')))).toBe('"days\'');
  });
});

describe('checkMdxTree', () => {
  it('finds nothing wrong with known components used correctly', () => {
    const problems = check(
      tree(
        paragraph(text('Sign an '), element('Abbr', { term: 'ISA' }, 3, true), text('.')),
        element('Callout', { type: 'must' }, 5),
        element('Timescale', { id: 'ns-9.1-letter' }, 7),
        element('Source', { section: '9.1' }, 9),
        element('ProcessMapCard', { id: 'enforcement' }, 11),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('reports an <Abbr> term that is not in the glossary, with file and line', () => {
    const problems = check(tree(paragraph(text('Ask the '), element('Abbr', { term: 'VLO' }, 12, true))));
    expect(problems).toEqual([`${where}:12: <Abbr term="VLO">: "VLO" is not in src/content/glossary.yaml`]);
  });

  it('reports an expanded <Abbr> inside brackets after its own words, which would read "X (X (ISA))"', () => {
    const problems = check(
      tree(
        paragraph(
          text('Sign an Information Sharing Agreement ('),
          element('Abbr', { term: 'ISA', expand: null }, 8, true),
          text(').'),
        ),
      ),
    );
    expect(problems).toEqual([
      `${where}:8: <Abbr term="ISA" expand> sits inside brackets after the words it stands for, so it reads ` +
        `"Information Sharing Agreement (Information Sharing Agreement (ISA))": remove "expand"`,
    ]);
  });

  it('lets an expanded <Abbr> stand on its own, and a plain one follow its words in brackets', () => {
    const problems = check(
      tree(
        paragraph(text('Ask your '), element('Abbr', { term: 'SPO', expand: null }, 3, true), text('.')),
        paragraph(text('Sign an Information Sharing Agreement ('), element('Abbr', { term: 'ISA' }, 5, true)),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('reports a citation that repeats the one before it under the same heading, naming the line', () => {
    const problems = check(
      tree(
        paragraph(text('Record contacts promptly. '), element('Source', { section: '1.1' }, 3, true)),
        paragraph(text('Record them in nDelius. '), element('Source', { section: '1.1' }, 5, true)),
      ),
    );
    expect(problems).toEqual([
      `${where}:5: <Source section="1.1" /> repeats the citation just before it under the same heading: ` +
        'cite a section once, and again only after a different section',
    ]);
  });

  it('lets a section be cited again after a different section or under a new heading', () => {
    const problems = check(
      tree(
        paragraph(text('A. '), element('Source', { section: '1.1' }, 3, true)),
        paragraph(text('B. '), element('Source', { section: '1.2' }, 5, true)),
        paragraph(text('C. '), element('Source', { section: '1.1' }, 7, true)),
        { type: 'heading', children: [text('Next')] },
        paragraph(text('D. '), element('Source', { section: '1.1' }, 11, true)),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('reports an <Abbr> with no term', () => {
    expect(check(tree(element('Abbr', {}, 4, true)))).toEqual([`${where}:4: <Abbr> needs a term="..." attribute`]);
    expect(check(tree(element('Abbr', { term: null }, 5, true)))).toEqual([
      `${where}:5: <Abbr> needs a term="..." attribute`,
    ]);
  });

  it('gives a <Source> without a framework the framework from the front matter', () => {
    const source = element('Source', { section: '9.2' }, 8);
    expect(check(tree(source))).toEqual([]);
    expect(source.attributes).toContainEqual({
      type: 'mdxJsxAttribute',
      name: 'framework',
      value: 'national-standards',
    });
  });

  it('gives a <Source> on a framework overview that framework', () => {
    const source = element('Source', { section: '4.1' }, 2);
    expect(checkMdxTree(tree(source), '/site/src/content/frameworks/faith-and-probation.mdx', {}, options)).toEqual([]);
    expect(source.attributes).toContainEqual({
      type: 'mdxJsxAttribute',
      name: 'framework',
      value: 'faith-and-probation',
    });
  });

  it('leaves a <Source> that names a known framework as written', () => {
    const source = element('Source', { section: '4.1', framework: 'faith-and-probation' }, 2);
    expect(check(tree(source))).toEqual([]);
    expect(source.attributes!.filter((candidate) => candidate.name === 'framework')).toEqual([
      attribute('framework', 'faith-and-probation'),
    ]);
  });

  it('reports a <Source> with no section, an unknown framework, or no framework to fall back on', () => {
    expect(check(tree(element('Source', {}, 3)))).toEqual([`${where}:3: <Source> needs a section="..." attribute`]);
    expect(check(tree(element('Source', { section: '1', framework: 'prison-rules' }, 4)))).toEqual([
      `${where}:4: <Source framework="prison-rules">: unknown framework`,
    ]);
    expect(
      checkMdxTree(tree(element('Source', { section: '1' }, 5)), '/site/src/pages/about.mdx', {}, options),
    ).toEqual(['src/pages/about.mdx:5: <Source> needs framework="..." (the file has no framework)']);
  });

  it('refuses a <Timescale> that writes its own amount, naming the file, line and the registry', () => {
    const problems = check(
      tree(element('Timescale', { amount: expression('2'), unit: 'working-days', task: 'Send a letter' }, 14)),
    );
    expect(problems).toEqual([
      `${where}:14: <Timescale> writes its own amount, unit, task: name the entry in src/lib/timescales/registry.ts with id="..." and nothing else`,
      `${where}:14: <Timescale> needs id="..." naming an entry in src/lib/timescales/registry.ts`,
    ]);
  });

  it('refuses a <Timescale> id the registry does not have', () => {
    expect(check(tree(element('Timescale', { id: 'ns-9.1-letters' }, 6)))).toEqual([
      `${where}:6: <Timescale id="ns-9.1-letters">: no such timescale in src/lib/timescales/registry.ts`,
    ]);
  });

  it('reports a <Callout> whose type is not must, should or note', () => {
    expect(check(tree(element('Callout', { type: 'warning' }, 20)))).toEqual([
      `${where}:20: <Callout> type must be "must", "should" or "note"`,
    ]);
    expect(check(tree(element('Callout', {}, 21)))).toEqual([
      `${where}:21: <Callout> type must be "must", "should" or "note"`,
    ]);
  });

  it('reports a <ProcessMapCard> for a process with no map', () => {
    expect(check(tree(element('ProcessMapCard', { id: 'recall' }, 30)))).toEqual([
      `${where}:30: <ProcessMapCard id="recall">: no process map with that id in src/machines`,
    ]);
    expect(check(tree(element('ProcessMapCard', { id: 'enforcement' }, 31)))).toEqual([]);
  });

  it('accepts a <ProcessDiagram> of a whole map, or of steps the map has', () => {
    expect(check(tree(element('ProcessDiagram', { id: 'enforcement' }, 50)))).toEqual([]);
    expect(
      check(
        tree(
          element(
            'ProcessDiagram',
            { id: 'enforcement', steps: expression('["sendWarningLetter", "awaitEvidence"]') },
            51,
          ),
        ),
      ),
    ).toEqual([]);
  });

  it('reports a <ProcessDiagram> with no id, an unknown map, a step the map lacks, or steps that are not a list', () => {
    expect(check(tree(element('ProcessDiagram', {}, 52)))).toEqual([
      `${where}:52: <ProcessDiagram> needs an id, e.g. id="enforcement"`,
    ]);
    expect(check(tree(element('ProcessDiagram', { id: 'recall' }, 53)))).toEqual([
      `${where}:53: <ProcessDiagram id="recall">: no process map with that id in src/machines`,
    ]);
    expect(
      check(tree(element('ProcessDiagram', { id: 'enforcement', steps: expression('["sendWarningLeter"]') }, 54))),
    ).toEqual([`${where}:54: <ProcessDiagram id="enforcement">: the map has no step "sendWarningLeter"`]);
    expect(check(tree(element('ProcessDiagram', { id: 'enforcement', steps: 'sendWarningLetter' }, 55)))).toEqual([
      `${where}:55: <ProcessDiagram steps>: write a list of step paths, e.g. steps={["sendWarningLetter"]}`,
    ]);
  });

  it('reports a component that is not a content component, listing the ones to use', () => {
    expect(check(tree(element('Warning', {}, 40)))).toEqual([
      `${where}:40: <Warning> is not a content component (use ${contentComponents.join(', ')})`,
    ]);
  });

  it('leaves lower-case HTML elements and fragments alone', () => {
    expect(check(tree(element('details', {}, 1), { type: 'mdxJsxFlowElement', name: null, children: [] }))).toEqual([]);
  });

  it('finds components nested inside other components', () => {
    const callout = element('Callout', { type: 'note' }, 50);
    callout.children = [paragraph(element('Abbr', { term: 'NOPE' }, 51, true))];
    expect(check(tree(callout))).toEqual([
      `${where}:51: <Abbr term="NOPE">: "NOPE" is not in src/content/glossary.yaml`,
    ]);
  });

  it('reports every problem in the file, in order', () => {
    const problems = check(
      tree(element('Abbr', { term: 'X' }, 1, true), element('Unknown', {}, 2), element('ProcessMapCard', {}, 3)),
    );
    expect(problems.map((problem) => problem.split(':')[1])).toEqual(['1', '2', '3']);
  });

  it('reports a time amount written in prose, naming the file, line and the words, and what to do', () => {
    const prose = {
      ...text('Send a letter\nwithin 2 working days of the failure.'),
      position: { start: { line: 20 } },
    };
    expect(check(tree(paragraph(prose)))).toEqual([
      `${where}:21: "2 working days" is a time amount written in prose: write it as <Timescale id="..."> naming an ` +
        'entry in src/lib/timescales/registry.ts (add the entry, citing its source section, if the source sets a ' +
        'timescale the registry lacks), or, if it is not a deadline or frequency the sources set (a fact about a ' +
        'document, an example), wrap just the amount: <Amount>12 months</Amount>',
    ]);
  });

  it('lets an amount through inside <Amount>, and a timescale named by <Timescale>', () => {
    const amount = element('Amount', {}, 4, true);
    amount.children = [text('two years')];
    expect(
      check(
        tree(
          paragraph(text('Most were reconvicted within '), amount, text(' of release.')),
          paragraph(text('Send it '), element('Timescale', { id: 'ns-9.1-letter' }, 6, true), text('.')),
        ),
      ),
    ).toEqual([]);
  });

  it('refuses an <Amount> that wraps more than one amount, or no amount, so it cannot hide a paragraph', () => {
    const wide = element('Amount', {}, 8, true);
    wide.children = [text('within 2 working days, then by day 6')];
    const empty = element('Amount', {}, 9, true);
    empty.children = [text('soon')];
    expect(check(tree(paragraph(wide), paragraph(empty)))).toEqual([
      `${where}:8: <Amount> must wrap just one time amount, e.g. <Amount>12 months</Amount>; it wraps "within 2 working days, then by day 6"`,
      `${where}:9: <Amount> must wrap just one time amount, e.g. <Amount>12 months</Amount>; it wraps "soon"`,
    ]);
  });

  it('shows "?" for the line when the tree has no positions', () => {
    expect(check(tree({ type: 'mdxJsxFlowElement', name: 'Warning', attributes: [] }))).toEqual([
      `${where}:?: <Warning> is not a content component (use ${contentComponents.join(', ')})`,
    ]);
  });
});

describe('mdxChecksPlugin, run by the MDX compiler', () => {
  const plugin = mdxChecksPlugin(options);
  // Sätteri returns (or throws) at once when every plugin is synchronous; async makes a throw a rejection.
  const compile = async (source: string, file = guidanceFile, frontmatter: Record<string, unknown> = {}) =>
    mdxToJs(source, {
      mdastPlugins: [plugin],
      fileURL: pathToFileURL(file),
      jsxImportSource: 'astro',
      data: {
        astro: {
          frontmatter: { framework: 'national-standards', ...frontmatter },
          headings: [],
          localImagePaths: new Set<string>(),
          remoteImagePaths: new Set<string>(),
        },
      },
    });

  it('fails the build listing every problem in the file, by line', async () => {
    await expect(compile('## Help\n\nAsk the <Abbr term="X" />.\n\n<Warning>Careful</Warning>\n')).rejects.toThrow(
      `Content problems:\n${where}:3: <Abbr term="X">: "X" is not in src/content/glossary.yaml\n${where}:5: <Warning> is not a content component`,
    );
  });

  it('lets a correct file through, adding the framework to its <Source> tags', async () => {
    const { code } = await compile('Sign an <Abbr term="ISA" />. <Source section="9.1" />\n');
    expect(code).toMatch(/section: "9\.1",\s*framework: "national-standards"/);
  });

  it('reports content written inside a <Source>, which would otherwise be lost', async () => {
    await expect(compile('<Source section="9.1">see here</Source>\n')).rejects.toThrow(
      `${where}:1: <Source> takes no content between its tags`,
    );
  });

  it('sees the words before a component, and the citations before it, as the page has them', async () => {
    await expect(
      compile(
        '## Help\n\nAn agreement (<Abbr term="ISA" expand />) is signed. <Source section="9.1" /> <Source section="9.1" />\n',
      ),
    ).rejects.toThrow(
      new RegExp(
        `${where.replace(/\./g, '\\.')}:3: <Abbr term="ISA" expand> sits inside brackets[\\s\\S]*:3: <Source section="9\\.1" /> repeats the citation`,
      ),
    );
  });

  it('treats a file with no framework as having none', async () => {
    await expect(
      (async () =>
        mdxToJs('\n<Source section="1" />\n', {
          mdastPlugins: [plugin],
          fileURL: pathToFileURL('/site/src/pages/about.mdx'),
        }))(),
    ).rejects.toThrow('src/pages/about.mdx:2: <Source> needs framework="..." (the file has no framework)');
  });

  it('hands the page’s timescales, with their headings and sources, to the page’s front matter', async () => {
    const { data } = await compile(
      '## Enforcement\n\nSend it <Timescale id="ns-9.1-letter" />. <Source section="9.1" />\n',
    );
    expect(data.astro?.frontmatter.timescales).toEqual([{ id: 'ns-9.1-letter', headingIndex: 0, section: '9.1' }]);
  });

  it('fails the build on a time amount in prose, by line, but not in code, in <Amount> or in a citation', async () => {
    const source = [
      '## Send a letter',
      '',
      'Send it <Timescale id="ns-9.1-letter" />, as standard 9.1 says. <Source section="9.1" />',
      '',
      'Write `within 2 working days` in code, or <Amount>two years</Amount> for a figure about the past.',
      '',
      'Then decide by day 6.',
      '',
    ].join('\n');
    await expect(compile(source)).rejects.toThrow(
      `Content problems:\n${where}:7: "by day 6" is a time amount written in prose: write it as <Timescale id="...">`,
    );
    expect((await compile(source.replace('Then decide by day 6.', 'Then decide.'))).code).toContain('Then decide.');
  });

  it('checks each file on its own: a problem in one file is not reported again for the next', async () => {
    await expect(compile('<Abbr term="X" />\n')).rejects.toThrow();
    expect((await compile('<Abbr term="ISA" />\n')).code).toContain('term: "ISA"');
  });
});
