// "Report a problem with this page": the email addresses the owner only when the source gives an address, and
// carries the page title, address and current step.
import { describe, expect, it } from 'vitest';
import { reportHref } from '../../src/lib/feedback';

function parse(href: string) {
  const url = new URL(href);
  return {
    to: decodeURIComponent(url.pathname),
    subject: url.searchParams.get('subject'),
    body: url.searchParams.get('body'),
  };
}

describe('reportHref', () => {
  it("writes to the owner's address with the title and address filled in", () => {
    const mail = parse(
      reportHref(
        { name: 'MoJ Data Protection Team', email: 'dataprotection@justice.gov.uk' },
        { title: 'Choose an agreement type', address: 'http://guidance.intranet/guidance/information-sharing/x/' },
      ),
    );
    expect(mail.to).toBe('dataprotection@justice.gov.uk');
    expect(mail.subject).toBe('Problem with a page: Choose an agreement type');
    expect(mail.body).toContain('Address: http://guidance.intranet/guidance/information-sharing/x/');
    expect(mail.body).not.toContain('Current step');
  });

  it('names the current steps on a map, and keeps hostile text inside the body', () => {
    const mail = parse(
      reportHref(
        { name: 'x', email: 'dataprotection@justice.gov.uk' },
        { title: 'A&B', address: '/p/?step=x&cc=attacker@example.com', steps: ['3. Send a warning letter', '4. Wait'] },
      ),
    );
    expect(mail.body).toContain('Current step: 3. Send a warning letter; 4. Wait');
    expect(mail.body).toContain('Address: /p/?step=x&cc=attacker@example.com');
    expect(
      new URL(reportHref({ name: 'x', email: 'a@b.c' }, { title: 'A&B', address: '/p/?cc=d@e.f' })).searchParams.get(
        'cc',
      ),
    ).toBeNull();
  });
});
