// The quiz in the browser: one question at a time, feedback with its source and the right option marked, a score
// against the pass mark, a review of what was missed and a retry. Each answer is saved as it is checked, so the quiz
// carries on from the next question after a reload; the questions missed last time are asked first.
import { joinSentences } from '../../lib/sentences';
import * as store from '../../lib/training/progress';
import { browserStorage, showPathStatus } from './storage';

export function startQuiz(page: Document = document): void {
  const root = page.querySelector<HTMLElement>('[data-quiz]');
  if (!root) return;
  const quizId = root.dataset.quiz!;
  const storage = browserStorage(page);
  const list = root.querySelector<HTMLElement>('[data-quiz-questions]')!;
  const byId = new Map(
    [...root.querySelectorAll<HTMLElement>('[data-question]')].map((question) => [
      question.dataset.question!,
      question,
    ]),
  );
  const total = byId.size;
  const controls = root.querySelector<HTMLElement>('[data-quiz-controls]')!;
  const check = root.querySelector<HTMLButtonElement>('[data-action="check"]')!;
  const next = root.querySelector<HTMLButtonElement>('[data-action="next"]')!;
  const result = root.querySelector<HTMLElement>('[data-quiz-result]')!;
  const progressText = root.querySelector<HTMLElement>('[data-quiz-progress]')!;
  const resume = root.querySelector<HTMLElement>('[data-quiz-resume]')!;
  const revision = root.querySelector<HTMLElement>('[data-quiz-revision]')!;
  let questions: HTMLElement[] = [];
  let index = 0;
  let score = 0;
  const missed = new Set<HTMLElement>();

  page.documentElement.classList.add('app-js');
  controls.hidden = false;
  progressText.hidden = false;
  for (const question of byId.values()) question.querySelector<HTMLElement>('[data-quiz-answer]')!.hidden = true;

  const save = (change: (progress: store.Progress) => store.Progress) => store.updateProgress(storage, change).isSaved;
  const ids = () => questions.map((question) => question.dataset.question!);

  /** Puts the questions in the order asked, numbering them to match. */
  const arrange = (order: string[]) => {
    questions = order.map((id) => byId.get(id)!);
    list.append(...questions);
    questions.forEach((question, position) => {
      question.querySelector('[data-quiz-number]')!.textContent = `Question ${position + 1} of ${total}`;
    });
  };

  const show = (target: number) => {
    index = target;
    questions.forEach((question, position) => (question.hidden = position !== index));
    check.hidden = false;
    next.hidden = true;
    progressText.textContent = `Question ${index + 1} of ${total}. Score so far: ${score}.`;
  };

  const clear = () => {
    score = 0;
    missed.clear();
    for (const mark of root.querySelectorAll('[data-quiz-mark]')) mark.remove();
    for (const question of questions) {
      question.querySelector<HTMLElement>('[data-quiz-feedback]')!.hidden = true;
      question.querySelector<HTMLElement>('[data-quiz-error]')!.hidden = true;
      question.querySelector('.govuk-form-group')!.classList.remove('govuk-form-group--error');
      for (const input of question.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
        input.checked = false;
        input.disabled = false;
      }
    }
    result.hidden = true;
    controls.hidden = false;
  };

  /** Marks an answer: the score, the right option beside the options, the feedback; used live and when resuming. */
  const mark = (question: HTMLElement, chosen: number) => {
    const answerIndex = Number(question.dataset.answerIndex);
    const isRight = chosen === answerIndex;
    if (isRight) score += 1;
    else missed.add(question);
    const inputs = question.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    inputs.forEach((input, position) => {
      input.checked = position === chosen;
      input.disabled = true;
    });
    const labels = question.querySelectorAll<HTMLElement>('.govuk-radios__label');
    const answer = labels[answerIndex]?.textContent?.trim() ?? '';
    if (!isRight) {
      // Show which option was right, and which was chosen, beside the options themselves.
      labels[answerIndex]?.append(markText(page, 'Right answer', 'green'));
      labels[chosen]?.append(markText(page, 'Your answer', 'red'));
    }
    const feedback = question.querySelector<HTMLElement>('[data-quiz-feedback]')!;
    feedback.querySelector('[data-quiz-verdict]')!.textContent = isRight
      ? 'Correct.'
      : joinSentences('Not quite', `The answer is: ${answer}`);
    feedback.classList.toggle('app-quiz__feedback--right', isRight);
    feedback.classList.toggle('app-quiz__feedback--wrong', !isRight);
    feedback.hidden = false;
  };

  check.addEventListener('click', () => {
    const question = questions[index]!;
    const chosen = question.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    const error = question.querySelector<HTMLElement>('[data-quiz-error]')!;
    const group = question.querySelector('.govuk-form-group')!;
    if (!chosen) {
      error.hidden = false;
      group.classList.add('govuk-form-group--error');
      question.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    error.hidden = true;
    group.classList.remove('govuk-form-group--error');
    resume.hidden = true;
    mark(question, Number(chosen.value));
    check.hidden = true;
    progressText.textContent = `Question ${index + 1} of ${total}. Score so far: ${score}.`;
    if (index + 1 < total) {
      save((progress) =>
        store.answerQuestion(progress, quizId, ids(), question.dataset.question!, Number(chosen.value)),
      );
      next.hidden = false;
      next.focus();
    } else {
      finish();
    }
  });

  next.addEventListener('click', () => {
    show(index + 1);
    questions[index]?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  });

  const finish = () => {
    controls.hidden = true;
    result.hidden = false;
    const attempt = { score, total, on: store.today() };
    const isPass = store.isPass(attempt);
    result.querySelector('[data-quiz-score]')!.textContent =
      `You scored ${score} out of ${total} (${store.percent(attempt)}%)`;
    result.querySelector<HTMLElement>('[data-quiz-passed]')!.hidden = !isPass;
    result.querySelector<HTMLElement>('[data-quiz-not-passed]')!.hidden = isPass;
    const isSaved = save((progress) =>
      store.finishQuiz(
        progress,
        quizId,
        attempt,
        [...missed].map((question) => question.dataset.question!),
      ),
    );
    result.querySelector<HTMLElement>('[data-quiz-saved]')!.hidden = !isSaved;
    result.querySelector<HTMLElement>('[data-quiz-not-saved]')!.hidden = isSaved;
    if (isSaved) showPathStatus(page, store.itemStatus(store.loadProgress(storage).progress, `quiz:${quizId}`).state);
    showReview();
    result.focus();
  };

  // The questions answered wrongly, each with its right answer and links to the step and its guidance.
  const showReview = () => {
    const review = result.querySelector<HTMLElement>('[data-quiz-review]')!;
    const reviewList = review.querySelector<HTMLElement>('[data-quiz-review-list]')!;
    reviewList.replaceChildren(
      ...questions
        .filter((question) => missed.has(question))
        .map((question) => {
          const item = page.createElement('li');
          const prompt = page.createElement('p');
          prompt.className = 'govuk-body govuk-!-margin-bottom-1';
          prompt.textContent = [...question.querySelectorAll('[data-quiz-case], [data-quiz-prompt]')]
            .map((part) => part.textContent)
            .join(' ');
          const answer = page.createElement('p');
          answer.className = 'govuk-body govuk-!-margin-bottom-1';
          const answerIndex = Number(question.dataset.answerIndex);
          const right = question.querySelectorAll('input[type="radio"]')[answerIndex]?.id ?? '';
          answer.textContent = `Answer: ${question.querySelector(`label[for="${right}"]`)?.firstChild?.textContent?.trim() ?? ''}`;
          const links = question.querySelector('[data-quiz-feedback] [data-quiz-read-more]')!.cloneNode(true);
          item.append(prompt, answer, links);
          return item;
        }),
    );
    review.hidden = missed.size === 0;
  };

  /** A fresh attempt, with the questions missed last time first. */
  const startAgain = () => {
    clear();
    resume.hidden = true;
    const record = store.loadProgress(storage).progress.quizzes[quizId];
    arrange(store.questionOrder([...byId.keys()], record && { ...record, current: undefined }));
    save((progress) => store.startQuiz(progress, quizId, ids()));
    showRevision(record);
    show(0);
    questions[0]?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  };

  const showRevision = (record: store.QuizRecord | undefined) => {
    const count = record?.missed.filter((id) => byId.has(id)).length ?? 0;
    revision.hidden = count === 0;
    revision.textContent =
      count === 1
        ? 'The question you got wrong last time comes first.'
        : `The ${count} questions you got wrong last time come first.`;
  };

  root.querySelector('[data-action="retry"]')!.addEventListener('click', startAgain);
  resume.querySelector('[data-action="start-again"]')!.addEventListener('click', startAgain);

  // Carry on from an attempt saved on an earlier visit, or start one with last time's mistakes first.
  const progress = store.loadProgress(storage).progress;
  const record = progress.quizzes[quizId];
  showPathStatus(page, store.itemStatus(progress, `quiz:${quizId}`).state);
  arrange(store.questionOrder([...byId.keys()], record));
  const answers = record?.current?.answers ?? {};
  let answered = 0;
  for (const question of questions) {
    const chosen = answers[question.dataset.question!];
    const optionCount = question.querySelectorAll('input[type="radio"]').length;
    if (chosen === undefined || chosen >= optionCount) break;
    mark(question, chosen);
    answered += 1;
  }
  if (answered === total) {
    index = total - 1;
    finish();
    return;
  }
  if (answered > 0) {
    resume.hidden = false;
    resume.querySelector('[data-quiz-resume-text]')!.textContent =
      `You have answered ${answered} of ${total} questions so far, with ${score} right. Carry on from question ${answered + 1}, or start again.`;
  } else showRevision(record);
  show(answered);
}

function markText(page: Document, text: string, colour: 'green' | 'red'): HTMLElement {
  const mark = page.createElement('strong');
  mark.className = `govuk-tag govuk-tag--${colour} app-quiz__mark`;
  mark.dataset.quizMark = '';
  mark.textContent = text;
  return mark;
}
