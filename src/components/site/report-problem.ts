// Keeps "Report a problem" up to date in the browser: the full page address and, on a map, the step the walk-through
// is on (read from the steps' data-step-title while they are aria-current), in the email or the details to quote.
import { reportHref } from '../../lib/feedback';

function currentSteps(page: Document): string[] {
  const titles = new Map<string, string>();
  for (const step of page.querySelectorAll<HTMLElement>('[data-step][data-step-title][aria-current="step"]'))
    titles.set(step.dataset.step!, step.dataset.stepTitle!);
  return [...titles.values()];
}

export function startReportProblem(page: Document): void {
  const section = page.querySelector<HTMLElement>('[data-report-problem-section]');
  if (!section) return;
  const link = section.querySelector<HTMLAnchorElement>('[data-report-problem]');
  const address = section.querySelector<HTMLElement>('[data-report-address]');
  const stepsText = section.querySelector<HTMLElement>('[data-report-steps]');
  const update = () => {
    const steps = currentSteps(page);
    const report = { title: section.dataset.reportTitle ?? page.title, address: page.location.href, steps };
    if (link && section.dataset.reportEmail) link.href = reportHref({ email: section.dataset.reportEmail }, report);
    if (address) address.textContent = report.address;
    if (stepsText) {
      stepsText.textContent = steps.length ? `, current step: ${steps.join('; ')}` : '';
      stepsText.hidden = !steps.length;
    }
  };
  update();
  const main = page.querySelector('main');
  if (main)
    new MutationObserver(update).observe(main, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
  page.defaultView?.addEventListener('popstate', update);
}
