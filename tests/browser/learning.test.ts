// A new POM teaching themselves end to end (issue 33): progress that follows what they do, resuming a quiz and a
// walk-through, revision, a record for a supervisor, moving progress between computers, and the home page's ways in.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeMachine } from '../../src/lib/process-map/model';
import { leafPaths, type StateValue } from '../../src/lib/process-map/walk';
import { itemKey, learningItemSchema } from '../../src/lib/training/learning-path';
import { passPercent, passScore, progressKey, unreadableProgressKey } from '../../src/lib/training/progress';
import { mapQuiz, type QuizQuestion } from '../../src/lib/training/quiz';
import { processes } from '../../src/machines';
import { shortestUserPaths } from '../support/paths';
import { scenariosFor } from '../support/scenarios';
import { axeViolations, describeViolations, openSite, watchedPage, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const path = (parse(readFileSync('src/content/learning-path.yaml', 'utf8')) as unknown[])
  .map((item) => learningItemSchema.parse(item))
  .sort((a, b) => a.order - b.order);
const mapId = 'omic-handover';
const machine = processes.find((process) => process.id === mapId)!.machine;
const questions = mapQuiz(describeMachine(machine), scenariosFor(mapId));
const readPage = '/guidance/national-standards/';

async function expectNoViolations(page: Page) {
  expect(describeViolations(await axeViolations(page))).toBe('');
}

/** Answers `count` questions as they come (their order may change), rightly where `isRight` says so. */
async function answerQuestions(page: Page, count: number, isRight: (index: number) => boolean) {
  const byId = new Map<string, QuizQuestion>(questions.map((question) => [question.id, question]));
  for (let index = 0; index < count; index += 1) {
    const id = (await page.locator('[data-question]:visible').getAttribute('data-question'))!;
    const question = byId.get(id)!;
    const choice = isRight(index) ? question.answerIndex : (question.answerIndex + 1) % question.options.length;
    await page
      .locator(`[data-question="${id}"]`)
      .getByRole('radio', { name: question.options[choice]!, exact: true })
      .check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    if (index < questions.length - 1 && index < count - 1)
      await page.getByRole('button', { name: 'Next question' }).click();
  }
}

/** Walks the map to its nearest end by clicking the walk-through's options. */
async function walkToAnEnd(page: Page) {
  const model = describeMachine(machine);
  const toEnd = shortestUserPaths(machine)
    .filter((route) => route.state.status === 'done')
    .sort((a, b) => a.steps.length - b.steps.length)[0]!;
  await page.goto(`${site.url}/process-maps/${mapId}/`);
  await page.waitForSelector('[data-walkthrough][data-ready]');
  await page.getByRole('button', { name: 'Start walk-through' }).click();
  for (const [index, { event }] of toEnd.steps.slice(1).entries()) {
    const from = leafPaths(toEnd.steps[index]!.state.value as StateValue);
    const label = model.steps
      .filter((step) => from.includes(step.path))
      .flatMap((step) => step.outcomes)
      .find((outcome) => outcome.event === event.type)!.label;
    await page
      .locator('[data-walkthrough-current] [data-options]')
      .getByRole('button', { name: new RegExp(`^(\\d+\\. )?${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
      .click();
  }
  await page.getByRole('heading', { name: 'You have reached the end of this process' }).waitFor();
}

/**
 * Moves to "Mark as read" and presses it, as a keyboard user does. Reaching the button scrolls the page to its end,
 * which may already complete the step and hide the button (focus then moves to the message), so Enter may land there.
 */
async function markAsRead(page: Page) {
  await page.getByRole('button', { name: 'Mark as read' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('this step is done on your learning path').waitFor();
}

async function stepStatus(page: Page, key: string) {
  return (await page.locator(`[data-learn-item="${key}"] [data-learn-status]`).textContent())?.trim();
}

async function freshContext(): Promise<BrowserContext> {
  return site.browser.newContext({ viewport: { width: 1366, height: 768 } });
}

describe('progress that follows what the learner does', () => {
  it('counts a page read to its end, a map walked to an end and a quiz passed: 3 done after a reload', async () => {
    const context = await freshContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site.url}/learn/`);
    await expect(page.getByText(`You have done 0 of ${path.length} steps.`).isVisible()).resolves.toBe(true);
    await expectNoViolations(page);

    // Read a page to its end.
    await page.goto(`${site.url}${readPage}`);
    await expect(page.locator('[data-path-step]').textContent()).resolves.toContain(
      `Step 1 of ${path.length} on your learning path`,
    );
    await expect(page.locator('[data-path-step] .govuk-tag:visible').textContent()).resolves.toBe('Not started');
    await page.locator('[data-mark-read]').scrollIntoViewIfNeeded();
    await page.getByText('You have read to the end of this page').waitFor();
    await expect(page.locator('[data-path-step] .govuk-tag:visible').textContent()).resolves.toBe('Done');
    await expectNoViolations(page);

    // Walk the map to an end.
    await walkToAnEnd(page);
    const mapStep = path.findIndex((item) => itemKey(item) === `map:${mapId}`) + 1;
    await expect(page.locator('[data-path-step]').textContent()).resolves.toContain(
      `Step ${mapStep} of ${path.length} on your learning path`,
    );
    await page.locator('[data-path-step] .govuk-tag--green').waitFor();

    // Pass its quiz, with one wrong answer.
    await page.goto(`${site.url}/process-maps/${mapId}/quiz/`);
    await expect(page.getByText(`The pass mark is ${passPercent}%`).first().isVisible()).resolves.toBe(true);
    await answerQuestions(page, questions.length, (index) => index > 0);
    await expect(
      page.getByRole('heading', { name: `You scored ${questions.length - 1} out of ${questions.length}` }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByText('You passed').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-path-step] .govuk-tag:visible').textContent()).resolves.toBe('Done');
    await expectNoViolations(page);

    await page.goto(`${site.url}/learn/`);
    await page.reload();
    await expect(page.getByText(`You have done 3 of ${path.length} steps.`).isVisible()).resolves.toBe(true);
    for (const key of ['framework:national-standards', `map:${mapId}`, `quiz:${mapId}`])
      await expect(stepStatus(page, key), key).resolves.toBe('Done');
    // The next step not done is the second on the path.
    await expect(page.getByRole('link', { name: 'Continue where you left off' }).getAttribute('href')).resolves.toBe(
      `/guidance/${path[1]!.ref}/`,
    );
    // The quiz passed with a question missed is one to revisit, that question first.
    const revisit = page.locator('[data-learn-revisit-list] li');
    await expect(revisit.textContent()).resolves.toContain('passed, last score');
    await expect(revisit.textContent()).resolves.toContain('The question you got wrong comes first next time.');
    await expectNoViolations(page);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('marks a page read with "Mark as read" when its end shows without scrolling', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1366, height: 20000 } });
    const { page } = await watchedPage(context);
    await page.goto(`${site.url}${readPage}`);
    await page.waitForTimeout(300);
    await expect(page.locator('[data-path-step] .govuk-tag:visible').textContent()).resolves.toBe('Not started');
    await page.getByRole('button', { name: 'Mark as read' }).click();
    await page.getByRole('status').filter({ hasText: 'Marked as read' }).waitFor();
    await expect(page.getByRole('button', { name: 'Mark as read' }).isVisible()).resolves.toBe(false);
    await page.goto(`${site.url}/learn/`);
    await expect(stepStatus(page, 'framework:national-standards')).resolves.toBe('Done');
    await context.close();
  });

  it('keeps keyboard focus on the message when moving to "Mark as read" completes the step', async () => {
    const context = await freshContext();
    const { page } = await watchedPage(context);
    await page.goto(`${site.url}${readPage}`);
    await page.getByRole('button', { name: 'Mark as read' }).focus();
    await page.getByText('You have read to the end of this page').waitFor();
    await expect(page.getByRole('button', { name: 'Mark as read' }).isVisible()).resolves.toBe(false);
    const focused = await page.evaluate(() => ({
      role: document.activeElement?.getAttribute('role'),
      text: document.activeElement?.textContent,
    }));
    expect(focused.role).toBe('status');
    expect(focused.text).toContain('this step is done on your learning path');
    await context.close();
  });

  it('does not count a quiz finished below the pass mark, and asks the missed questions first next time', async () => {
    const context = await freshContext();
    const { page } = await watchedPage(context);
    await page.goto(`${site.url}/process-maps/${mapId}/quiz/`);
    const right = passScore(questions.length) - 1;
    await answerQuestions(page, questions.length, (index) => index < right);
    await expect(page.getByText('Not passed yet.').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-path-step] .govuk-tag:visible').textContent()).resolves.toBe('Not passed yet');
    await expectNoViolations(page);

    await page.goto(`${site.url}/learn/`);
    await expect(stepStatus(page, `quiz:${mapId}`)).resolves.toBe('Not passed yet');
    await expect(page.getByText(`You have done 0 of ${path.length} steps.`).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-learn-revisit-list] li').textContent()).resolves.toContain(
      `not passed yet, last score ${right} of ${questions.length}`,
    );
    await expectNoViolations(page);

    // The questions answered wrongly come first.
    await page.goto(`${site.url}/process-maps/${mapId}/quiz/`);
    const missed = questions.length - right;
    await expect(
      page.getByText(`The ${missed} questions you got wrong last time come first.`).isVisible(),
    ).resolves.toBe(true);
    const firstAsked = await page.locator('[data-question]:visible').getAttribute('data-question');
    const firstMissed = await page.evaluate(
      ([key, quiz]) =>
        (JSON.parse(localStorage.getItem(key)!) as { quizzes: Record<string, { missed: string[] }> }).quizzes[quiz]!
          .missed[0],
      [progressKey, mapId] as const,
    );
    expect(firstAsked).toBe(firstMissed);
    await expect(page.locator('[data-question]:visible legend .govuk-caption-m').textContent()).resolves.toContain(
      `Question 1 of ${questions.length}`,
    );
    await context.close();
  });
});

