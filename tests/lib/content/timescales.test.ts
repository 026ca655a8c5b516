// The timescales index gathers each timescale from where it is written, with the heading above it and its source.
import { describe, expect, it } from 'vitest';
import { collectTimescales } from '../../../src/lib/content/mdx-checks';
import { describeMachine } from '../../../src/lib/process-map/model';
import { byDuration, machineTimescales, pageTimescales, sortHours } from '../../../src/lib/timescales';
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
      paragraph(
        jsx('Timescale', { amount: 1, unit: 'working-days', task: 'Before any heading' }),
        jsx('Source', { section: '1.1' }),
      ),
      heading(),
      paragraph(
        jsx('Timescale', { amount: 2, unit: 'working-days', from: 'the failure', task: 'Send a letter' }),
        jsx('Source', { section: '9.1' }),
      ),
      heading(),
      paragraph(jsx('Source', { section: '9.3.2' })),
      paragraph(jsx('Timescale', { amount: 2, unit: 'hours', qualifier: 'within', task: 'Recall' })),
      heading(),
      paragraph(jsx('Timescale', { amount: 3, unit: 'months', task: 'Uncited' })),
    ],
  };
  const found = collectTimescales(tree as never);

  it('finds each one with its props, in page order', () => {
    expect(found.map((item) => [item.task, item.amount, item.unit])).toEqual([
      ['Before any heading', 1, 'working-days'],
      ['Send a letter', 2, 'working-days'],
      ['Recall', 2, 'hours'],
      ['Uncited', 3, 'months'],
    ]);
    expect(found[1]!.from).toBe('the failure');
  });

  it('notes the heading above each one', () => {
    expect(found.map((item) => item.headingIndex)).toEqual([null, 0, 1, 2]);
  });

  it('cites the source after it under the same heading, else the one before it, else none', () => {
    expect(found.map((item) => item.section)).toEqual(['1.1', '9.1', '9.3.2', undefined]);
  });

  it('links a page timescale to its heading and falls back to the page’s first cited section', () => {
    const entries = pageTimescales(
      { title: 'Page', href: '/guidance/x/y/', framework: 'national-standards', firstSection: '9.1' },
      found,
      ['send-a-letter', 'recall', 'other'],
    );
    expect(entries.map((entry) => entry.where.href)).toEqual([
      '/guidance/x/y/',
      '/guidance/x/y/#send-a-letter',
      '/guidance/x/y/#recall',
      '/guidance/x/y/#other',
    ]);
    expect(entries[3]!.section).toBe('9.1');
    expect(entries[1]!.text).toBe('within 2 working days of the failure');
  });
});

describe('machine timescales', () => {
  const entries = machineTimescales(
    processes.map((process) => ({ ...process, model: describeMachine(process.machine) })),
  );

  it('take every step with a timescale, linked to the step and citing its source', () => {
    const withTimescale = processes.flatMap((process) =>
      describeMachine(process.machine).steps.filter((step) => step.meta.timescale),
    );
    expect(entries).toHaveLength(withTimescale.length);
    const letter = entries.find((entry) => entry.where.href === '/process-maps/enforcement/#step-sendWarningLetter')!;
    expect(letter).toMatchObject({
      framework: 'national-standards',
      section: '9.1',
      text: 'within 2 working days of any failure to attend',
    });
  });

  it('sort a 2-hour recall before 2 working days, and 2 working days before 12 months', () => {
    expect(sortHours({ amount: 2, unit: 'hours' })).toBeLessThan(sortHours({ amount: 2, unit: 'working-days' }));
    expect(sortHours({ amount: 10, unit: 'working-days' })).toBeLessThan(sortHours({ amount: 15, unit: 'days' }));
    const sorted = [...entries].sort(byDuration);
    expect(sorted[0]!.unit).toBe('hours');
  });
});
