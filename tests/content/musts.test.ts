// Guard (issue 30): a process map, a quiz case or a timescale that says "must" says what its source makes mandatory.
// Every such sentence has an entry in tests/content/musts.yaml quoting the source's own "must" (or "required",
// "mandatory"…) from a section that sentence cites, or saying why it is the site's own advice; the National Standards
// quotes are checked word by word against the source text kept in tests/fixtures/sources.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { describeMachine } from '../../src/lib/process-map/model';
import { frameworkIds } from '../../src/lib/schemas';
import { allTimescales } from '../../src/lib/timescales/registry';
import { processes } from '../../src/machines';
import { scenariosFor } from '../support/scenarios';

const mustsFile = 'tests/content/musts.yaml';

/** The sources kept in the repository, by framework, to check quotes against word by word. */
const sourceTexts: Partial<Record<(typeof frameworkIds)[number], string>> = {
  'national-standards': readFileSync('tests/fixtures/sources/004_b0e524a7f0054c8a.txt', 'utf8'),
};

const citation = z.object({ framework: z.enum(frameworkIds), section: z.string().min(1) });
const mandatoryWord = /\b(must|shall|mandatory|required|requires?|requirements?|needs? to|ha(?:s|ve) to)\b/i;

const entrySchema = z
  .object({
    map: z.string().optional(),
    step: z.string().optional(),
    quiz: z.string().optional(),
    scenario: z.string().optional(),
    timescale: z.string().optional(),
    says: z.string().regex(/\bmust\b/i, 'must be the words of the sentence around its "must"'),
    source: citation.optional(),
    quote: z.string().regex(mandatoryWord, 'must be the source’s own words that make it mandatory').optional(),
    siteAdvice: z.string().min(10).optional(),
  })
  .strict()
  .refine((entry) => Boolean(entry.source && entry.quote) !== Boolean(entry.siteAdvice), {
    message: 'give either the source and its quote, or siteAdvice saying why the site says must',
  });
type Entry = z.output<typeof entrySchema>;

type Location = Pick<Entry, 'map' | 'step' | 'quiz' | 'scenario' | 'timescale'>;

/** One place that says something: where it is (as an entry names it), in words, what it cites, and its text. */
interface Place {
  location: Location;
  where: string;
  cites: { framework: string; section: string }[];
  texts: string[];
}

const placeKey = (location: Location) =>
  (['map', 'step', 'quiz', 'scenario', 'timescale'] as const)
    .filter((field) => location[field])
    .map((field) => `${field}: ${location[field]}`)
    .join(', ');

function places(): Place[] {
  const found: Place[] = [];
  for (const process of processes) {
    const model = describeMachine(process.machine);
    const file = `src/machines/${process.id}.ts`;
    found.push({
      location: { map: process.id },
      where: `src/machines/${process.id}.ts, title or summary`,
      cites: [],
      texts: [process.title, process.summary],
    });
    for (const group of model.groups)
      found.push({
        location: { map: process.id, step: group.path },
        where: `${file}, group "${group.path}"`,
        cites: group.meta.source,
        texts: [group.meta.title, group.meta.summary, ...group.meta.notes],
      });
    for (const step of model.steps)
      found.push({
        location: { map: process.id, step: step.path },
        where: `${file}, step "${step.path}"`,
        cites: step.meta.source,
        texts: [
          step.meta.title,
          step.meta.summary,
          ...step.meta.tasks,
          ...step.meta.notes,
          ...step.outcomes.map((outcome) => outcome.label),
        ],
      });
    for (const scenario of scenariosFor(process.id))
      found.push({
        location: { quiz: process.id, scenario: scenario.id },
        where: `src/content/scenarios/${process.id}.yaml, scenario "${scenario.id}"`,
        cites: scenario.sources,
        // The wrong options are wrong on purpose: only what the quiz teaches counts.
        texts: [scenario.case, scenario.question, scenario.answer, scenario.explanation],
      });
  }
  for (const timescale of allTimescales())
    found.push({
      location: { timescale: timescale.id },
      where: `src/lib/timescales/registry.ts, "${timescale.id}"`,
      cites: [timescale.source],
      texts: [timescale.task, timescale.appliesTo, timescale.interpretation, timescale.caveat].filter(
        (text): text is string => Boolean(text),
      ),
    });
  return found;
}

