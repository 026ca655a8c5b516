// A map page's scripts carry the machine's structure, not its words: every step's text is already in the page.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeMachine } from '../../src/lib/process-map/model';
import { processes } from '../../src/machines';
import { distDir } from '../support/dist';

const scripts = readdirSync(path.join(distDir, '_astro'))
  .filter((file) => file.endsWith('.js'))
  .map((file) => readFileSync(path.join(distDir, '_astro', file), 'utf8'))
  .join('\n');

describe("the browser's copy of each machine", () => {
  it.each(processes)('"$id" keeps its states and choices but not the words of its steps', ({ id, machine }) => {
    const model = describeMachine(machine);
    expect(scripts).toContain(`id:\`${id}\``);
    for (const step of model.steps) {
      expect(scripts, step.path).not.toContain(step.meta.summary);
      for (const outcome of step.outcomes) if (outcome.label) expect(scripts, step.path).toContain(outcome.label);
    }
  });

  it.each(processes)('"$id" leaves out its title, summary and change notes', ({ title, summary, history }) => {
    for (const words of [title, summary, ...history.map((change) => change.note)])
      expect(scripts.includes(words), words).toBe(false);
  });
});

describe('the scripts the browser loads', () => {
  // A process that has loaded code through Vite has NODE_ENV set to "development": passed on to Astro's build, it
  // bundled packages' development builds (a kilobyte more XState on every map page). scripts/build.mjs sets it.
  it('are production builds, without the development-only warnings of the packages they bundle', () => {
    expect(scripts).toContain('xstate.init');
    expect(scripts).not.toContain('Please let the maintainers know');
    expect(scripts).not.toContain('Dynamically mapping values to individual properties is deprecated');
  });
});
