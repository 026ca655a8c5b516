// What the walk-through and the quiz say in words built at run time (a step's title, its role, the right answer): each
// sentence ends once, so a question-titled step or a step with no stated role reads as plain sentences.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeMachine } from '../../src/lib/process-map/model';
import { processes } from '../../src/machines';
import { openSite, watchedPage, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

// A sentence end followed by another full stop or a comma: "move on to?." or "letter., The source …".
const doubledEnd = /[.?!]\s*[.,]/;
const models = processes.map((process) => ({ id: process.id, model: describeMachine(process.machine) }));
const questionStep = models
  .flatMap(({ id, model }) => model.steps.map((step) => ({ id, step })))
  .find(({ step }) => step.meta.title.endsWith('?'))!;
const unstatedStep = models
  .flatMap(({ id, model }) => model.steps.map((step) => ({ id, step })))
  .find(({ step }) => step.meta.lane === 'not-stated')!;

describe('sentences built in the browser', () => {
  it.each([
    ['a step whose title is a question', questionStep],
    ['a step whose source does not say who does it', unstatedStep],
  ])('the walk-through announces %s in sentences that end once', async (_kind, { id, step }) => {
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(`${site.url}/process-maps/${id}/?step=${step.path}`);
    await page.waitForSelector('[data-walkthrough][data-ready]');
    const live = (await page.locator('[data-walkthrough-live]').textContent())!;
    expect(live).toContain(step.meta.title);
    expect(live).not.toMatch(doubledEnd);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('the quiz says which answer was right without a full stop after its question mark', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/process-maps/${questionStep.id}/quiz/`);
    await page.waitForSelector('[data-quiz-controls]:not([hidden])');
    const verdicts: string[] = [];
    for (let index = 0; index < 60; index += 1) {
      const question = page.locator('[data-question]:not([hidden])');
      if ((await question.count()) === 0) break;
      const answerIndex = Number(await question.getAttribute('data-answer-index'));
      const radios = question.locator('input[type="radio"]');
      await radios.nth((answerIndex + 1) % (await radios.count())).check();
      await page.getByRole('button', { name: 'Check answer' }).click();
      verdicts.push((await question.locator('[data-quiz-verdict]').textContent())!);
      const next = page.getByRole('button', { name: 'Next question' });
      if (!(await next.isVisible())) break;
      await next.click();
    }
    expect(verdicts.some((verdict) => verdict.includes(`The answer is: ${questionStep.step.meta.title}`))).toBe(true);
    for (const verdict of verdicts) expect(verdict).not.toMatch(doubledEnd);
    await page.close();
  });
});
