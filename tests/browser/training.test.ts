// Presenter mode and the generated quizzes, as trainers and new POMs use them (the learning path: learning.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeMachine } from '../../src/lib/process-map/model';
import { mapQuiz } from '../../src/lib/training/quiz';
import { processes } from '../../src/machines';
import { scenariosFor } from '../support/scenarios';
import { axeViolations, describeViolations, openSite, watchedPage, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe.each(processes)('presenter mode for "$id"', ({ id, machine }) => {
  const model = describeMachine(machine);
  const start = model.steps.find((step) => step.path === model.initialPaths[0])!;

  it('shows one step at a time and moves with the keyboard', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site.url}/process-maps/${id}/present/`);
    await page.waitForSelector('[data-presenter][data-ready]');
    await expect(page.locator('.app-slide--current').count()).resolves.toBe(model.initialPaths.length);
    await expect(page.locator('.app-slide--current .app-slide__title').first().textContent()).resolves.toContain(
      start.meta.title,
    );
    const fits = await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);
    expect(fits).toBe(true);

    // A number key chooses that option of a decision (or the only way on).
    await page.keyboard.press('1');
    // Parallel steps are all current, shown by number: the option's first target is among them.
    const afterFirst = model.steps.find((step) => step.path === start.outcomes[0]!.targets[0])!;
    await expect
      .poll(async () => (await page.locator('.app-slide--current .app-slide__title').allTextContents()).join(' | '))
      .toContain(afterFirst.meta.title);
    expect(new URL(page.url()).searchParams.get('step')!.split(',').sort()).toEqual(
      [...start.outcomes[0]!.targets].sort(),
    );
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('.app-slide--current .app-slide__title').first().textContent()).resolves.toContain(
      start.meta.title,
    );
    await page.keyboard.press('1');
    await page.keyboard.press('Home');
    await expect(page.locator('.app-slide--current .app-slide__title').first().textContent()).resolves.toContain(
      start.meta.title,
    );
    await expect(page.locator('[data-presenter-counter]').textContent()).resolves.toBe('Path so far: 1 step');
    await page.keyboard.press('1');
    await expect(page.locator('[data-presenter-counter]').textContent()).resolves.toBe('Path so far: 2 steps');
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it.each([
    [1280, 720],
    [1920, 1080],
  ])(
    'fits %i × %i with the map beside the step, and nothing moves when the slides replace the list',
    async (width, height) => {
      const context = await site.browser.newContext({ viewport: { width, height } });
      const { page } = await watchedPage(context);
      await page.addInitScript(() => {
        // Each shift with what moved (its class, and where it was and went), so a failure says what moved.
        interface Shift {
          value: number;
          sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        }
        const shifts: { value: number; moved: string[] }[] = [];
        (window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
        const box = ({ x, y, width, height }: DOMRectReadOnly) => [x, y, width, height].map(Math.round).join(',');
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as Shift[])
            shifts.push({
              value: entry.value,
              moved: entry.sources.map(
                (source) =>
                  `${source.node instanceof Element ? source.node.getAttribute('class') : source.node?.nodeName} ` +
                  `${box(source.previousRect)} → ${box(source.currentRect)}`,
              ),
            });
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${site.url}/process-maps/${id}/present/`);
      await page.waitForSelector('[data-presenter][data-ready]');
      await page.waitForTimeout(200);
      const shifts = await page.evaluate(
        () => (window as unknown as { layoutShifts: { value: number; moved: string[] }[] }).layoutShifts,
      );
      expect(
        shifts.reduce((total, { value }) => total + value, 0),
        JSON.stringify(shifts),
      ).toBe(0);
      const scroll = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        width: document.documentElement.scrollWidth,
      }));
      expect(scroll.height).toBeLessThanOrEqual(height);
      expect(scroll.width).toBeLessThanOrEqual(width);
      const map = await page.locator('.app-presenter__map').boundingBox();
      expect(map!.width).toBeGreaterThan(width / 4);
      expect(map!.y + map!.height).toBeLessThanOrEqual(height);
      // The current step is marked on the swimlane diagram.
      for (const path of model.initialPaths)
        await expect(
          page.locator(`.app-presenter__map g[data-step="${path}"]`).getAttribute('aria-current'),
        ).resolves.toBe('step');
      await context.close();
    },
  );

  it('prints every step without the buttons or the map', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/process-maps/${id}/present/`);
    await page.waitForSelector('[data-presenter][data-ready]');
    await page.emulateMedia({ media: 'print' });
    const visibleSlides = await page
      .locator('[data-slide]')
      .evaluateAll((slides) => slides.filter((slide) => (slide as HTMLElement).offsetParent !== null).length);
    expect(visibleSlides).toBe(model.steps.length);
    await expect(page.getByRole('button', { name: 'Next' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('.app-presenter__map').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('hides the next step until it is revealed', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/process-maps/${id}/present/`);
    await page.waitForSelector('[data-presenter][data-ready]');
    await page.getByLabel('Hide the next step until revealed').check();
    await page.keyboard.press('1');
    await expect(page.locator('.app-slide--current').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Reveal the next step' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.app-slide--current').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('shows trainer notes, and Esc leaves presenter mode for the map', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/process-maps/${id}/present/`);
    await page.waitForSelector('[data-presenter][data-ready]');
    expect(describeViolations(await axeViolations(page))).toBe('');
    if (start.meta.notes.length)
      await expect(page.locator('.app-slide--current [data-slide-notes]').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForURL(`${site.url}/process-maps/${id}/`);
    await page.close();
  });
});

describe.each(processes)('the quiz for "$id"', ({ id, machine }) => {
  const questions = mapQuiz(describeMachine(machine), scenariosFor(id));

  it('gives feedback with the source, a score at the end, and a retry', async () => {
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(`${site.url}/process-maps/${id}/quiz/`);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByText('Choose an answer').first().isVisible()).resolves.toBe(true);
    for (const [index, question] of questions.entries()) {
      // Answer the first question wrongly and the rest rightly.
      const choice = index === 0 ? (question.answerIndex + 1) % question.options.length : question.answerIndex;
      await page.getByRole('radio', { name: question.options[choice]!, exact: true }).check();
      await page.getByRole('button', { name: 'Check answer' }).click();
      const feedback = page.locator(`[data-question="${question.id}"] [data-quiz-feedback]`);
      await expect(feedback.textContent()).resolves.toContain(index === 0 ? 'Not quite' : 'Correct');
      if (index === 0) {
        // The right option is marked beside the options, as well as named in the feedback.
        const rightLabel = page.locator(`[data-question="${question.id}"] label`).nth(question.answerIndex);
        await expect(rightLabel.textContent()).resolves.toContain('Right answer');
        const chosenLabel = page.locator(`[data-question="${question.id}"] label`).nth(choice);
        await expect(chosenLabel.textContent()).resolves.toContain('Your answer');
      }
      await expect(feedback.textContent()).resolves.toContain('Source:');
      if (index < questions.length - 1) await page.getByRole('button', { name: 'Next question' }).click();
    }
    await expect(
      page.getByRole('heading', { name: `You scored ${questions.length - 1} out of ${questions.length}` }).isVisible(),
    ).resolves.toBe(true);
    // The review lists only the question missed, with its answer and a link to its step on the map.
    const review = page.locator('[data-quiz-review-list] > li');
    await expect(review.count()).resolves.toBe(1);
    await expect(review.first().textContent()).resolves.toContain(
      [questions[0]!.case, questions[0]!.prompt].filter(Boolean).join(' '),
    );
    await expect(review.first().textContent()).resolves.toContain(
      `Answer: ${questions[0]!.options[questions[0]!.answerIndex]}`,
    );
    await expect(review.first().getByRole('link').first().getAttribute('href')).resolves.toBe(
      questions[0]!.readMore[0]!.href,
    );
    await expect(page.getByText('Your score and answers are saved in this browser only').isVisible()).resolves.toBe(
      true,
    );
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.getByRole('button', { name: 'Try the quiz again' }).click();
    await expect(page.getByText(`Question 1 of ${questions.length}. Score so far: 0.`).isVisible()).resolves.toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('a quiz when the browser refuses storage', () => {
  it('says the score could not be saved, instead of claiming it was', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    });
    const { page, problems } = await watchedPage(context);
    const questions = mapQuiz(describeMachine(processes[0]!.machine), scenariosFor(processes[0]!.id));
    await page.goto(`${site.url}/process-maps/${processes[0]!.id}/quiz/`);
    for (const [index, question] of questions.entries()) {
      await page.getByRole('radio', { name: question.options[question.answerIndex]!, exact: true }).check();
      await page.getByRole('button', { name: 'Check answer' }).click();
      if (index < questions.length - 1) await page.getByRole('button', { name: 'Next question' }).click();
    }
    await expect(page.getByText('Your browser is not letting this site save your score').isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByText('Your score and answers are saved in this browser only').isVisible()).resolves.toBe(
      false,
    );
    await expect(page.locator('[data-quiz-review]').isVisible()).resolves.toBe(false);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});
