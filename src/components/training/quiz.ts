// The quiz in the browser: one question at a time, feedback with its source and the right option marked, a score,
// a review of what was missed and a retry.
import { loadProgress, recordQuizScore, saveProgress } from '../../lib/training/progress';
import { browserStorage } from './storage';

export function startQuiz(page: Document = document): void {
  const root = page.querySelector<HTMLElement>('[data-quiz]');
  if (!root) return;
  const questions = [...root.querySelectorAll<HTMLElement>('[data-question]')];
  const controls = root.querySelector<HTMLElement>('[data-quiz-controls]')!;
  const check = root.querySelector<HTMLButtonElement>('[data-action="check"]')!;
  const next = root.querySelector<HTMLButtonElement>('[data-action="next"]')!;
  const result = root.querySelector<HTMLElement>('[data-quiz-result]')!;
  const progressText = root.querySelector<HTMLElement>('[data-quiz-progress]')!;
  let index = 0;
  let score = 0;
  const missed = new Set<HTMLElement>();

  page.documentElement.classList.add('app-js');
  controls.hidden = false;
  progressText.hidden = false;
  for (const question of questions) question.querySelector<HTMLElement>('[data-quiz-answer]')!.hidden = true;

  const show = (target: number) => {
    index = target;
    questions.forEach((question, position) => (question.hidden = position !== index));
    check.hidden = false;
    next.hidden = true;
    progressText.textContent = `Question ${index + 1} of ${questions.length}. Score so far: ${score}.`;
  };

  const reset = () => {
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
    show(0);
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
    const answerIndex = Number(question.dataset.answerIndex);
    const isRight = Number(chosen.value) === answerIndex;
    if (isRight) score += 1;
    else missed.add(question);
    const labels = question.querySelectorAll<HTMLElement>('.govuk-radios__label');
    const answer = labels[answerIndex]?.textContent?.trim() ?? '';
    if (!isRight) {
      // Show which option was right, and which was chosen, beside the options themselves.
      labels[answerIndex]?.append(markText(page, 'Right answer', 'green'));
      labels[Number(chosen.value)]?.append(markText(page, 'Your answer', 'red'));
    }
    const feedback = question.querySelector<HTMLElement>('[data-quiz-feedback]')!;
    feedback.querySelector('[data-quiz-verdict]')!.textContent = isRight
      ? 'Correct.'
      : `Not quite. The answer is: ${answer}.`;
    feedback.classList.toggle('app-quiz__feedback--right', isRight);
    feedback.classList.toggle('app-quiz__feedback--wrong', !isRight);
    feedback.hidden = false;
    for (const input of question.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.disabled = true;
    check.hidden = true;
    progressText.textContent = `Question ${index + 1} of ${questions.length}. Score so far: ${score}.`;
    if (index + 1 < questions.length) {
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
    result.querySelector('[data-quiz-score]')!.textContent = `You scored ${score} out of ${questions.length}`;
    const storage = browserStorage(page);
    const { progress } = loadProgress(storage);
    const isSaved = saveProgress(
      storage,
      recordQuizScore(progress, `quiz:${root.dataset.quiz}`, { score, total: questions.length }),
    );
    result.querySelector<HTMLElement>('[data-quiz-saved]')!.hidden = !isSaved;
    result.querySelector<HTMLElement>('[data-quiz-not-saved]')!.hidden = isSaved;
    showReview();
    result.focus();
  };

  // The questions answered wrongly, each with its right answer and links to the step and its guidance.
  const showReview = () => {
    const review = result.querySelector<HTMLElement>('[data-quiz-review]')!;
    const list = review.querySelector<HTMLElement>('[data-quiz-review-list]')!;
    list.replaceChildren(
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
          const index = Number(question.dataset.answerIndex);
          const right = question.querySelectorAll('input[type="radio"]')[index]?.id ?? '';
          answer.textContent = `Answer: ${question.querySelector(`label[for="${right}"]`)?.firstChild?.textContent?.trim() ?? ''}`;
          const links = question.querySelector('[data-quiz-feedback] [data-quiz-read-more]')!.cloneNode(true);
          item.append(prompt, answer, links);
          return item;
        }),
    );
    review.hidden = missed.size === 0;
  };

  root.querySelector('[data-action="retry"]')!.addEventListener('click', () => {
    reset();
    questions[0]?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  });

  show(0);
}

function markText(page: Document, text: string, colour: 'green' | 'red'): HTMLElement {
  const mark = page.createElement('strong');
  mark.className = `govuk-tag govuk-tag--${colour} app-quiz__mark`;
  mark.dataset.quizMark = '';
  mark.textContent = text;
  return mark;
}
