// Process map addresses: the map, its views, a role highlight and a step, built one way everywhere.
import { describe, expect, it } from 'vitest';
import { processMapHref } from '../../../src/lib/process-map/href';
import { stepAnchor } from '../../../src/lib/process-map/model';

describe('processMapHref', () => {
  it('links to the map page', () => {
    expect(processMapHref('enforcement')).toBe('/process-maps/enforcement/');
  });

  it('links to the presenter and quiz views', () => {
    expect(processMapHref('enforcement', { view: 'present' })).toBe('/process-maps/enforcement/present/');
    expect(processMapHref('enforcement', { view: 'quiz' })).toBe('/process-maps/enforcement/quiz/');
  });

  it('links to the files published beside the map', () => {
    expect(processMapHref('enforcement', { file: 'map.svg' })).toBe('/process-maps/enforcement/map.svg');
    expect(processMapHref('enforcement', { file: 'map.bpmn' })).toBe('/process-maps/enforcement/map.bpmn');
  });

  it('highlights a role', () => {
    expect(processMapHref('enforcement', { role: 'com' })).toBe('/process-maps/enforcement/?role=com');
  });

  it('scrolls to a nested step by the same anchor the map page gives it', () => {
    expect(processMapHref('enforcement', { step: 'breach.decideOnBreach' })).toBe(
      `/process-maps/enforcement/#${stepAnchor('breach.decideOnBreach')}`,
    );
    expect(stepAnchor('breach.decideOnBreach')).toBe('step-breach-decideOnBreach');
  });

  it('starts the walk-through at a step only when asked', () => {
    expect(processMapHref('enforcement', { step: 'sendWarningLetter', openStep: true })).toBe(
      '/process-maps/enforcement/?step=sendWarningLetter#step-sendWarningLetter',
    );
  });

  it('escapes a hostile role so it cannot break out of the query', () => {
    expect(processMapHref('enforcement', { role: 'com&step=x#y' })).toBe(
      '/process-maps/enforcement/?role=com%26step%3Dx%23y',
    );
  });
});
