// The learning path in the browser: ticks saved in localStorage, "continue where you left off" and a reset.
import {
  emptyProgress,
  loadProgress,
  markDone,
  problemMessage,
  saveProgress,
  type Progress,
} from '../../lib/training/progress';
import { browserStorage } from './storage';

export function startLearningPath(page: Document = document): void {
  const list = page.querySelector<HTMLElement>('[data-learn-path]');
  if (!list) return;
  const storage = browserStorage(page);
  const loaded = loadProgress(storage);
  let progress: Progress = loaded.progress;
  const items = [...list.querySelectorAll<HTMLElement>('[data-learn-item]')];
  const message = page.querySelector<HTMLElement>('[data-learn-message]')!;
  const messageText = page.querySelector<HTMLElement>('[data-learn-message-text]')!;
  const count = page.querySelector<HTMLElement>('[data-learn-count]')!;
  const continueLink = page.querySelector<HTMLAnchorElement>('[data-learn-continue]')!;

  page.querySelector<HTMLElement>('[data-learn-no-js]')!.hidden = true;
  page.querySelector<HTMLElement>('[data-learn-summary]')!.hidden = false;

  const say = (text: string | undefined) => {
    messageText.textContent = text ?? '';
    message.hidden = !text;
  };
  say(problemMessage(loaded.problem));

  const render = () => {
    let doneCount = 0;
    let next: HTMLElement | undefined;
    for (const item of items) {
      const key = item.dataset.learnItem!;
      const isDone = progress.done.includes(key);
      const box = item.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      box.checked = isDone;
      item.classList.toggle('app-learn__item--done', isDone);
      if (isDone) doneCount += 1;
      else next ??= item;
      const score = progress.quizScores[key];
      let scoreText = item.querySelector<HTMLElement>('.app-learn__score');
      if (score) {
        scoreText ??= item.appendChild(page.createElement('p'));
        scoreText.className = 'govuk-body-s app-learn__score';
        scoreText.textContent = `Last score: ${score.score} out of ${score.total}`;
      } else scoreText?.remove();
    }
    count.textContent = `You have done ${doneCount} of ${items.length} steps.`;
    const link = next?.querySelector<HTMLAnchorElement>('.app-learn__title a');
    continueLink.hidden = !link;
    if (link) {
      continueLink.href = link.getAttribute('href') ?? '#';
      continueLink.textContent = doneCount === 0 ? 'Start the learning path' : 'Continue where you left off';
    }
  };

  for (const item of items) {
    item.querySelector<HTMLElement>('[data-learn-done]')!.hidden = false;
    item.querySelector<HTMLInputElement>('input[type="checkbox"]')!.addEventListener('change', (event) => {
      progress = markDone(progress, item.dataset.learnItem!, (event.target as HTMLInputElement).checked);
      if (!saveProgress(storage, progress))
        say('Your browser is not letting this site save progress, so ticks will be lost when you leave the page.');
      render();
    });
  }
  page.querySelector('[data-learn-reset]')!.addEventListener('click', () => {
    progress = emptyProgress();
    saveProgress(storage, progress);
    say('Your progress has been reset.');
    render();
  });
  render();
}
