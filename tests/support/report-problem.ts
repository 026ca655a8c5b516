// The "Report a problem with this page" email link in a built page, for the tests that read it.
export function reportLink(html: string): URL | undefined {
  const href = /<a class="govuk-link" href="(mailto:[^"]+)" data-report-problem>/.exec(html)?.[1];
  return href ? new URL(href.replace(/&amp;/g, '&')) : undefined;
}
