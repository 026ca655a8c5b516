// "Report a problem with this page" as built: on every page, addressed to the owner only where the source gives an
// address, and carrying the page's title and address.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, readPage, urlOf } from '../support/dist';

const pages = builtPages().filter((page) => page !== '404.html');

function reportLink(html: string): URL | undefined {
  const href = /<a class="govuk-link" href="(mailto:[^"]+)" data-report-problem>/.exec(html)?.[1];
  return href ? new URL(href.replace(/&amp;/g, '&')) : undefined;
}

describe('report a problem', () => {
  it.each(pages)('%s has the report section once, naming the page', (page) => {
    const html = readPage(page);
    expect(html.match(/data-report-problem-section/g)).toHaveLength(1);
    const title = /<title>([^<–]+?)(?: – [^<]+)?<\/title>/.exec(html)![1]!.trim();
    const link = reportLink(html);
    if (link) {
      expect(link.searchParams.get('subject')).toBe(
        `Problem with a page: ${title.replace(/&amp;/g, '&').replace(/&#39;/g, "'")}`,
      );
      expect(link.searchParams.get('body')).toContain(`Address: ${urlOf(page)}`);
    } else {
      expect(html).toContain('<a class="govuk-link" href="/about/#report-a-problem">');
      expect(html).toContain(`<span data-report-address>${urlOf(page)}</span>`);
    }
  });

  it('emails the Data Protection Team, the address its framework gives, from information sharing pages and map', () => {
    for (const page of [
      'guidance/information-sharing/index.html',
      'guidance/information-sharing/choose-an-agreement-type/index.html',
      'process-maps/information-sharing-agreement/index.html',
    ])
      expect(decodeURIComponent(reportLink(readPage(page))!.pathname)).toBe('dataprotection@justice.gov.uk');
  });

  it('invents no address for owners the sources give none for', () => {
    for (const page of [
      'guidance/national-standards/09-enforcing-the-sentence/index.html',
      'process-maps/enforcement/index.html',
    ]) {
      const html = readPage(page);
      expect(reportLink(html)).toBeUndefined();
      expect(html).toContain('the source document gives no email address for the page’s owner');
    }
  });
});

describe('report a problem with the mailbox set at build time', () => {
  // The site built again with a mailbox for the site and one for National Standards: every page's link is an email,
  // National Standards' pages and maps to their own mailbox, the others (Information Sharing, whose source gives an
  // address, included) to the site's.
  let outDir: string;
  beforeAll(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'report-mailbox-'));
    const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        REPORT_PROBLEM_EMAIL: 'guidance-team@example.test',
        REPORT_PROBLEM_EMAIL_NATIONAL_STANDARDS: 'ns-guidance@example.test',
      },
      encoding: 'utf8',
      timeout: 240_000,
    });
    if (result.status !== 0)
      throw new Error(`The build with the mailbox set failed:\n${result.stdout}\n${result.stderr}`);
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  const read = (page: string) => readFileSync(path.join(outDir, page), 'utf8');

  it.each([
    ['index.html', '/', 'guidance-team@example.test'],
    ['about/index.html', '/about/', 'guidance-team@example.test'],
    ['glossary/index.html', '/glossary/', 'guidance-team@example.test'],
    [
      'guidance/information-sharing/choose-an-agreement-type/index.html',
      '/guidance/information-sharing/choose-an-agreement-type/',
      'guidance-team@example.test',
    ],
    ['process-maps/enforcement/index.html', '/process-maps/enforcement/', 'ns-guidance@example.test'],
    [
      'guidance/national-standards/09-enforcing-the-sentence/index.html',
      '/guidance/national-standards/09-enforcing-the-sentence/',
      'ns-guidance@example.test',
    ],
  ])('%s reports by email, with its title and address filled in', (page, address, mailbox) => {
    const html = read(page);
    const link = reportLink(html);
    expect(link, page).toBeDefined();
    expect(decodeURIComponent(link!.pathname)).toBe(mailbox);
    const title = /<title>([^<–]+?)(?: – [^<]+)?<\/title>/.exec(html)![1]!.trim().replace(/&amp;/g, '&');
    expect(link!.searchParams.get('subject')).toBe(`Problem with a page: ${title}`);
    expect(link!.searchParams.get('body')).toContain(`Page: ${title}`);
    expect(link!.searchParams.get('body')).toContain(`Address: ${address}`);
    expect(html).not.toContain('to your line manager or policy team');
  });
});
