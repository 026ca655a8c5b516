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

describe('the OMiC handover map', () => {
  const model = mapModel('omic-handover');

  it('runs the MPC email beside the pre-handover sessions, not after them: it falls inside their window (Annex B)', () => {
    const email = stepByPath(model, 'beforeHandover.notification.handoverEmail')!;
    const sessions = ['beforeHandover.sessions.holdThreeSessions', 'beforeHandover.sessions.holdOneSession'].map(
      (path) => stepByPath(model, path)!,
    );
    for (const session of sessions) {
      expect(session.parallelGroup).toBe(email.parallelGroup);
      expect(session.outcomes.flatMap((outcome) => outcome.targets)).not.toContain(email.path);
    }
    // Nothing leads into the email: it starts with the run-up to handover, as the sessions do.
    expect(model.steps.filter((step) => step.outcomes.some((outcome) => outcome.targets.includes(email.path)))).toEqual(
      [stepByPath(model, 'superviseInCustody')],
    );
  });

  it('allocates the COM once the sessions, the email and the preparation are all done', () => {
    const ends = ['sessionsHeld', 'emailSent', 'handoverPrepared'].map((key) =>
      model.steps.find((step) => step.key === key),
    );
    for (const end of ends) expect(end!.outcomes.flatMap((outcome) => outcome.targets)).toEqual(['allocateToCom']);
  });
});

describe('steps in the lane of the person on probation', () => {
  it.each(['enforcement', 'nsd-supervision', 'approved-premises-referral'])(
    'give "%s" no practitioner’s recording or checking tasks (NS-23)',
    (id) => {
      for (const step of mapModel(id).steps.filter((candidate) => candidate.meta.lane === 'person-on-probation'))
        for (const task of step.meta.tasks)
          expect(task, `${step.path}: ${task}`).not.toMatch(/^(Record|Check|Plan|Make sure)\b/);
    },
  );
});
