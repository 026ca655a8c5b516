// "Report a problem with this page": the email that opens, addressed to the page's owner where the source gives an
// address, with the page title, its address and, on a map, the current step already written in.

export interface PageOwner {
  name: string;
  /** Only an address the source document itself gives: never a guessed one. */
  email?: string;
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

/** A mailto: link to the owner's address with subject and body filled in. */
export function reportHref(owner: PageOwner & { email: string }, report: ProblemReport): string {
  const query = `subject=${encodeURIComponent(reportSubject(report))}&body=${encodeURIComponent(reportBody(report))}`;
  return `mailto:${encodeURIComponent(owner.email).replace(/%40/g, '@')}?${query}`;
}

/** The owner a framework's pages and maps report to: its owner, and the address its source gives, if any. */
export function frameworkOwner(
  framework: { data: { owner: string; contact?: string } } | undefined,
): PageOwner | undefined {
  return framework && { name: framework.data.owner, email: framework.data.contact };
}
