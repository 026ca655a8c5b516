// The walk-through's pure helpers: state values to step paths and back, and reading ?step= from a URL safely.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { describeMachine } from '../../../src/lib/process-map/model';
import {
  leafPaths,
  readStepParam,
  stateValueFromPaths,
  urlWithSteps,
  type StateValue,
} from '../../../src/lib/process-map/walk';
import { enforcement } from '../../../src/machines/enforcement';

const model = describeMachine(enforcement);
const known = new Set(model.steps.map((step) => step.path));

describe('leafPaths and stateValueFromPaths', () => {
  const cases: [string, StateValue, string[]][] = [
    ['an atomic step', 'sendWarningLetter', ['sendWarningLetter']],
    ['a step inside a group', { recall: 'considerAlternatives' }, ['recall.considerAlternatives']],
    [
      'steps running at the same time',
      { duringCustody: { visits: 'visit', planning: 'induction' } },
      ['duringCustody.visits.visit', 'duringCustody.planning.induction'],
    ],
    ['a group inside parallel work', { p: { r1: { inner: 'x' }, r2: 'y' } }, ['p.r1.inner.x', 'p.r2.y']],
    ['a machine that is parallel at the top', { left: 'a', right: 'b' }, ['left.a', 'right.b']],
  ];

  it.each(cases)('turn %s into step paths and back', (_, value, paths) => {
    expect(leafPaths(value)).toEqual(paths);
    expect(stateValueFromPaths(paths)).toEqual(value);
  });

  it('give the step paths the machine’s own snapshot is in', () => {
    expect(leafPaths(createActor(enforcement).getSnapshot().value as StateValue)).toEqual(model.initialPaths);
  });

  it('refuses two steps that cannot be current at the same time', () => {
    expect(() => stateValueFromPaths(['p.r1.x', 'p.r1.y'])).toThrow();
    expect(() => stateValueFromPaths(['sendWarningLetter', 'awaitEvidence'])).toThrow();
  });

  it('accept a prefix for the paths', () => {
    expect(leafPaths('x', 'group')).toEqual(['group.x']);
  });
});

describe('readStepParam', () => {
  it('finds no step when the URL has none, or an empty one', () => {
    expect(readStepParam('', known)).toEqual({ kind: 'none' });
    expect(readStepParam('?view=flowchart', known)).toEqual({ kind: 'none' });
    expect(readStepParam('?step=', known)).toEqual({ kind: 'none' });
    expect(readStepParam('?step=%20%20', known)).toEqual({ kind: 'none' });
  });

  it('opens the map at a step it has', () => {
    expect(readStepParam('?step=sendWarningLetter', known)).toEqual({ kind: 'valid', paths: ['sendWarningLetter'] });
  });

  it('reads several comma-separated steps, trimmed and without repeats', () => {
    expect(readStepParam('?step=sendWarningLetter, awaitEvidence,,sendWarningLetter', known)).toEqual({
      kind: 'valid',
      paths: ['sendWarningLetter', 'awaitEvidence'],
    });
  });

  it('reports a step the map does not have, quoting what was asked for', () => {
    expect(readStepParam('?step=sendWarningLeter', known)).toEqual({ kind: 'unknown', text: 'sendWarningLeter' });
  });

  it('reports the whole value as unknown when only some of the steps exist', () => {
    expect(readStepParam('?step=sendWarningLetter,nope', known)).toEqual({
      kind: 'unknown',
      text: 'sendWarningLetter,nope',
    });
  });

  it('reports a value of only commas as unknown', () => {
    expect(readStepParam('?step=,,', known)).toEqual({ kind: 'unknown', text: ',,' });
  });

  it('treats a hostile value as unknown text, cut to 80 characters', () => {
    const hostile = '<script>alert(1)</script>';
    expect(readStepParam(`?step=${encodeURIComponent(hostile)}`, known)).toEqual({ kind: 'unknown', text: hostile });
    const long = hostile.repeat(10);
    const result = readStepParam(`?step=${encodeURIComponent(long)}`, known);
    expect(result).toEqual({ kind: 'unknown', text: long.slice(0, 80) });
    expect(result.kind === 'unknown' && result.text.length).toBe(80);
  });
});

describe('urlWithSteps', () => {
  it('puts the current steps in ?step=, keeping other parameters and dropping the hash', () => {
    expect(
      urlWithSteps('https://example.org/process-maps/enforcement/?view=flowchart#step-failureToComply', [
        'sendWarningLetter',
      ]),
    ).toBe('/process-maps/enforcement/?view=flowchart&step=sendWarningLetter');
  });

  it('replaces the steps already in the URL', () => {
    expect(
      urlWithSteps('https://example.org/process-maps/enforcement/?step=failureToComply&view=list', ['awaitEvidence']),
    ).toBe('/process-maps/enforcement/?step=awaitEvidence&view=list');
  });

  it('removes ?step= when there are no current steps', () => {
    expect(urlWithSteps('https://example.org/process-maps/enforcement/?step=awaitEvidence#x', undefined)).toBe(
      '/process-maps/enforcement/',
    );
    expect(urlWithSteps('https://example.org/process-maps/enforcement/?step=awaitEvidence&view=list', [])).toBe(
      '/process-maps/enforcement/?view=list',
    );
  });

  it('writes several steps so that readStepParam reads them back', () => {
    const paths = ['duringCustody.visits.visit', 'duringCustody.planning.induction'];
    const url = new URL(
      urlWithSteps('https://example.org/process-maps/chaplaincy-in-prison/', paths),
      'https://example.org',
    );
    expect(readStepParam(url.search, new Set(paths))).toEqual({ kind: 'valid', paths });
  });
});
