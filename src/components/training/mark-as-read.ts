// A guidance page on the learning path: done when the learner scrolls to its end or presses "Mark as read".
// (A static import: loading the store on demand would move Vite's preload helper out of the map page's own chunk into
// one shared with these pages, costing the map page's budget more than it saves here.)
import { loadProgress, markDone, today, updateProgress } from '../../lib/training/progress';
import { browserStorage, showPathStatus } from './storage';

export function startMarkAsRead(page: Document = document): void {
  const block = page.querySelector<HTMLElement>('[data-mark-read]');
  const view = page.defaultView;
  if (!block || !view) return;
  const key = block.dataset.markRead!;
  const storage = browserStorage(page);
  const status = block.querySelector<HTMLElement>('[data-mark-read-status]')!;
  const button = block.querySelector<HTMLButtonElement>('[data-action="mark-read"]')!;

  const show = (isDone: boolean, text: string) => {
    status.textContent = text;
    // Tabbing to the button scrolls the end of the page into view, which completes the step and hides the button:
    // focus moves to the message that says so, rather than falling back to the top of the page.
    if (isDone && page.activeElement === button) {
      status.tabIndex = -1;
      status.focus();
    }
    button.hidden = isDone;
    showPathStatus(page, isDone ? 'done' : 'not-started');
  };

  // Reaching the end counts only after scrolling, so a short page is not read just by opening it.
  const isAtEnd = () => block.getBoundingClientRect().top < view.innerHeight;
  const onScroll = () => {
    if (isAtEnd()) markRead('You have read to the end of this page, so this step is done on your learning path.');
  };
  const markRead = (text: string) => {
    view.removeEventListener('scroll', onScroll);
    const { isSaved } = updateProgress(storage, (progress) => markDone(progress, key, today()));
    if (isSaved) show(true, text);
    else show(false, 'Your browser is not letting this site save progress, so this step cannot be marked as read.');
  };

  if (loadProgress(storage).progress.done[key]) {
    show(true, 'You have read this page: this step is done on your learning path.');
    return;
  }
  show(false, 'Read to the end of the page, or mark it as read, to complete this step.');
  button.addEventListener('click', () => markRead('Marked as read: this step is done on your learning path.'));
  view.addEventListener('scroll', onScroll, { passive: true });
}
