// "Report a problem with this page": the email addresses the owner only when the source gives an address, and
// carries the page title, address and current step.
import { describe, expect, it } from 'vitest';
import { frameworkMailboxVariable, reportHref, reportRecipient } from '../../src/lib/feedback';

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

describe('reportRecipient: the mailbox set at build time', () => {
  const owner = {
    name: 'Data Protection Team',
    email: 'dataprotection@justice.gov.uk',
    framework: 'information-sharing',
  };
  const silentOwner = { name: 'Probation policy', framework: 'national-standards' };

  it('keeps today’s behaviour when nothing is set: the source’s address, or no one', () => {
    expect(reportRecipient(owner, {})).toEqual({ name: owner.name, email: owner.email });
    expect(reportRecipient(silentOwner, {})).toBeUndefined();
    expect(reportRecipient(undefined, { REPORT_PROBLEM_EMAIL: '  ' })).toBeUndefined();
  });

  it('sends every page to the site’s mailbox when it is set, pages with no owner included', () => {
    const env = { REPORT_PROBLEM_EMAIL: 'guidance-team@example.test' };
    for (const pageOwner of [owner, silentOwner, undefined])
      expect(reportRecipient(pageOwner, env)).toEqual({ email: 'guidance-team@example.test' });
  });

  it('sends a framework’s pages to its own mailbox, named after the framework, before the site’s', () => {
    expect(frameworkMailboxVariable('national-standards')).toBe('REPORT_PROBLEM_EMAIL_NATIONAL_STANDARDS');
    const env = {
      REPORT_PROBLEM_EMAIL: 'guidance-team@example.test',
      REPORT_PROBLEM_EMAIL_NATIONAL_STANDARDS: 'ns-policy@example.test',
    };
    expect(reportRecipient(silentOwner, env)).toEqual({ email: 'ns-policy@example.test' });
    expect(reportRecipient(owner, env)).toEqual({ email: 'guidance-team@example.test' });
  });

  it.each(['not an address', 'a@b', 'a@b.c, d@e.f', 'a@b.c?cc=d@e.f', '<a@b.c>'])(
    'stops the build on a setting that is not one email address: %s',
    (value) => {
      expect(() => reportRecipient(silentOwner, { REPORT_PROBLEM_EMAIL: value })).toThrow(
        `REPORT_PROBLEM_EMAIL is "${value}": set it to one email address`,
      );
    },
  );
});
