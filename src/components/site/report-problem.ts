// Keeps the "Report a problem" email up to date in the browser: the full page address and, on a map, the step the
// walk-through is on (read from the steps' data-step-title while they are aria-current).
import { reportHref } from '../../lib/feedback';

function currentSteps(page: Document): string[] {
  const titles = new Map<string, string>();
  for (const step of page.querySelectorAll<HTMLElement>('[data-step][data-step-title][aria-current="step"]'))
    titles.set(step.dataset.step!, step.dataset.stepTitle!);
  return [...titles.values()];
}

export function startReportProblem(page: Document): void {
  const link = page.querySelector<HTMLAnchorElement>('[data-report-problem]');
  if (!link) return;
  const update = () => {
    link.href = reportHref(
      { name: '', email: link.dataset.reportEmail },
      { title: link.dataset.reportTitle ?? page.title, address: page.location.href, steps: currentSteps(page) },
    );
  };
  update();
  const main = page.querySelector('main');
  if (main)
    new MutationObserver(update).observe(main, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
  page.defaultView?.addEventListener('popstate', update);
}
