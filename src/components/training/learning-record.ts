// The learning record in the browser: the day each step was done and the quiz scores, from the progress kept here.
import { formatPartialDate, parsePartialDate } from '../../lib/dates/partial';
import * as store from '../../lib/training/progress';
import { browserStorage } from './storage';

const formatDay = (day: string) => {
  const date = parsePartialDate(day);
  return date ? formatPartialDate(date) : day;
};

export function startLearningRecord(page: Document = document): void {
  const root = page.querySelector<HTMLElement>('[data-learn-record-page]');
  if (!root) return;
  const find = (selector: string) => root.querySelector<HTMLElement>(selector)!;
  const storage = browserStorage(page);
  const { progress } = store.loadProgress(storage);
  const rows = [...root.querySelectorAll<HTMLElement>('[data-learn-item]')];
  let doneCount = 0;
  let quizCount = 0;
  let passedCount = 0;
  for (const row of rows) {
    const key = row.dataset.learnItem!;
    const status = store.itemStatus(progress, key);
    const isQuiz = key.startsWith('quiz:');
    if (status.state === 'done') doneCount += 1;
    if (isQuiz) {
      quizCount += 1;
      if (status.state === 'done') passedCount += 1;
    }
    find(`[data-learn-item="${key}"] [data-learn-record-on]`).textContent =
      status.state === 'done' ? (status.on ? formatDay(status.on) : 'Done, day not recorded') : 'Not yet';
    const score = status.best;
    find(`[data-learn-item="${key}"] [data-learn-record-score]`).textContent =
      isQuiz && score ? `${store.scoreWords(score)}${store.isPass(score) ? '' : ', not passed yet'}` : '';
  }
  find('[data-learn-no-js]').hidden = true;
  find('[data-learn-record-facts]').hidden = false;
  find('[data-learn-record-actions]').hidden = false;
  find('[data-learn-record-message]').hidden = !store.keptUnreadable(storage);
  find('[data-learn-record-done]').textContent = `${doneCount} of ${rows.length}`;
  find('[data-learn-record-passed]').textContent = `${passedCount} of ${quizCount}`;
  find('[data-learn-record-date]').textContent = formatDay(store.today());
  find('[data-action="print"]').addEventListener('click', () => page.defaultView?.print());
}
