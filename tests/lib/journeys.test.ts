// Journeys: a link to a page, heading, map or step that does not exist is reported naming journey, step and link;
// timescales come from under the linked heading; a page knows which journey steps it belongs to.
import { describe, expect, it } from 'vitest';
import {
  journeyLinkProblems,
  journeySchema,
  journeysContaining,
  resolveLink,
  timescalesUnder,
  type Journey,
  type JourneyTargets,
} from '../../src/lib/journeys';
import { describeMachine } from '../../src/lib/process-map/model';
import { enforcement } from '../../src/machines/enforcement';

const targets: JourneyTargets = {
  guidance: new Map([
    [
      'national-standards/03-allocation-and-initial-contact',
      {
        title: 'Allocate the case and hold the first appointment',
        headings: [
          { depth: 2, slug: 'allocate-the-case-to-the-right-tier', text: 'Allocate the case to the right tier' },
          { depth: 2, slug: 'hold-the-first-appointment', text: 'Hold the first appointment' },
          { depth: 3, slug: 'start-the-induction', text: 'Start the induction' },
          { depth: 2, slug: 'further-guidance', text: 'Further guidance' },
        ],
        timescales: [
          { id: 'ns-3.3-first-appointment-community', headingIndex: 1 },
          { id: 'ns-3.3-first-appointment-release', headingIndex: 2 },
          { id: 'ns-5.4-monthly-contact', headingIndex: 3 },
        ],
      },
    ],
  ]),
  maps: new Map([['enforcement', { title: 'Enforcement', model: describeMachine(enforcement) }]]),
};

const journey = (links: Journey['steps'][number]['links']): Journey =>
  journeySchema.parse({
    title: 'Supervise an order',
    summary: 'From sentence to closure, step by step.',
    steps: [
      {
        title: 'First',
        summary: 'The first step of it.',
        source: [{ framework: 'national-standards', section: '3.3' }],
        links,
      },
      {
        title: 'Second',
        summary: 'The second step of it.',
        source: [{ framework: 'national-standards', section: '9.1' }],
        links: [{ map: 'enforcement', text: 'Enforcement map' }],
      },
    ],
  });

describe('journeyLinkProblems', () => {
  it('accepts links to pages, headings, maps and steps that exist', () => {
    const valid = journey([
      { page: 'national-standards/03-allocation-and-initial-contact', anchor: 'hold-the-first-appointment', text: 'a' },
      { map: 'enforcement', step: 'sendWarningLetter', text: 'b' },
    ]);
    expect(journeyLinkProblems('j', valid, targets)).toEqual([]);
  });

  it('names the journey, step and link for each one that does not resolve', () => {
    const broken = journey([
      { page: 'national-standards/99-missing', text: 'Missing page' },
      { page: 'national-standards/03-allocation-and-initial-contact', anchor: 'no-such-heading', text: 'Bad anchor' },
      { map: 'no-such-map', text: 'Bad map' },
      { map: 'enforcement', step: 'noSuchStep', text: 'Bad step' },
    ]);
    expect(journeyLinkProblems('j', broken, targets)).toEqual([
      'journey "j", step 1 ("First"), link "Missing page": no guidance page "national-standards/99-missing"',
      'journey "j", step 1 ("First"), link "Bad anchor": page "national-standards/03-allocation-and-initial-contact" has no heading with the anchor "#no-such-heading"',
      'journey "j", step 1 ("First"), link "Bad map": no process map "no-such-map" (no file src/machines/no-such-map.ts)',
      'journey "j", step 1 ("First"), link "Bad step": map "enforcement" has no step "noSuchStep"',
    ]);
  });

  it('refuses a link that names both a page and a map', () => {
    expect(() => journey([{ page: 'a/b', map: 'enforcement', text: 'Both' }])).toThrow(/must name either a guidance/);
  });
});

describe('timescales on a journey', () => {
  it('takes the timescales under a heading and its subheadings, not the next section’s', () => {
    const page = targets.guidance.get('national-standards/03-allocation-and-initial-contact')!;
    expect(timescalesUnder(page.headings, page.timescales, 'hold-the-first-appointment')).toEqual([
      'Hold the first face-to-face appointment on a community order or suspended sentence order: within 5 working days of sentence',
      'Hold the first face-to-face appointment after release on licence or post-sentence supervision: within 1 working day of release',
    ]);
  });

  it('takes a map step’s timescale from the registry entry it names, with its notes', () => {
    expect(resolveLink({ map: 'enforcement', step: 'sendWarningLetter', text: 'x' }, targets)).toEqual({
      text: 'x',
      href: '/process-maps/enforcement/#step-sendWarningLetter',
      kind: 'Process map',
      timescales: ['Send a letter: within 2 working days of any failure to attend'],
    });
    expect(resolveLink({ map: 'enforcement', step: 'completeBreach', text: 'x' }, targets).timescales[0]).toMatch(
      /^Complete the breach: by working day 8 after the last failure to comply \(The standard says “by day” without saying/,
    );
  });
});

describe('journeysContaining', () => {
  it('finds the steps of each journey that link to a page, with or without the trailing slash', () => {
    const entry = {
      id: 'j',
      data: journey([
        {
          page: 'national-standards/03-allocation-and-initial-contact',
          anchor: 'hold-the-first-appointment',
          text: 'a',
        },
      ]),
    };
    expect(journeysContaining([entry], '/process-maps/enforcement')).toEqual([{ journey: entry, steps: [2] }]);
    expect(journeysContaining([entry], '/guidance/national-standards/03-allocation-and-initial-contact/')).toEqual([
      { journey: entry, steps: [1] },
    ]);
    expect(journeysContaining([entry], '/guidance/national-standards/09-enforcing-the-sentence/')).toEqual([]);
  });
});
