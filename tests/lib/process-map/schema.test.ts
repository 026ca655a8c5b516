// The meta every step and group of a map carries.
import { describe, expect, it } from 'vitest';
import { groupMetaSchema, stepKinds, stepMetaSchema } from '../../../src/lib/process-map/schema';
import { timescaleRegistry } from '../../../src/lib/timescales/registry';

const source = [{ framework: 'national-standards', section: '9.1' }];
const step = { title: 'Send a warning letter', lane: 'com', kind: 'activity', summary: 'Send the letter.', source };

describe('stepMetaSchema', () => {
  it('fills in empty tasks, guidance and notes, and gives a step the whole registry entry for its timescale', () => {
    expect(stepMetaSchema.parse({ ...step, timescale: 'ns-9.1-letter' })).toEqual({
      ...step,
      tasks: [],
      guidance: [],
      notes: [],
      timescale: { id: 'ns-9.1-letter', ...timescaleRegistry['ns-9.1-letter'] },
    });
  });

  it('refuses a timescale written on the step instead of named from the registry', () => {
    const result = stepMetaSchema.safeParse({ ...step, timescale: { amount: 2, unit: 'working-days' } });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['timescale']);
    expect(result.error!.issues[0]!.message).toContain('src/lib/timescales/registry.ts');
    expect(stepMetaSchema.safeParse({ ...step, timescale: 'ns-9.1-no-such-thing' }).success).toBe(false);
  });

  it('accepts every kind of step', () => {
    for (const kind of stepKinds) expect(stepMetaSchema.parse({ ...step, kind }).kind).toBe(kind);
    expect(stepMetaSchema.safeParse({ ...step, kind: 'task' }).success).toBe(false);
  });

  it('requires a guidance link to be written "<framework>/<page>"', () => {
    const result = stepMetaSchema.safeParse({
      ...step,
      guidance: [{ page: '/guidance/national-standards/09/', text: 'Enforcing' }],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['guidance', 0, 'page']);
    expect(result.error!.issues[0]!.message).toContain('must be "<framework>/<page>"');
    expect(
      stepMetaSchema.safeParse({
        ...step,
        guidance: [{ page: 'national-standards/09-enforcing-the-sentence', text: 'Enforcing' }],
      }).success,
    ).toBe(true);
  });

  it('requires every step to cite its source', () => {
    const result = stepMetaSchema.safeParse({ ...step, source: [] });
    expect(result.error!.issues).toEqual([
      expect.objectContaining({
        path: ['source'],
        message: 'every step must cite the section of the source it comes from',
      }),
    ]);
  });
});

describe('groupMetaSchema', () => {
  it('needs a title, summary and source, but no lane', () => {
    expect(groupMetaSchema.parse({ title: 'During custody', summary: 'Both at once.', source })).toEqual({
      title: 'During custody',
      summary: 'Both at once.',
      source,
      notes: [],
    });
    expect(groupMetaSchema.safeParse({ title: 'During custody', summary: 'Both at once.', source: [] }).success).toBe(
      false,
    );
  });
});
