// The incremental build's page keys (src/lib/content/cache-key.ts): a page is copied from the last build only when
// its key is unchanged, so the key must change with anything the page shows.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetsDirVariable, buildDay, cacheKey, pageEnvironment, siteAssets } from '../../../src/lib/content/cache-key';

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

describe('buildDay', () => {
  it('is the UTC day, which the footer shows and the review-due warning counts from', () => {
    expect(buildDay(new Date('2026-12-04T23:59:59Z'))).toBe('2026-12-04');
    expect(buildDay(new Date('2026-12-05T00:00:00Z'))).toBe('2026-12-05');
  });
});

describe('siteAssets', () => {
  it('lists the built CSS and JavaScript files by name, so a renamed file changes every page key', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'site-assets-'));
    try {
      mkdirSync(path.join(dir, 'fonts'));
      writeFileSync(path.join(dir, 'BaseLayout.B1.css'), '');
      writeFileSync(path.join(dir, 'fonts/a.woff2'), '');
      const environment = { [assetsDirVariable]: dir };
      expect(siteAssets(environment)).toEqual(['BaseLayout.B1.css', 'fonts', 'fonts/a.woff2']);
      const before = cacheKey(siteAssets(environment));
      rmSync(path.join(dir, 'BaseLayout.B1.css'));
      writeFileSync(path.join(dir, 'BaseLayout.B2.css'), '');
      expect(cacheKey(siteAssets(environment))).not.toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is empty outside a build (the dev server, astro check)', () => {
    expect(siteAssets({})).toEqual([]);
  });
});