describe('resuming', () => {
  it('carries a quiz on at the same question after a reload, with "Start again" beside it', async () => {
    const context = await freshContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site.url}/process-maps/${mapId}/quiz/`);
    await answerQuestions(page, 3, (index) => index !== 1);
    await page.getByRole('button', { name: 'Next question' }).click();
    const asked = await page.locator('[data-question]:visible').getAttribute('data-question');
    await page.reload();
    await expect(page.locator('[data-question]:visible').getAttribute('data-question')).resolves.toBe(asked);
    await expect(page.getByText(`Question 4 of ${questions.length}. Score so far: 2.`).isVisible()).resolves.toBe(true);
    await expect(
      page.getByText(`You have answered 3 of ${questions.length} questions so far, with 2 right.`).isVisible(),
    ).resolves.toBe(true);
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Start again' }).click();
    await expect(page.getByText(`Question 1 of ${questions.length}. Score so far: 0.`).isVisible()).resolves.toBe(true);
    await page.reload();
    await expect(page.getByText(`Question 1 of ${questions.length}. Score so far: 0.`).isVisible()).resolves.toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('offers to carry a walk-through on from where the learner left it, beside "Start again"', async () => {
    const context = await freshContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site.url}/process-maps/${mapId}/`);
    await page.waitForSelector('[data-walkthrough][data-ready]');
    await page.getByRole('button', { name: 'Start walk-through' }).click();
    const pathSoFar = page.locator('[data-walkthrough-path] li');
    for (const length of [2, 3]) {
      await page.locator('[data-walkthrough-current] [data-options] button').first().click();
      await expect.poll(() => pathSoFar.count()).toBe(length);
    }
    const stepUrl = page.url();
    const at = await page.locator('[data-walkthrough-current] h3').first().textContent();
    // After a reload the path so far comes back: Back still works.
    await page.reload();
    await page.waitForSelector('[data-walkthrough][data-ready]');
    await expect(pathSoFar.count()).resolves.toBe(3);
    await expect(page.getByRole('button', { name: 'Back' }).isEnabled()).resolves.toBe(true);
    // The next day, from the map's own address.
    await page.goto(`${site.url}/process-maps/${mapId}/`);
    await page.waitForSelector('[data-walkthrough][data-ready]');
    await expect(page.locator('[data-path-step] .govuk-tag:visible').textContent()).resolves.toBe('In progress');
    await expect(page.getByRole('button', { name: 'Start again' }).isVisible()).resolves.toBe(true);
    await expectNoViolations(page);
    await page.getByRole('link', { name: 'Continue where you left off' }).click();
    await page.waitForSelector('[data-walkthrough][data-ready]');
    expect(page.url()).toBe(stepUrl);
    await expect(page.locator('[data-walkthrough-current] h3').first().textContent()).resolves.toBe(at);
    await expect(pathSoFar.count()).resolves.toBe(3);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(pathSoFar.count()).resolves.toBe(2);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('progress that cannot be read', () => {
  it.each([
    ['not JSON at all', '{{{not json', 'Some saved progress could not be read'],
    ['the wrong shape', JSON.stringify({ version: 2, done: 'everything' }), 'Some saved progress could not be read'],
    ['from a newer version', JSON.stringify({ version: 99, done: {} }), 'from a newer version of this site'],
  ])('is %s: a message, and the data kept in storage as it was', async (_name, saved, expected) => {
    const context = await freshContext();
    await context.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      },
      [progressKey, saved] as const,
    );
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site.url}/learn/`);
    await expect(page.getByRole('region', { name: 'Important' }).textContent()).resolves.toContain(expected);
    const stored = () => page.evaluate((key) => localStorage.getItem(key), unreadableProgressKey);
    await expect(stored()).resolves.toBe(saved);
    await expect(page.getByText(`You have done 0 of ${path.length} steps.`).isVisible()).resolves.toBe(true);
    await expectNoViolations(page);
    // New progress is saved beside it; the kept data is untouched until the learner deletes it.
    await page.goto(`${site.url}${readPage}`);
    await markAsRead(page);
    await page.goto(`${site.url}/learn/`);
    await expect(stepStatus(page, 'framework:national-standards')).resolves.toBe('Done');
    await expect(stored()).resolves.toBe(saved);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the progress that could not be read' }).click();
    expect(readFileSync((await (await download).path())!, 'utf8')).toBe(saved);
    await page.getByRole('button', { name: 'Delete it' }).click();
    await expect(stored()).resolves.toBeNull();
    await expect(page.getByRole('region', { name: 'Important' }).isVisible()).resolves.toBe(false);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('a record for a supervisor', () => {
  it('prints the steps done, with dates and quiz scores, on one A4 page', async () => {
    const context = await freshContext();
    const progress = {
      version: 2,
      done: { 'framework:national-standards': { on: '2026-11-30' }, [`quiz:${mapId}`]: { on: '2026-12-02' } },
      quizzes: { [mapId]: { best: { score: 45, total: 50, on: '2026-12-02' }, missed: [] } },
      walks: {},
    };
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      progressKey,
      JSON.stringify(progress),
    ] as const);
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site.url}/learn/summary/`);
    const row = (key: string) => page.locator(`[data-learn-item="${key}"]`);
    await expect(row('framework:national-standards').textContent()).resolves.toContain('30 November 2026');
    await expect(row(`quiz:${mapId}`).textContent()).resolves.toContain('45 of 50 (90%)');
    await expect(row(`map:${mapId}`).textContent()).resolves.toContain('Not yet');
    await expect(page.getByRole('definition').first().textContent()).resolves.toBe(`2 of ${path.length}`);
    await expectNoViolations(page);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('saves progress as a file that another browser loads, reports a file it cannot use, and deletes progress when asked twice', async () => {
    const first = await freshContext();
    const { page } = await watchedPage(first);
    await page.goto(`${site.url}${readPage}`);
    await markAsRead(page);
    await page.goto(`${site.url}/learn/`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save my progress as a file' }).click();
    const name = (await download).suggestedFilename();
    expect(name).toMatch(/^learning-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = { name, mimeType: 'application/json', buffer: readFileSync((await (await download).path())!) };
    await first.close();

    const second = await freshContext();
    const { page: other, problems } = await watchedPage(second);
    await other.goto(`${site.url}/learn/`);
    // A file that is not progress: a clear error, nothing changed.
    await other.getByLabel('Load progress from a file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"shopping": ["milk"]}'),
    });
    await other.getByRole('button', { name: 'Load progress', exact: true }).click();
    await other.getByText('The selected file is not a progress file saved from this site').waitFor();
    await expect(stepStatus(other, 'framework:national-standards')).resolves.toBe('Not started');
    await expectNoViolations(other);
    // No file at all.
    await other.getByLabel('Load progress from a file').setInputFiles([]);
    await other.getByRole('button', { name: 'Load progress', exact: true }).click();
    await other.getByText('Select a progress file').waitFor();
    await other.getByLabel('Load progress from a file').setInputFiles(file);
    await other.getByRole('button', { name: 'Load progress', exact: true }).click();
    await other.getByRole('alert').filter({ hasText: '1 step done in the file, 1 of them new' }).waitFor();
    await expect(stepStatus(other, 'framework:national-standards')).resolves.toBe('Done');
    await expectNoViolations(other);
    // Deleting progress asks first.
    await other.getByRole('button', { name: 'Delete my progress' }).click();
    await expect(other.getByText('This deletes every step you have done').isVisible()).resolves.toBe(true);
    await expectNoViolations(other);
    await other.getByRole('button', { name: 'Cancel' }).click();
    await expect(stepStatus(other, 'framework:national-standards')).resolves.toBe('Done');
    await other.getByRole('button', { name: 'Delete my progress' }).click();
    await other.getByRole('button', { name: 'Yes, delete my progress' }).click();
    await other.getByRole('alert').filter({ hasText: 'Your progress has been deleted.' }).waitFor();
    await other.reload();
    await expect(stepStatus(other, 'framework:national-standards')).resolves.toBe('Not started');
    expect(problems.consoleErrors).toEqual([]);
    await second.close();
  });
});

