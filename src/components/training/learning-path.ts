// The learning path in the browser: each step's status from the progress store, "continue where you left off", the
// quizzes to revisit, progress that could not be read, saving and loading a progress file, and deleting progress.
import * as store from '../../lib/training/progress';
import { downloadText } from './download';
import { capitalised, statusWords, tagColours } from './status-tags';
import { browserStorage } from './storage';

/** The largest progress file worth reading: a year of daily use is a few kilobytes. */
const largestFile = 1024 * 1024;

const fileProblems: Record<store.FileProblem | 'none' | 'too-big', string> = {
  none: 'Select a progress file',
  'too-big': 'The selected file must be smaller than 1 MB',
  'not-progress': 'The selected file is not a progress file saved from this site',
  unreadable: 'The progress in the selected file could not be read: the file may have been changed or damaged',
  'newer-version': 'The selected file was saved by a newer version of this site, so it cannot be loaded here',
};

export function startLearningPath(page: Document = document): void {
  const list = page.querySelector<HTMLElement>('[data-learn-path]');
  if (!list) return;
  const storage = browserStorage(page);
  const find = <T extends HTMLElement = HTMLElement>(selector: string) => page.querySelector<T>(selector)!;
  const items = [...list.querySelectorAll<HTMLElement>('[data-learn-item]')];
  const quizIds = items.map((item) => item.dataset.learnItem!).flatMap((key) => key.match(/^quiz:(.*)$/)?.[1] ?? []);
  const message = find('[data-learn-message]');
  const unreadable = find('[data-learn-unreadable]');
  const importForm = find<HTMLFormElement>('[data-learn-import]');
  const fileInput = find<HTMLInputElement>('#learn-import-file');
  const fileError = find('[data-learn-import-error]');
  const confirm = find('[data-learn-reset-confirm]');

  find('[data-learn-no-js]').hidden = true;
  find('[data-learn-summary]').hidden = false;
  find('[data-learn-record]').hidden = false;

  const say = (text: string | undefined, isSuccess = false) => {
    find('[data-learn-message-text]').textContent = text ?? '';
    find('#learn-message-title').textContent = isSuccess ? 'Success' : 'Important';
    message.classList.toggle('govuk-notification-banner--success', isSuccess);
    message.hidden = !text;
  };
  const notSaved = 'Your browser is not letting this site save progress, so it will be lost when you leave the page.';

  let progress = store.emptyProgress();
  const load = () => {
    const loaded = store.loadProgress(storage);
    progress = loaded.progress;
    const kept = store.keptUnreadable(storage);
    unreadable.hidden = !kept;
    if (kept)
      find('[data-learn-unreadable-text]').textContent =
        kept.problem === 'newer-version'
          ? 'Some saved progress is from a newer version of this site and could not be read'
          : 'Some saved progress could not be read';
    render();
  };

  const render = () => {
    let doneCount = 0;
    let isStarted = false;
    let next: HTMLAnchorElement | undefined;
    for (const item of items) {
      const status = store.itemStatus(progress, item.dataset.learnItem!);
      isStarted ||= status.state !== 'not-started';
      const cell = item.querySelector<HTMLElement>('[data-learn-status]')!;
      const words = capitalised(statusWords[status.state]);
      if (status.state === 'done') {
        doneCount += 1;
        cell.textContent = words;
      } else {
        next ??= item.querySelector<HTMLAnchorElement>('a')!;
        const tag = page.createElement('strong');
        tag.className = `govuk-tag ${tagColours[status.state]}`;
        tag.textContent = words;
        cell.replaceChildren(tag);
      }
      const score = status.state === 'done' ? status.best : status.last;
      item.querySelector('[data-learn-score]')!.textContent = score
        ? ` ${status.state === 'done' ? 'Best score' : 'Last score'}: ${store.scoreWords(score)}.`
        : '';
    }
    find('[data-learn-count]').textContent =
      doneCount === items.length
        ? `You have done all ${items.length} steps.`
        : `You have done ${doneCount} of ${items.length} steps.${isStarted && next ? ` Next: ${next.textContent!.trim()}.` : ''}`;
    const continueLink = find<HTMLAnchorElement>('[data-learn-continue]');
    continueLink.hidden = !next;
    if (next) {
      continueLink.href = next.getAttribute('href')!;
      continueLink.textContent = isStarted ? 'Continue where you left off' : 'Start the learning path';
    }
    renderRevisit();
  };

  const renderRevisit = () => {
    const revisit = store.quizzesToRevisit(progress, quizIds);
    find('[data-learn-revisit]').hidden = revisit.length === 0;
    find('[data-learn-revisit-list]').replaceChildren(
      ...revisit.map((id) => {
        const record = progress.quizzes[id]!;
        const source = list.querySelector<HTMLAnchorElement>(`[data-learn-item="quiz:${id}"] a`)!;
        const entry = page.createElement('li');
        const link = page.createElement('a');
        link.className = 'govuk-link';
        link.href = source.getAttribute('href')!;
        link.textContent = source.textContent!.trim();
        const isDone = Boolean(progress.done[`quiz:${id}`]);
        const missed = record.missed.length;
        entry.append(
          link,
          `: ${isDone ? 'passed' : 'not passed yet'}, last score ${store.scoreWords(record.last!)}. ` +
            (missed
              ? `The ${missed === 1 ? 'question' : `${missed} questions`} you got wrong ${missed === 1 ? 'comes' : 'come'} first next time.`
              : ''),
        );
        return entry;
      }),
    );
  };

  find('[data-action="download-unreadable"]').addEventListener('click', () => {
    const kept = store.keptUnreadable(storage);
    if (kept) downloadText(page, `learning-progress-not-read-${store.today()}.txt`, kept.raw, 'text/plain');
  });
  find('[data-action="delete-unreadable"]').addEventListener('click', () => {
    try {
      storage?.removeItem(store.unreadableProgressKey);
    } catch {
      // nothing more to do: the banner stays, saying it is still kept
    }
    load();
    say('The progress that could not be read has been deleted.', true);
  });

  find('[data-action="export"]').addEventListener('click', () => {
    const today = store.today();
    downloadText(
      page,
      `learning-progress-${today}.json`,
      store.progressFile(store.loadProgress(storage).progress, today),
    );
  });

  const showFileError = (problem: keyof typeof fileProblems | undefined) => {
    fileError.hidden = !problem;
    fileError.replaceChildren();
    if (problem) {
      const hidden = page.createElement('span');
      hidden.className = 'govuk-visually-hidden';
      hidden.textContent = 'Error:';
      fileError.append(hidden, ` ${fileProblems[problem]}`);
    }
    importForm.querySelector('.govuk-form-group')!.classList.toggle('govuk-form-group--error', Boolean(problem));
    fileInput.classList.toggle('govuk-file-upload--error', Boolean(problem));
    fileInput.setAttribute('aria-describedby', `learn-import-file-hint${problem ? ' learn-import-file-error' : ''}`);
    if (problem) fileInput.focus();
  };

  importForm.addEventListener('submit', (event) => {
    event.preventDefault();
    say(undefined);
    const file = fileInput.files?.[0];
    if (!file) return showFileError('none');
    if (file.size > largestFile) return showFileError('too-big');
    void file.text().then(
      (text) => {
        const read = store.readProgressFile(text);
        if ('problem' in read) return showFileError(read.problem);
        showFileError(undefined);
        const before = new Set(Object.keys(store.loadProgress(storage).progress.done));
        const saved = store.updateProgress(storage, (here) => store.mergeProgress(here, read.progress));
        load();
        const inFile = Object.keys(read.progress.done);
        const added = inFile.filter((key) => !before.has(key)).length;
        importForm.reset();
        say(
          saved.isSaved
            ? `Progress loaded from “${file.name}”: ${inFile.length} ${inFile.length === 1 ? 'step' : 'steps'} done in the file, ${added} of them new to this browser.`
            : notSaved,
          saved.isSaved,
        );
      },
      () => showFileError('not-progress'),
    );
  });

  find('[data-action="reset"]').addEventListener('click', () => {
    confirm.hidden = false;
    find('[data-action="reset-confirm"]').focus();
  });
  find('[data-action="reset-cancel"]').addEventListener('click', () => {
    confirm.hidden = true;
    find('[data-action="reset"]').focus();
  });
  find('[data-action="reset-confirm"]').addEventListener('click', () => {
    confirm.hidden = true;
    const { isSaved } = store.updateProgress(storage, () => store.emptyProgress());
    load();
    say(isSaved ? 'Your progress has been deleted.' : notSaved, isSaved);
  });

  load();
}
