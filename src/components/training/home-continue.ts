// "Continue where you left off" on the home page, once the learner has started the path: a link to the first step
// not done yet, read from the saved progress without loading the progress store itself.
import { Component, json, setting } from '../component';
import { peekProgress } from './storage';

type PathSteps = [key: string, href: string][];
const isPathSteps = (value: unknown): value is PathSteps =>
  Array.isArray(value) &&
  value.every((step) => Array.isArray(step) && step.length === 2 && step.every((part) => typeof part === 'string'));

/** The root carries the path's steps, in order, as JSON: [[progress key, address], ...]. */
export class HomeContinue extends Component {
  static moduleName = 'app-home-continue';
  static what = 'The link to continue your learning path';

  init(): void {
    const { root: line, page } = this;
    const steps = setting(line, 'homeContinue', json(isPathSteps));
    const progress = peekProgress(page);
    if (!progress) return;
    try {
      const hasStarted = [progress.done, progress.quizzes, progress.walks].some(
        (part) => Object.keys(part ?? {}).length,
      );
      if (!hasStarted) return;
      const next = steps.findIndex(([key]) => !progress.done?.[key]);
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
}
