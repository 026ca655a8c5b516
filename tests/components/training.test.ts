// @vitest-environment jsdom
// The learning path's browser scripts on the component base: the settings each reads from its data-* attributes, and
// what the learner sees when one is missing or wrong.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { start } from '../../src/components/component';
import { HomeContinue } from '../../src/components/training/home-continue';
import { LearningPath } from '../../src/components/training/learning-path';
import { LearningRecord } from '../../src/components/training/learning-record';
import { MarkAsRead } from '../../src/components/training/mark-as-read';
import { Quiz } from '../../src/components/training/quiz';
import { emptyProgress, markDone, saveProgress } from '../../src/lib/training/progress';
import { progressKey } from '../../src/lib/training/progress-peek';

const alertText = () => document.querySelector('.app-component-error')?.textContent ?? '';

beforeEach(() => {
  localStorage.clear();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('mark as read', () => {
  const block = (key = 'data-mark-read="guide:records"') => `
    <div data-module="app-mark-as-read" ${key}>
      <p data-mark-read-status></p>
      <button data-action="mark-read" hidden>Mark as read</button>
    </div>`;

  it('marks the page named by data-mark-read as read when the button is pressed', () => {
    document.body.innerHTML = block();
    start(MarkAsRead);
    document.querySelector<HTMLButtonElement>('[data-action="mark-read"]')!.click();
    expect(document.querySelector('[data-mark-read-status]')!.textContent).toBe(
      'Marked as read: this step is done on your learning path.',
    );
    expect(localStorage.getItem(progressKey)).toContain('guide:records');
  });

  it('says so, rather than marking an unnamed step, when data-mark-read is missing', () => {
    document.body.innerHTML = block('');
    start(MarkAsRead);
    expect(alertText()).toMatch(/^Marking this page as read on your learning path is not working/);
    expect(console.error).toHaveBeenCalledWith(expect.any(String), new Error('data-mark-read is missing'));
  });
});

describe('the quiz', () => {
  const quiz = (answerIndex: string) => `
    <div data-module="app-quiz" data-quiz="enforcement">
      <div data-quiz-resume hidden><p data-quiz-resume-text></p><button data-action="start-again">Start again</button></div>
      <p data-quiz-revision hidden></p><p data-quiz-progress hidden></p>
      <ol data-quiz-questions>
        <li data-question="q1" data-answer-index="${answerIndex}">
          <div class="govuk-form-group">
            <span data-quiz-number></span><span data-quiz-prompt>What happens next?</span>
            <p data-quiz-error hidden>Choose an answer</p>
            <input type="radio" id="a" name="q" value="0"><label class="govuk-radios__label" for="a">Warn</label>
            <input type="radio" id="b" name="q" value="1"><label class="govuk-radios__label" for="b">Breach</label>
          </div>
          <details data-quiz-answer></details>
          <div data-quiz-feedback hidden><p data-quiz-verdict></p><p data-quiz-read-more></p></div>
        </li>
      </ol>
      <div data-quiz-controls hidden><button data-action="check">Check</button><button data-action="next">Next</button></div>
      <div data-quiz-result hidden>
        <h2 data-quiz-score></h2><p data-quiz-passed></p><p data-quiz-not-passed></p>
        <p data-quiz-saved></p><p data-quiz-not-saved></p>
        <div data-quiz-review><ol data-quiz-review-list></ol></div>
        <button data-action="retry">Try again</button>
      </div>
    </div>`;

  it('marks an answer against the question’s data-answer-index', () => {
    document.body.innerHTML = quiz('1');
    start(Quiz);
    document.querySelector<HTMLInputElement>('#b')!.checked = true;
    document.querySelector<HTMLButtonElement>('[data-action="check"]')!.click();
    expect(document.querySelector('[data-quiz-score]')!.textContent).toBe('You scored 1 out of 1 (100%)');
  });

  it.each(['2', 'two', ''])(
    'stops with a message, before any question is shown, when the right answer is "%s"',
    (answerIndex) => {
      document.body.innerHTML = quiz(answerIndex);
      start(Quiz);
      expect(alertText()).toMatch(/^The quiz is not working on this page/);
      expect(document.querySelector<HTMLElement>('[data-quiz-controls]')!.hidden).toBe(true);
    },
  );
});

describe('continue where you left off, on the home page', () => {
  const line = (steps: string) => `<p data-module="app-home-continue" data-home-continue='${steps}' hidden></p>`;

  it('links to the first step not done, from the steps data-home-continue lists', () => {
    saveProgress(localStorage, markDone(emptyProgress(), 'guide:a', '2026-12-01'));
    document.body.innerHTML = line('[["guide:a","/a/"],["guide:b","/b/"]]');
    start(HomeContinue);
    const link = document.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/b/');
    expect(link.textContent).toBe('Continue where you left off (step 2 of 2)');
  });

  it.each(['not json', '[["guide:a"]]', '{"guide:a":"/a/"}'])('reports steps it cannot read: %s', (steps) => {
    document.body.innerHTML = line(steps);
    start(HomeContinue);
    expect(alertText()).toMatch(/^The link to continue your learning path is not working/);
    expect(document.querySelector('a')).toBeNull();
  });
});

describe('the learning path and record', () => {
  it('reports a learning path page that lacks a part it needs, leaving the no-JavaScript text', () => {
    document.body.innerHTML = `<p data-learn-no-js>Needs JavaScript</p>
      <ol data-module="app-learning-path"><li data-learn-item="guide:a"><a href="/a/">A</a></li></ol>`;
    start(LearningPath);
    expect(alertText()).toMatch(/^Your progress on the learning path is not working/);
    expect(document.querySelector<HTMLElement>('[data-learn-no-js]')!.hidden).toBe(false);
  });

  it('fills in the record of steps done, and reports a record page missing its summary', () => {
    saveProgress(localStorage, markDone(emptyProgress(), 'guide:a', '2026-12-01'));
    const record = (facts: string) => `
      <div data-module="app-learning-record">
        <p data-learn-no-js></p><p data-learn-record-message hidden></p>
        ${facts}
        <div data-learn-record-actions hidden><button data-action="print">Print</button></div>
        <table><tr data-learn-item="guide:a"><td data-learn-record-on></td><td data-learn-record-score></td></tr></table>
      </div>`;
    document.body.innerHTML = record(
      '<dl data-learn-record-facts hidden><dd data-learn-record-done></dd><dd data-learn-record-passed></dd><dd data-learn-record-date></dd></dl>',
    );
    start(LearningRecord);
    expect(document.querySelector('[data-learn-record-on]')!.textContent).toBe('1 December 2026');
    expect(document.querySelector('[data-learn-record-done]')!.textContent).toBe('1 of 1');

    document.body.innerHTML = record('');
    start(LearningRecord);
    expect(alertText()).toMatch(/^Your learning record is not working/);
  });
});
