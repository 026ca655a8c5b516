// Keeps "Report a problem" up to date in the browser: the full page address and, on a map, the step the walk-through
// is on (read from the steps' data-step-title while they are aria-current), in the email or the details to quote.
import { reportHref } from '../../lib/feedback';
import { Component, setting, text } from '../component';

function currentSteps(page: Document): string[] {
  const titles = new Map<string, string>();
  for (const step of page.querySelectorAll<HTMLElement>('[data-step][data-step-title][aria-current="step"]'))
    titles.set(step.dataset.step!, step.dataset.stepTitle!);
  return [...titles.values()];
}

export class ReportProblem extends Component {
  static moduleName = 'app-report-problem';
  static what = 'Reporting a problem with the current step';

  init(): void {
    const { root, page } = this;
    const title = setting(root, 'reportTitle', text, page.title);
    const email = setting(root, 'reportEmail', text, '');
    const link = root.querySelector<HTMLAnchorElement>('[data-report-problem]');
    const address = root.querySelector<HTMLElement>('[data-report-address]');
    const stepsText = root.querySelector<HTMLElement>('[data-report-steps]');
    const update = () => {
      const steps = currentSteps(page);
      const report = { title, address: page.location.href, steps };
      if (link && email) link.href = reportHref({ email }, report);
      if (address) address.textContent = report.address;
      if (stepsText) {
        stepsText.textContent = steps.length ? `, current step: ${steps.join('; ')}` : '';
        stepsText.hidden = !steps.length;
      }
    };
    update();
    const main = page.querySelector('main');
    if (main)
      new MutationObserver(update).observe(main, {
        subtree: true,
        attributes: true,
        attributeFilter: ['aria-current'],
      });
    page.defaultView?.addEventListener('popstate', update);
  }
}
