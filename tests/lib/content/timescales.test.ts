// The timescales index gathers each timescale from where it is written, with the heading above it and its source.
import { describe, expect, it } from 'vitest';
import { collectTimescales } from '../../../src/lib/content/mdx-checks';
import { describeMachine } from '../../../src/lib/process-map/model';
import { deadlineEvents } from '../../../src/lib/deadlines/rules';
import {
  byDuration,
  calculatorTimescaleUses,
  machineTimescaleUses,
  pageTimescaleUses,
  sortHours,
  timescaleRows,
} from '../../../src/lib/timescales';
import { timescaleIds } from '../../../src/lib/timescales/registry';
import { processes } from '../../../src/machines';

type Node = {
  type: string;
  name?: string;
  attributes?: { type: string; name: string; value: unknown }[];
  children?: Node[];
};
const jsx = (name: string, props: Record<string, unknown>): Node => ({
  type: 'mdxJsxTextElement',
  name,
  attributes: Object.entries(props).map(([key, value]) => ({
    type: 'mdxJsxAttribute',
    name: key,
    value: typeof value === 'number' ? { type: 'mdxJsxAttributeValueExpression', value: String(value) } : value,
  })),
  children: [],
});
const heading = (): Node => ({ type: 'heading', children: [] });
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', children });

describe('collectTimescales', () => {
  const tree: Node = {
    type: 'root',
    children: [
      paragraph(jsx('Timescale', { id: 'ns-1.1-record-contact' }), jsx('Source', { section: '1.1' })),
      heading(),
      paragraph(jsx('Timescale', { id: 'ns-9.1-letter' }), jsx('Source', { section: '9.1' })),
      heading(),
      paragraph(jsx('Source', { section: '9.3.2' })),
      paragraph(jsx('Timescale', { id: 'ns-9.3.2-emergency-recall' })),
      heading(),
      paragraph(jsx('Timescale', { id: 'ns-4.3.5-upw-complete' })),
    ],
  };
  const found = collectTimescales(tree as never);

  it('finds the registry id of each one, in page order', () => {
    expect(found.map((item) => item.id)).toEqual([
      'ns-1.1-record-contact',
      'ns-9.1-letter',
      'ns-9.3.2-emergency-recall',
      'ns-4.3.5-upw-complete',
    ]);
  });

  it('notes the heading above each one', () => {
    expect(found.map((item) => item.headingIndex)).toEqual([null, 0, 1, 2]);
  });

  it('cites the source after it under the same heading, else the one before it, else none', () => {
    expect(found.map((item) => item.section)).toEqual(['1.1', '9.1', '9.3.2', undefined]);
  });

  it('links a page timescale to the heading above it, or to the page when it comes before any heading', () => {
    const uses = pageTimescaleUses({ title: 'Page', href: '/guidance/x/y/' }, found, [
      { slug: 'send-a-letter', text: 'Send a letter' },
      { slug: 'recall', text: 'Recall' },
      { slug: 'other', text: 'Other' },
    ]);
    expect(uses.map((use) => use.href)).toEqual([
      '/guidance/x/y/',
      '/guidance/x/y/#send-a-letter',
      '/guidance/x/y/#recall',
      '/guidance/x/y/#other',
    ]);
    expect(uses[1]!.title).toBe('Page: Send a letter');
  });
});

describe('the timescales index', () => {
  const models = processes.map((process) => ({ ...process, model: describeMachine(process.machine) }));
  const mapUses = machineTimescaleUses(models);
  const rows = timescaleRows([...mapUses, ...calculatorTimescaleUses(deadlineEvents)]);

  it('has one row per registry entry, worded and cited from the entry', () => {
    expect(rows.map((row) => row.id)).toEqual(timescaleIds);
    expect(rows.find((row) => row.id === 'ns-9.1-letter')).toMatchObject({
      framework: 'national-standards',
      section: '9.1',
      text: 'within 2 working days of any failure to attend',
      who: 'The source does not say',
    });
  });

  it('lists every map step that names a timescale under that timescale', () => {
    const withTimescale = models.flatMap((process) => process.model.steps.filter((step) => step.meta.timescale));
    expect(mapUses).toHaveLength(withTimescale.length);
    const letter = rows.find((row) => row.id === 'ns-9.1-letter')!;
    expect(letter.uses.map((use) => use.href)).toContain('/process-maps/enforcement/#step-sendWarningLetter');
    expect(letter.uses.map((use) => use.href)).toContain('/tools/deadlines/#event-failure-to-comply');
  });

  it('shows the site’s interpretation with the timescale where the source is silent', () => {
    const evidence = rows.find((row) => row.id === 'ns-9.1-evidence')!;
    expect(evidence.text).toBe('by working day 5 after the last failure to comply');
    expect(evidence.notes.join(' ')).toMatch(/does not say when the 5 days start/);
  });

  it('refuses a use of a timescale the registry does not have', () => {
    expect(() => timescaleRows([{ id: 'ns-9.9-nothing', kind: 'map', title: 'X', href: '/x/' }])).toThrow(
      /ns-9\.9-nothing/,
    );
  });

  it('sort a 2-hour recall before 2 working days, and 2 working days before 12 months', () => {
    expect(sortHours({ amount: 2, unit: 'hours' })).toBeLessThan(sortHours({ amount: 2, unit: 'working-days' }));
    expect(sortHours({ amount: 10, unit: 'working-days' })).toBeLessThan(sortHours({ amount: 15, unit: 'days' }));
    const sorted = [...rows].sort(byDuration);
    expect(sorted[0]!.unit).toBe('hours');
  });
});