describe('the home page', () => {
  const waysIn = [
    ['Find an answer', '/search/'],
    ['What my role does', '/roles/'],
    ['Work out a deadline', '/tools/deadlines/'],
    ['Learn the job', '/learn/'],
  ] as const;

  it.each([true, false])('shows four ways in above the fold at 1366 × 768 (JavaScript on: %s)', async (isOn) => {
    const context = await site.browser.newContext({ viewport: { width: 1366, height: 768 }, javaScriptEnabled: isOn });
    const { page } = await watchedPage(context);
    await page.goto(`${site.url}/`);
    for (const [name, href] of waysIn) {
      const link = page.getByRole('link', { name, exact: true });
      await expect(link.getAttribute('href')).resolves.toBe(href);
      const box = (await link.boundingBox())!;
      expect(box.y + box.height, name).toBeLessThanOrEqual(768);
    }
    const trainers = (await page.getByText('For trainers: present a map to a group').boundingBox())!;
    expect(trainers.y + trainers.height).toBeLessThanOrEqual(768);
    if (isOn) await expectNoViolations(page);
    await context.close();
  });

  it('offers to continue where the learner left off once they have started', async () => {
    const context = await freshContext();
    const { page } = await watchedPage(context);
    await page.goto(`${site.url}/`);
    await expect(page.getByRole('link', { name: /Continue where you left off/ }).count()).resolves.toBe(0);
    await page.goto(`${site.url}${readPage}`);
    await markAsRead(page);
    await page.goto(`${site.url}/`);
    const link = page.getByRole('link', { name: `Continue where you left off (step 2 of ${path.length})` });
    await expect(link.getAttribute('href')).resolves.toBe(`/guidance/${path[1]!.ref}/`);
    const box = (await link.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    await expectNoViolations(page);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it.each([
    ['/learn/', 'Your progress shows here when JavaScript is on'],
    ['/learn/summary/', 'Your record is made from the progress kept in this browser, which needs JavaScript'],
    [`/process-maps/${mapId}/quiz/`, 'Show the answer'],
    [readPage, 'Next on your path:'],
  ])('%s still works, saying what needs JavaScript', async (url, text) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const { page } = await watchedPage(context);
    await page.goto(`${site.url}${url}`);
    await expect(page.getByText(text).first().isVisible()).resolves.toBe(true);
    if (url !== `/process-maps/${mapId}/quiz/`)
      await expect(page.getByText(path[1]!.title).first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Mark as read' }).isVisible()).resolves.toBe(false);
    await context.close();
  });
});