const normalise = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** The sentences that say "must" themselves; a "must" in quotation marks names the source's word and is not counted. */
export function mustSentences(text: string): string[] {
  return text.split(/(?<=[.!?;:])\s+/).filter((sentence) => /\bmust\b/i.test(sentence.replace(/“[^”]*”|"[^"]*"/g, '')));
}

/** Whether the quote's words appear in the source in order, each soon after the last (tables are flattened). */
export function isInSource(quote: string, source: string): boolean {
  const text = source.toLowerCase();
  const words = quote.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const found = (from: number, index: number): boolean => {
    if (index === words.length) return true;
    const pattern = new RegExp(`\\b${words[index]}\\b`, 'g');
    pattern.lastIndex = from;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (index > 0 && match.index - from > 200) return false;
      if (found(match.index + match[0].length, index + 1)) return true;
      if (index === 0) continue;
      return false;
    }
    return false;
  };
  return found(0, 0);
}

const entries = z.array(entrySchema).parse(parse(readFileSync(mustsFile, 'utf8')));
const allPlaces = places();

describe('every "must" in the maps, quizzes and timescales', () => {
  it('is backed by the source’s own mandatory words, from a section it cites, or marked as the site’s advice', () => {
    const problems = allPlaces.flatMap((place) =>
      place.texts.flatMap(mustSentences).flatMap((sentence) => {
        const backed = entries.some(
          (entry) =>
            placeKey(entry) === placeKey(place.location) && normalise(sentence).includes(normalise(entry.says)),
        );
        if (backed) return [];
        const cites = place.cites.map((cite) => `${cite.framework} "${cite.section}"`).join(' or ') || 'none';
        return [
          [
            `${place.where} says: "${sentence}"`,
            'Does the source make this mandatory? If not, use its own word (should, may, can, is expected to…).',
            `If it does (must, required, mandatory…), add an entry to ${mustsFile} quoting it from a section this cites (${cites}):`,
            `- ${placeKey(place.location).replace(/, /g, '\n  ')}`,
            '  says: <the words around "must", as they are written here>',
            '  source: { framework: <framework>, section: "<section>" }',
            '  quote: <the source’s own words, with its must>',
            'To name the source’s word rather than use it, put it in quotation marks: the standard says “must”.',
          ].join('\n'),
        ];
      }),
    );
    expect(problems, problems.join('\n\n')).toEqual([]);
  });

  it('has no entry that matches nothing: each names a place that still says those words', () => {
    const stale = entries
      .filter((entry) => {
        const place = allPlaces.find((candidate) => placeKey(candidate.location) === placeKey(entry));
        return !place?.texts
          .flatMap(mustSentences)
          .some((sentence) => normalise(sentence).includes(normalise(entry.says)));
      })
      .map((entry) => `${placeKey(entry)}: "${entry.says}" — the sentence has changed or gone: update or remove it`);
    expect(stale, `stale entries in ${mustsFile}:\n${stale.join('\n')}`).toEqual([]);
  });

  it('quotes a section the sentence cites, and quotes the National Standards word for word', () => {
    const problems = entries.flatMap((entry) => {
      if (!entry.source || !entry.quote) return [];
      const place = allPlaces.find((candidate) => placeKey(candidate.location) === placeKey(entry));
      const cited = place?.cites.some(
        (cite) => cite.framework === entry.source!.framework && cite.section === entry.source!.section,
      );
      const text = sourceTexts[entry.source.framework];
      return [
        ...(cited ? [] : [`${placeKey(entry)}: quotes ${entry.source.section}, which it does not cite`]),
        ...(text && !isInSource(entry.quote, text)
          ? [`${placeKey(entry)}: "${entry.quote}" is not in the source text (tests/fixtures/sources)`]
          : []),
      ];
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('the must check itself', () => {
  it('counts a "must" the sentence says, not one it quotes', () => {
    expect(mustSentences('Do it now. You must record it. The standard says “must” here.')).toEqual([
      'You must record it.',
    ]);
  });

  it('finds a quote split across the cells of a flattened table, and not words the source does not have', () => {
    const source = sourceTexts['national-standards']!;
    expect(isInSource('which must be made in a timely manner', source)).toBe(true);
    expect(isInSource('which must be made within 5 working days', source)).toBe(false);
  });
});
