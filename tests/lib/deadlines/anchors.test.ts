// Guard (issue 30): each calculator event's hint asks for the date its timescales are counted from, as the timescale
// registry words it. The handover hint once asked for the day the COM becomes responsible, while the registry counts
// the MPC email and the pre-handover sessions from the handover date: every date it gave was 3 months late (NS-01).
import { describe, expect, it } from 'vitest';
import { deadlineEvents } from '../../../src/lib/deadlines/rules';
import { meaningfulWords } from '../../../src/lib/training/quiz';
import { timescaleById, type RegisteredTimescale } from '../../../src/lib/timescales/registry';

/** The words that carry meaning, roughly stemmed ("received" matches "receiving"), without a leading "any" or "the". */
const anchorWords = (text: string) => meaningfulWords(text.replace(/^(any|each|the|an?)\s+/i, ''));

/** The date a timescale is counted from, in the registry's words; a repeating one counts from the last time. */
function anchorOf(timescale: RegisteredTimescale): string | undefined {
  if (timescale.from) return timescale.from;
  if (timescale.calculatorFrom) return timescale.calculatorFrom;
  // "every month", "at least every year": the next one is counted from the last.
  return timescale.qualifier === 'every' || timescale.qualifier === 'at-least-every' ? 'the last' : undefined;
}

/** The problems with an event's hint: one line per timescale whose start the hint does not name, saying what to do. */
function hintProblems(event: { id: string; hint: string; rules: { timescale: RegisteredTimescale }[] }) {
  const hintWords = anchorWords(event.hint);
  return event.rules.flatMap(({ timescale }) => {
    const anchor = anchorOf(timescale);
    if (!anchor)
      return [
        `${timescale.id} (src/lib/timescales/registry.ts) is dated by the calculator but says nothing about what it counts from: give it \`from\` in the source's words, or \`calculatorFrom\` with the site's reading explained in \`interpretation\``,
      ];
    const missing = [...anchorWords(anchor)].filter((word) => !hintWords.has(word));
    return missing.length
      ? [
          `calculator event "${event.id}" (src/lib/deadlines/rules.ts) dates ${timescale.id}, which counts from "${anchor}", but its hint "${event.hint}" does not ask for that date (missing: ${missing.join(', ')}). Word the hint so it asks for the date the registry entry counts from, or, if the entry's start is wrong, correct its \`from\` in src/lib/timescales/registry.ts against the source.`,
        ]
      : [];
  });
}

describe('the deadline calculator', () => {
  it.each(deadlineEvents.map((event) => [event.id, event] as const))(
    'asks, in the hint of "%s", for the date each of its timescales counts from',
    (_id, event) => {
      expect(hintProblems(event)).toEqual([]);
    },
  );

  it('would have caught the handover hint that asked for the day the COM becomes responsible (NS-01)', () => {
    const handover = deadlineEvents.find((event) => event.id === 'handover-date')!;
    const old = { ...handover, hint: 'The date responsibility is due to hand over to the Community Offender Manager.' };
    expect(hintProblems(old)).toHaveLength(handover.rules.length);
    expect(hintProblems(old)[0]).toContain('counts from "the handover date"');
  });

  it('matches words, not their endings, and still finds a hint that names another date', () => {
    const crs = { id: 'crs-referral', hint: '', rules: [{ timescale: timescaleById('ns-5.1-crs-assessment')! }] };
    expect(hintProblems({ ...crs, hint: 'The date the CRS provider received the referral.' })).toEqual([]);
    expect(hintProblems({ ...crs, hint: 'The date the CRS provider sent the action plan.' })).toHaveLength(1);
  });
});
