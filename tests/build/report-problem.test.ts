// "Report a problem with this page" as built: on every page, addressed to the owner only where the source gives an
// address, and carrying the page's title and address.
import { describe, expect, it } from 'vitest';
import { builtPages, readPage, urlOf } from '../support/dist';
import { reportLink } from '../support/report-problem';

const pages = builtPages().filter((page) => page !== '404.html');

describe('report a problem', () => {
  it.each(pages)('%s has the report section once, naming the page', (page) => {
    const html = readPage(page);
    expect(html.match(/data-module="app-report-problem"/g)).toHaveLength(1);
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
