// The National Standards maps as the content review of issue 30 corrected them, each fact checked against the standard.
import { describe, expect, it } from 'vitest';
import { describeMachine, stepByPath } from '../../src/lib/process-map/model';
import { processById } from '../../src/machines';

const mapModel = (id: string) => describeMachine(processById(id)!.machine);

describe('the enforcement map', () => {
  const model = mapModel('enforcement');
  const outcomesOf = (path: string) => stepByPath(model, path)!.outcomes;

  it('offers committal to custody only after the court stage, and only for post-sentence supervision (NS 10.2)', () => {
    const leadingToCommittal = model.steps.filter((step) =>
      step.outcomes.some((outcome) => outcome.event === 'COMMITTED_TO_CUSTODY'),
    );
    expect(leadingToCommittal.map((step) => step.path)).toEqual(['caseBeforeCourt']);
    const committal = outcomesOf('caseBeforeCourt').find((outcome) => outcome.event === 'COMMITTED_TO_CUSTODY')!;
    expect(committal.label).toMatch(/^Post-sentence supervision/);
    expect(outcomesOf('awaitSummons').map((outcome) => outcome.targets)).toEqual([['caseBeforeCourt']]);
  });

  it('gives the review after custody no deadline: UM02SL010 measures risk plans after a standard recall (NS 10.2)', () => {
    const review = stepByPath(model, 'reviewAssessmentAndPlan')!;
    expect(review.meta.timescale).toBeUndefined();
    expect(review.meta.summary).toContain('UM02SL010');
    expect(model.steps.filter((step) => step.meta.timescale?.id === 'ns-10.2-risk-plan-after-recall')).toEqual([]);
  });
});

describe('the map of starting a community sentence or licence', () => {
  it('says which cases the monthly face-to-face appointment does not cover (NS 5.4)', () => {
    const last = stepByPath(mapModel('start-community-sentence'), 'superviseMonthly')!;
    expect(last.meta.timescale?.id).toBe('ns-5.4-monthly-contact');
    for (const excluded of ['stand-alone unpaid work', 'exclusion zone', 'post-sentence supervision'])
      expect(last.meta.summary).toContain(excluded);
  });
});
