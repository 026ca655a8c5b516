// The incremental build's page keys (src/lib/content/cache-key.ts): a page is copied from the last build only when
// its key is unchanged, so the key must change with anything the page shows.
import { describe, expect, it } from 'vitest';
import { cacheKey, pageEnvironment } from '../../../src/lib/content/cache-key';

describe('cacheKey', () => {
  const page = { id: 'national-standards/a', digest: 'd1' };

  it('is the same for the same entries and values', () => {
    expect(cacheKey(page, ['x'], 3)).toBe(cacheKey({ ...page }, ['x'], 3));
  });

  it('changes with an entry digest, a neighbour title, a count or the order of parts', () => {
    const key = cacheKey(page, ['x'], 3);
    expect(cacheKey({ ...page, digest: 'd2' }, ['x'], 3)).not.toBe(key);
    expect(cacheKey(page, ['y'], 3)).not.toBe(key);
    expect(cacheKey(page, ['x'], 4)).not.toBe(key);
    expect(cacheKey(['x'], page, 3)).not.toBe(key);
  });

  it('hashes an entry with no digest (a YAML file entry) by its data', () => {
    const term = { id: 'POM', data: { expansion: 'Prison Offender Manager' } };
    expect(cacheKey([term])).not.toBe(cacheKey([{ ...term, data: { expansion: 'Prison Offender Managers' } }]));
  });
});

describe('pageEnvironment', () => {
  it('keeps the report-a-problem mailboxes and the commit, and nothing else', () => {
    expect(
      pageEnvironment({
        PATH: '/bin',
        REPORT_PROBLEM_EMAIL_NATIONAL_STANDARDS: 'ns@example.org',
        GIT_COMMIT: 'abc',
        REPORT_PROBLEM_EMAIL: 'team@example.org',
      }),
    ).toEqual([
      'GIT_COMMIT=abc',
      'REPORT_PROBLEM_EMAIL=team@example.org',
      'REPORT_PROBLEM_EMAIL_NATIONAL_STANDARDS=ns@example.org',
    ]);
  });
});
