// The maps added for issue 18 take every timescale from the registry, and each step's guidance shows the same entry.
import { describe, expect, it } from 'vitest';
import { describeMachine } from '../../src/lib/process-map/model';
import { allTimescales, timescaleNotes } from '../../src/lib/timescales/registry';
import { processById } from '../../src/machines';
import { fileFor, readPage } from '../support/dist';

const newMaps = ['omic-handover', 'start-community-sentence', 'approved-premises-referral', 'nsd-supervision'];
const registered = new Map(allTimescales().map((entry) => [entry.id, entry]));

/** The registry ids a built guidance page shows, read from its `data-timescale-id` attributes. */
function timescaleIdsOn(page: string): Set<string> {
  const file = fileFor(`/guidance/${page}/`);
  if (!file) throw new Error(`guidance page ${page} is not built`);
  return new Set([...readPage(file).matchAll(/data-timescale-id="([^"]+)"/g)].map((match) => match[1]!));
}

describe.each(newMaps)('the new map "%s"', (id) => {
  const process = processById(id);
  const steps = process ? describeMachine(process.machine).steps : [];
  const timed = steps.filter((step) => step.meta.timescale);

  it('is in the registry of maps and has timed steps', () => {
    expect(process?.id).toBe(id);
    expect(timed.length).toBeGreaterThan(0);
  });

  it('takes every timescale whole from the timescale registry', () => {
    for (const step of timed) {
      const { id: timescaleId, ...shown } = step.meta.timescale!;
      const { id: _entryId, ...entry } = registered.get(timescaleId) ?? { id: '' };
      expect(shown, `${step.path}: ${timescaleId}`).toEqual(entry);
    }
  });

  it('links every timed step to a guidance page that shows the same registry entry', () => {
    for (const step of timed) {
      const pagesShowing = step.meta.guidance.filter((link) => timescaleIdsOn(link.page).has(step.meta.timescale!.id));
      expect(pagesShowing.length, `${step.path}: ${step.meta.timescale!.id}`).toBeGreaterThan(0);
    }
  });
});

describe('the OMiC handover map', () => {
  it('shows the April 2022 caveat of standard 4.3.6 on every step whose timescale that standard sets', () => {
    const page = readPage(fileFor('/process-maps/omic-handover/')!);
    const governed = describeMachine(processById('omic-handover')!.machine).steps.filter(
      (step) => step.meta.timescale?.source.section === '4.3.6',
    );
    expect(governed.map((step) => step.path)).toEqual([
      'allocateToCom',
      'writePreReleasePlan',
      'comTakesResponsibility',
      'completeInitialSentencePlan',
    ]);
    for (const step of governed) {
      const caveat = timescaleNotes(step.meta.timescale!).find((note) => note.includes('April 2022'));
      expect(caveat, step.path).toContain('April 2022');
      const start = page.indexOf(`id="step-${step.path}"`);
      const end = page.indexOf('id="step-', start + 1);
      expect(page.slice(start, end), step.path).toContain(caveat!.replace(/'/g, '&#39;'));
    }
  });
});
