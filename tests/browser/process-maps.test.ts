// Walking every process map in the browser by clicking only the UI, as a trainer or a new POM would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortestUserPaths } from '../support/paths';
import type { Page } from 'playwright-core';
import { describeMachine, stepAnchor, type ProcessModel } from '../../src/lib/process-map/model';
import { leafPaths, stateValueFromPaths, type StateValue } from '../../src/lib/process-map/walk';
import { processes } from '../../src/machines';
import { axeViolations, describeViolations, openSite, watchedPage, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function currentSteps(page: Page): Promise<string[]> {
  return page.$$eval('[data-procedure] [data-step][aria-current="step"]', (nodes) =>
    nodes.map((node) => (node as HTMLElement).dataset.step!).sort(),
  );
}

async function stepParam(page: Page): Promise<string[]> {
  return (new URL(page.url()).searchParams.get('step') ?? '').split(',').filter(Boolean).sort();
}

function labelFor(model: ProcessModel, paths: string[], event: string): string {
  for (const path of paths) {
    const outcome = model.steps
      .find((step) => step.path === path)
      ?.outcomes.find((candidate) => candidate.event === event);
    if (outcome) return outcome.label;
  }
  throw new Error(`no outcome ${event} from ${paths.join(', ')}`);
}

describe.each(processes)('process map "$id" in the browser', ({ id, machine }) => {
  const model = describeMachine(machine);
  const finals = shortestUserPaths(machine).filter((path) => path.state.status === 'done');

  it.each(finals.map((path) => [leafPaths(path.state.value as StateValue).join(','), path] as const))(
    'walks the shortest path to "%s" by clicking the options',
    async (_name, path) => {
      const { page, problems } = await watchedPage(site.browser);
      await page.goto(`${site.url}/process-maps/${id}/`);
      await page.waitForSelector('[data-walkthrough][data-ready]');
      await page.getByRole('button', { name: 'Start walk-through' }).click();
      let expected = leafPaths(path.steps[0]!.state.value as StateValue).sort();
      expect(await currentSteps(page)).toEqual(expected);
      for (const { event, state } of path.steps.slice(1)) {
        const label = labelFor(model, expected, event.type);
        await page.getByRole('button', { name: new RegExp(`^(\\d+\\. )?${escapeRegExp(label)}$`) }).click();
        expected = leafPaths(state.value as StateValue).sort();
        expect(await currentSteps(page)).toEqual(expected);
        expect(await stepParam(page)).toEqual(expected);
      }
      await expect(
        page.getByRole('heading', { name: 'You have reached the end of this process' }).count(),
      ).resolves.toBe(1);
      expect(problems.consoleErrors).toEqual([]);
      await page.close();
    },
  );

  it('restores the walk-through from a shared link, and Back returns along the path taken', async () => {
    const target =
      model.steps.find((step) => step.outcomes.length > 0 && step.meta.kind === 'decision') ?? model.steps[1]!;
    // In a parallel state the other strands start where they begin.
    const restored = leafPaths(
      machine.resolveState({ value: stateValueFromPaths([target.path]), context: undefined }).value as StateValue,
    ).sort();
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/process-maps/${id}/?step=${encodeURIComponent(target.path)}`);
    await page.waitForSelector('[data-walkthrough][data-ready]');
    expect(await currentSteps(page)).toEqual(restored);
    await expect(page.locator('[data-walkthrough-current] h3').first().textContent()).resolves.toContain(
      target.meta.title,
    );
    const first = target.outcomes[0]!;
    await page.getByRole('button', { name: new RegExp(`^(\\d+\\. )?${escapeRegExp(first.label)}$`) }).click();
    expect(await currentSteps(page)).toEqual(
      [...restored.filter((path) => path !== target.path), ...first.targets].sort(),
    );
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    expect(await currentSteps(page)).toEqual(restored);
    expect(await stepParam(page)).toEqual(restored);
    await page.reload();
    await page.waitForSelector('[data-walkthrough][data-ready]');
    expect(await currentSteps(page)).toEqual(restored);
    await page.close();
  });

  it('falls back to the start with a clear message for an unknown or hostile step in the URL', async () => {
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(`${site.url}/process-maps/${id}/?step=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await page.waitForSelector('[data-walkthrough][data-ready]');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('There is no step');
    expect(await currentSteps(page)).toEqual([...model.initialPaths].sort());
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(problems.dialogs).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('explains a link to a part of the map that does not exist', async () => {
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(`${site.url}/process-maps/${id}/#step-noSuchStep<b>bold</b>`);
    await page.waitForSelector('[data-walkthrough][data-ready]');
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'This map has no part called “step-noSuchStep<b>bold</b>”',
    );
    expect(await page.locator('[data-walkthrough-message] b').count()).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('announces the current step to screen readers', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/process-maps/${id}/`);
    await page.waitForSelector('[data-walkthrough][data-ready]');
    await page.getByRole('button', { name: 'Start walk-through' }).click();
    const live = page.locator('[data-walkthrough-live]');
    await expect(live.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(live.textContent()).resolves.toContain(
      model.steps.find((step) => step.path === model.initialPaths[0])!.meta.title,
    );
    await page.close();
  });

  it('can be walked with the keyboard alone', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/process-maps/${id}/`);
    await page.waitForSelector('[data-walkthrough][data-ready]');
    await page.getByRole('button', { name: 'Start walk-through' }).focus();
    await page.keyboard.press('Enter');
    const before = await currentSteps(page);
    await page.keyboard.press('Tab');
    let guard = 0;
    while (
      !(await page.evaluate(() => document.activeElement?.classList.contains('app-walkthrough__option'))) &&
      guard < 40
    ) {
      await page.keyboard.press('Tab');
      guard += 1;
    }
    await page.keyboard.press('Enter');
    expect(await currentSteps(page)).not.toEqual(before);
    await page.close();
  });

  it('opens a step’s details in the procedure from its title, and in the panel from its box on the diagram', async () => {
    const step = model.steps[1]!;
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/process-maps/${id}/`);
    await page.waitForSelector('[data-walkthrough][data-ready]');
    const details = page.locator(`#${stepAnchor(step.path)} [data-step-details]`);
    await expect(details.isVisible()).resolves.toBe(false);
    await page.locator(`#${stepAnchor(step.path)} [data-step-link]`).click();
    await expect(details.isVisible()).resolves.toBe(true);
    // Choosing a box on the diagram shows that step in the panel, numbered as its box, and links to it in the procedure.
    const other = model.steps[2]!;
    await page.locator(`[data-map-diagram] g[data-step="${other.path}"]`).click();
    const heading = page.locator(`[data-walkthrough-current] [data-step-heading="${other.path}"]`);
    await expect(heading.textContent()).resolves.toBe(`Step ${other.number}${other.meta.title}`);
    await page
      .locator('[data-walkthrough-current]')
      .getByRole('link', { name: `Step ${other.number} in the procedure` })
      .click();
    await expect(page.locator(`#${stepAnchor(other.path)} [data-step-details]`).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('lands on the step a shared or search link names, in view and focused, with the walk-through showing it', async () => {
    const step = model.steps.find((candidate) => candidate.meta.kind === 'decision') ?? model.steps[1]!;
    const { page } = await watchedPage(site.browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site.url}/process-maps/${id}/?step=${encodeURIComponent(step.path)}#${stepAnchor(step.path)}`);
    await page.waitForSelector('[data-walkthrough][data-ready]');
    const focused = await page.evaluate(
      () => document.activeElement?.closest('[data-walkthrough-current] h3') !== null,
    );
    expect(focused).toBe(true);
    const box = await page.locator('[data-walkthrough-current] h3').first().boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    await expect(page.locator('[data-walkthrough-current] h3').first().textContent()).resolves.toContain(
      step.meta.title,
    );
    await page.close();
  });

  it('shows the inspector with the state value, the available events and a log', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}/process-maps/${id}/`);
    await page.waitForSelector('[data-walkthrough][data-ready]');
    await page.getByRole('button', { name: 'Start walk-through' }).click();
    await expect(page.locator('[data-inspector-value]').isVisible()).resolves.toBe(false);
    await page.getByText('For trainers: state inspector').click();
    await expect(page.locator('[data-inspector-value]').textContent()).resolves.toContain(
      model.initialPaths[0]!.split('.')[0],
    );
    const firstOutcome = model.steps.find((step) => step.path === model.initialPaths[0])!.outcomes[0]!;
    await expect(page.locator('[data-inspector-events]').textContent()).resolves.toContain(firstOutcome.event);
    await expect(page.locator('[data-inspector-log] li').count()).resolves.toBeGreaterThan(0);
    await page.locator('[data-inspector-log]').focus();
    await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-inspector-log'))).resolves.toBe(true);
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.close();
  });

  it('shows every step, its options and its source with JavaScript turned off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/process-maps/${id}/`);
    for (const step of model.steps) {
      const item = page.locator(`#${stepAnchor(step.path)}`);
      await expect(item.isVisible()).resolves.toBe(true);
      await expect(item.locator('[data-step-details]').isVisible()).resolves.toBe(true);
      await expect(item.textContent()).resolves.toContain(step.meta.title);
      await expect(item.textContent()).resolves.toContain('Source:');
    }
    await expect(page.locator('[data-walkthrough]').isVisible()).resolves.toBe(false);
    await context.close();
  });
});
