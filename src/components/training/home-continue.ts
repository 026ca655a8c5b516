// "Continue where you left off" on the home page, once the learner has started the path: a link to the first step
// not done yet, read from the saved progress without loading the progress store itself.
import { peekProgress } from './storage';

export function startHomeContinue(page: Document = document): void {
  const line = page.querySelector<HTMLElement>('[data-home-continue]');
  const progress = peekProgress(page);
  if (!line || !progress) return;
  try {
    const steps = JSON.parse(line.dataset.homeContinue!) as [key: string, href: string][];
    const hasStarted = [progress.done, progress.quizzes, progress.walks].some((part) => Object.keys(part ?? {}).length);
    const next = steps.findIndex(([key]) => !progress.done?.[key]);
    if (!hasStarted) return;
    const link = page.createElement('a');
    link.className = 'govuk-link';
    if (next < 0) {
      link.href = '/learn/summary/';
      link.textContent = 'Print your learning record';
      line.append('You have done every step. ', link);
    } else {
      link.href = steps[next]![1];
      link.textContent = `Continue where you left off (step ${next + 1} of ${steps.length})`;
      line.append(link);
    }
    line.hidden = false;
  } catch {
    // saved progress of an unexpected shape: the "Learn the job" link still leads to the path, which explains
  }
}
