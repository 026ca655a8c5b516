// "Report a problem with this page": the email that opens, addressed to the page's owner where the source gives an
// address, with the page title, its address and, on a map, the current step already written in.

export interface PageOwner {
  name: string;
  /** Only an address the source document itself gives: never a guessed one. */
  email?: string;
  /** The framework the page belongs to, for a mailbox set for that framework at deploy time. */
  framework?: string;
}

/** Where "Report a problem" writes to. */
export interface ReportRecipient {
  /** The owner's name, when the address is the owner's. */
  name?: string;
  email: string;
}

/** The deploy-time setting for the mailbox problems go to, for the whole site. */
export const reportMailboxVariable = 'REPORT_PROBLEM_EMAIL';

/** The setting for one framework's pages and maps: REPORT_PROBLEM_EMAIL_NATIONAL_STANDARDS. */
export function frameworkMailboxVariable(framework: string): string {
  return `${reportMailboxVariable}_${framework.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}

const emailAddress = /^[^@\s<>"(),;:]+@[^@\s<>"(),;:]+\.[^@\s<>"(),;:]+$/;

/**
 * Who a page's problems are reported to: the mailbox set at build time for its framework, else the one set for the
 * site, else the owner's address where the source gives one. Undefined when there is none: the page then says where
 * to report instead. The site never makes an address up; a setting that is not one email address stops the build.
 */
export function reportRecipient(
  owner: PageOwner | undefined,
  env: Record<string, string | undefined>,
): ReportRecipient | undefined {
  const variables = [...(owner?.framework ? [frameworkMailboxVariable(owner.framework)] : []), reportMailboxVariable];
  for (const variable of variables) {
    const value = env[variable]?.trim();
    if (!value) continue;
    if (!emailAddress.test(value))
      throw new Error(
        `${variable} is "${value}": set it to one email address, the mailbox of the team that owns the guidance`,
      );
    return { email: value };
  }
  return owner?.email ? { name: owner.name, email: owner.email } : undefined;
}

export interface ProblemReport {
  title: string;
  /** The page's address: the full URL in the browser, the path when built without JavaScript. */
  address: string;
  /** On a map with the walk-through running: the current step or steps. */
  steps?: string[];
}

export function reportSubject(report: ProblemReport): string {
  return `Problem with a page: ${report.title}`;
}

export function reportBody(report: ProblemReport): string {
  return [
    `Page: ${report.title}`,
    `Address: ${report.address}`,
    ...(report.steps?.length ? [`Current step: ${report.steps.join('; ')}`] : []),
    '',
    'What is wrong, and what did you expect to find?',
    '',
  ].join('\n');
}

/** A mailto: link to the recipient's address with subject and body filled in. */
export function reportHref(recipient: ReportRecipient, report: ProblemReport): string {
  const query = `subject=${encodeURIComponent(reportSubject(report))}&body=${encodeURIComponent(reportBody(report))}`;
  return `mailto:${encodeURIComponent(recipient.email).replace(/%40/g, '@')}?${query}`;
}

/** The owner a framework's pages and maps report to: its owner, and the address its source gives, if any. */
export function frameworkOwner(
  framework: { id: string; data: { owner: string; contact?: string } } | undefined,
): PageOwner | undefined {
  return framework && { name: framework.data.owner, email: framework.data.contact, framework: framework.id };
}
