// Supervising a National Security Division case under the enhanced requirements
// (Probation National Standards 2021, Annex A).
import { setup } from 'xstate';
import { citeIn, defineProcess, firstPublished, processMeta, stepsChanged } from './authoring';

const page = 'national-standards/annex-a-national-security-division';
const scope = { page, text: 'Check whether the standards apply', anchor: 'check-whether-the-standards-apply' };
const contact = {
  page,
  text: 'Minimum contact for high and very high risk cases',
  anchor: 'minimum-contact-for-high-and-very-high-risk-cases',
};
const visits = { page, text: 'Resettlement visits every fortnight', anchor: 'resettlement-visits-every-fortnight' };
const residency = { page, text: 'Approved Premises residency', anchor: 'approved-premises-residency' };
const monitoring = { page, text: 'Electronic monitoring', anchor: 'electronic-monitoring' };
const polygraph = { page, text: 'Polygraph examinations', anchor: 'polygraph-examinations' };
const annexA = [citeIn('national-standards')('Annex A')];

export const nsdSupervision = setup({
  types: {
    meta: processMeta,
    events: {} as
      | { type: 'HIGH_OR_VERY_HIGH_RISK' }
      | { type: 'NOT_HIGH_RISK' }
      | { type: 'FIRST_3_MONTHS_OVER' }
      | { type: 'EVIDENCE_OF_REDUCED_RISK' }
      | { type: 'AGREED_AT_MAPPA' }
      | { type: 'DECIDED_OUTSIDE_MAPPA' }
      | { type: 'NOT_AGREED' }
      | { type: 'REGIONAL_LEAD_AGREED' }
      | { type: 'LEFT_APPROVED_PREMISES' }
      | { type: 'RESETTLEMENT_PERIOD_OVER' }
      | { type: 'MONITORING_ENDED' }
      | { type: 'SUBJECT_TO_POLYGRAPH' }
      | { type: 'NO_POLYGRAPH_CONDITION' }
      | { type: 'FIRST_EXAMINATION_DONE' }
      | { type: 'EXAMINATIONS_STOPPED' },
  },
}).createMachine({
  id: 'nsd-supervision',
  initial: 'checkWhetherStandardsApply',
  states: {
    checkWhetherStandardsApply: {
      meta: {
        title: 'Check whether the enhanced standards apply',
        lane: 'not-stated',
        kind: 'start',
        summary:
          'Annex A says the NSD intends to extend the enhanced requirements to the cohorts its specialist units manage (CPPC, SOC and TACT), and uses "highest risk", meaning assessed as high or very high risk of harm, so that within those cohorts they apply to the people who present the greatest risk. Many of the people the NSD manages may not be assessed as high risk. Annex A does not say who makes the assessment.',
        tasks: ['Check the current risk of harm assessment'],
        guidance: [scope],
        source: annexA,
        notes: [
          'Ask the group who they would ask when a case is in an NSD cohort but not assessed as high or very high risk.',
        ],
      },
      on: {
        HIGH_OR_VERY_HIGH_RISK: { target: 'enhancedSupervision', description: 'High or very high risk of harm' },
        NOT_HIGH_RISK: { target: 'resettlementVisitsOnly', description: 'Under NSD oversight, not high risk' },
      },
    },
    resettlementVisitsOnly: {
      meta: {
        title: 'Resettlement visits, if they apply',
        lane: 'com',
        kind: 'activity',
        summary:
          'Annex A’s visits row gives people under NSD oversight resettlement visits at the start of supervision, without the high or very high risk condition of its other rows; its scope section says the enhanced standards are for the highest-risk cases. It does not say plainly whether visits apply here. Where they do, the Offender Manager, or another professional they agree, carries them out.',
        tasks: [
          'Check with the NSD whether resettlement visits apply to this case',
          'Where they do, visit the home or another place that matters to the person',
          'Look for how they are coping, safeguarding issues and items of concern',
        ],
        timescale: 'ns-annex-a-resettlement-fortnightly',
        guidance: [visits],
        source: annexA,
        notes: [],
      },
      on: {
        FIRST_3_MONTHS_OVER: {
          target: 'visitsPeriodOver',
          description: 'Visiting period at the start of supervision over',
        },
      },
    },
    visitsPeriodOver: {
      type: 'final',
      meta: {
        title: 'Visits at the start of supervision complete',
        lane: 'com',
        summary:
          'The resettlement visits at the start of supervision are done. Annex A does not say which of its other requirements apply to someone who is not assessed as high or very high risk.',
        timescale: 'ns-annex-a-resettlement-visits',
        guidance: [scope],
        source: annexA,
      },
    },
    enhancedSupervision: {
      type: 'parallel',
      meta: {
        title: 'Enhanced supervision',
        summary:
          'For people assessed as high or very high risk of harm, the contact, visits, Approved Premises residency, electronic monitoring and polygraph requirements run at the same time. They are minimums: where risk and need require it, more stringent standards can be applied.',
        source: annexA,
      },
      onDone: { target: 'requirementsComplete', description: 'Every requirement has run its course' },
      states: {
        contactLevel: {
          initial: 'twoContactsAWeek',
          meta: { title: 'Contact', summary: 'Enhanced contact until risk has clearly reduced.', source: annexA },
          states: {
            twoContactsAWeek: {
              meta: {
                title: 'Enhanced contact',
                lane: 'com',
                kind: 'activity',
                summary:
                  'At least two contacts at the start of supervision, one of them face to face with a probation practitioner, as often as the timescale sets. Annex A’s introduction words this differently: see the note with the timescale.',
                tasks: [
                  'Hold one of the contacts with the Offender Manager, face to face',
                  'Approve who holds the other contact: a mentor, theologian, psychologist or other professional',
                  'Hold the two contacts on different days where you can, or phone later in the week',
                ],
                timescale: 'ns-annex-a-weekly-contacts',
                guidance: [contact],
                source: annexA,
                notes: ['Annex A asks for quality of contact, not only frequency: ask what a good contact looks like.'],
              },
              on: {
                EVIDENCE_OF_REDUCED_RISK: { target: 'agreeReducedRisk', description: 'Evidence that risk has reduced' },
              },
            },
            agreeReducedRisk: {
              meta: {
                title: 'Agree that risk has reduced',
                lane: 'mappa',
                kind: 'decision',
                summary:
                  'Risk has reduced when the person is no longer assessed as high or very high risk of harm and MAPPA agrees, on all agencies’ information, that there is real progress, backed by an OASys review. A decision outside MAPPA to relax the standards needs the agreement of the Lead for the NSD Region.',
                tasks: ['Weigh compliance, stability, completed interventions and polygraph results'],
                guidance: [scope],
                source: annexA,
                notes: [
                  'The annex asks, with a question mark, whether counter-terrorism cases also need an ERG review.',
                ],
              },
              on: {
                AGREED_AT_MAPPA: { target: 'contactReduced', description: 'MAPPA agrees risk has reduced' },
                DECIDED_OUTSIDE_MAPPA: { target: 'regionalLeadAgrees', description: 'Decision made outside MAPPA' },
                NOT_AGREED: { target: 'twoContactsAWeek', description: 'Not agreed: keep enhanced contact' },
              },
            },
            regionalLeadAgrees: {
              meta: {
                title: 'The Lead for the NSD Region agrees',
                lane: 'nsd',
                kind: 'activity',
                summary:
                  'A decision made outside MAPPA to relax the standards needs the agreement of the Lead for the NSD Region.',
                guidance: [scope],
                source: annexA,
              },
              on: { REGIONAL_LEAD_AGREED: { target: 'contactReduced', description: 'Lead agrees' } },
            },
            contactReduced: {
              type: 'final',
              meta: {
                title: 'Contact reduced',
                lane: 'com',
                kind: 'wait',
                summary:
                  'Contact can come down. It may need to be reviewed and increased again at critical points, such as leaving an Approved Premises.',
                guidance: [contact],
                source: annexA,
              },
            },
          },
        },
        firstMonthsVisits: {
          initial: 'visitInFirstMonths',
          meta: {
            title: 'Resettlement visits',
            summary: 'Resettlement visits at the start of supervision.',
            source: annexA,
          },
          states: {
            visitInFirstMonths: {
              meta: {
                title: 'Resettlement visits at the start of supervision',
                lane: 'com',
                kind: 'activity',
                summary:
                  'Resettlement visits at the start of supervision, to the home or another place that matters to the person, by the Offender Manager or a professional they agree. A face-to-face contact can be a resettlement visit.',
                tasks: [
                  'Look for how the person is coping, safeguarding issues and items of concern',
                  'Visits should not go where they could harm protective factors such as work or study, or expose the conviction: visit a workplace or place of study only if MAPPA has agreed disclosure and the employer or educator knows, or if the visit can be done without harm',
                ],
                timescale: 'ns-annex-a-resettlement-fortnightly',
                guidance: [visits],
                source: annexA,
              },
              on: {
                FIRST_3_MONTHS_OVER: {
                  target: 'firstMonthsOver',
                  description: 'Visiting period at the start of supervision over',
                },
              },
            },
            firstMonthsOver: {
              type: 'final',
              meta: {
                title: 'Visits at the start of supervision done',
                lane: 'com',
                kind: 'wait',
                summary: 'The resettlement visits at the start of supervision are done.',
                timescale: 'ns-annex-a-resettlement-visits',
                guidance: [visits],
                source: annexA,
              },
            },
          },
        },
        residencyAndVisits: {
          initial: 'resideInApprovedPremises',
          meta: {
            title: 'Residency and resettlement visits',
            summary: 'Time in an Approved Premises, then a monitored resettlement period with resettlement visits.',
            source: annexA,
          },
          states: {
            resideInApprovedPremises: {
              meta: {
                title: 'Live in an Approved Premises',
                lane: 'person-on-probation',
                kind: 'activity',
                summary:
                  'Depending on sentence length, residency is provided for the time the timescale sets, leaving enough licence for the resettlement period afterwards. Annex A also lets the stay be longer or shorter than this: see the note with the timescale.',
                timescale: 'ns-annex-a-ap-residency',
                guidance: [residency, visits],
                source: annexA,
                notes: [
                  'Work through the annex’s worked example of a 9-month licence with the group: how long in the AP, and how long outside it?',
                ],
              },
              on: {
                LEFT_APPROVED_PREMISES: { target: 'visitAfterLeaving', description: 'Left the Approved Premises' },
              },
            },
            visitAfterLeaving: {
              meta: {
                title: 'Fortnightly visits after leaving the Approved Premises',
                lane: 'com',
                kind: 'activity',
                summary:
                  'Resettlement visits after leaving the Approved Premises, until the resettlement period ends, by the Offender Manager or a professional they agree. Consider a return to the AP if the person struggles or risk rises.',
                tasks: [
                  'Visit the home or another place that matters to the person',
                  'Consider a return to the AP if needed',
                ],
                timescale: 'ns-annex-a-resettlement-fortnightly',
                guidance: [visits, residency],
                source: annexA,
              },
              on: {
                RESETTLEMENT_PERIOD_OVER: { target: 'resettled', description: 'Resettlement period over' },
              },
            },
            resettled: {
              type: 'final',
              meta: {
                title: 'Resettlement period over',
                lane: 'com',
                kind: 'wait',
                summary: 'The monitored resettlement period after the Approved Premises has ended.',
                timescale: 'ns-annex-a-resettlement-after-ap',
                guidance: [residency],
                source: annexA,
              },
            },
          },
        },
        electronicMonitoring: {
          initial: 'monitorElectronically',
          meta: {
            title: 'Electronic monitoring',
            summary: 'A minimum period of electronic monitoring.',
            source: annexA,
          },
          states: {
            monitorElectronically: {
              meta: {
                title: 'Monitor electronically',
                lane: 'not-stated',
                kind: 'activity',
                summary:
                  'People assessed as high or very high risk are electronically monitored for a minimum period, and the annex recommends it continue beyond resettlement from the Approved Premises. It does not say who arranges it.',
                tasks: ['Use the monitoring data to understand movements and check compliance'],
                timescale: 'ns-annex-a-electronic-monitoring',
                guidance: [monitoring],
                source: annexA,
              },
              on: { MONITORING_ENDED: { target: 'monitoringEnded', description: 'Monitoring ends' } },
            },
            monitoringEnded: {
              type: 'final',
              meta: {
                title: 'Monitoring ended',
                lane: 'not-stated',
                kind: 'wait',
                summary: 'Electronic monitoring has ended.',
                guidance: [monitoring],
                source: annexA,
              },
            },
          },
        },
        polygraphExaminations: {
          initial: 'checkPolygraphCondition',
          meta: { title: 'Polygraph', summary: 'Examinations for people subject to them.', source: annexA },
          states: {
            checkPolygraphCondition: {
              meta: {
                title: 'Is the person subject to polygraph examinations?',
                lane: 'not-stated',
                kind: 'decision',
                summary:
                  'The polygraph requirements apply to people subject to polygraph examinations. Annex A does not say who decides.',
                guidance: [polygraph],
                source: annexA,
              },
              on: {
                SUBJECT_TO_POLYGRAPH: { target: 'firstExamination', description: 'Subject to polygraph' },
                NO_POLYGRAPH_CONDITION: { target: 'polygraphDone', description: 'Not subject to polygraph' },
              },
            },
            firstExamination: {
              meta: {
                title: 'First polygraph examination',
                lane: 'not-stated',
                kind: 'activity',
                summary:
                  'The first examination, or sooner if there are urgent risk concerns. Annex A words the timing in a way that contradicts itself: see the note with the timescale. It does not say who arranges it.',
                timescale: 'ns-annex-a-first-polygraph',
                guidance: [polygraph],
                source: annexA,
                notes: [
                  'Ask the group how they read the annex’s wording of this timescale (quoted in its note), and who they would check it with.',
                ],
              },
              on: { FIRST_EXAMINATION_DONE: { target: 'laterExaminations', description: 'First examination done' } },
            },
            laterExaminations: {
              meta: {
                title: 'Later polygraph examinations',
                lane: 'not-stated',
                kind: 'activity',
                summary:
                  'After the first, tests must keep taking place at a minimum frequency, and more often after a failed or inconclusive test or risk concerns. Annex A also lets them be suspended or made less frequent for a short time if risk has clearly reduced; if they stop, the licence condition stays in place.',
                timescale: 'ns-annex-a-later-polygraph',
                guidance: [polygraph],
                source: annexA,
              },
              on: { EXAMINATIONS_STOPPED: { target: 'polygraphDone', description: 'Examinations stopped' } },
            },
            polygraphDone: {
              type: 'final',
              meta: {
                title: 'No further examinations',
                lane: 'not-stated',
                kind: 'wait',
                summary: 'No polygraph examinations are running. If they were stopped, the licence condition remains.',
                guidance: [polygraph],
                source: annexA,
              },
            },
          },
        },
      },
    },
    requirementsComplete: {
      type: 'final',
      meta: {
        title: 'Enhanced requirements complete',
        lane: 'not-stated',
        summary:
          'Every enhanced requirement has run its course. Annex A does not say what supervision looks like afterwards, or who decides that the enhanced period is over.',
        guidance: [scope],
        source: annexA,
      },
    },
  },
});

export default defineProcess({
  title: 'Supervise a National Security Division case',
  summary:
    'The enhanced Annex A requirements: who is in scope, enhanced contact, fortnightly resettlement visits, Approved Premises residency, electronic monitoring and polygraph examinations, and what the annex leaves unclear.',
  framework: 'national-standards',
  order: 40,
  history: [
    firstPublished('2026-11-23'),
    stepsChanged(
      '2026-11-23',
      'The steps show the weekly contact, Approved Premises residency and resettlement periods from the site’s one list of timescales, instead of repeating them in their words.',
      [
        'visitsPeriodOver',
        'enhancedSupervision.contactLevel.twoContactsAWeek',
        'enhancedSupervision.firstMonthsVisits.firstMonthsOver',
        'enhancedSupervision.residencyAndVisits.resideInApprovedPremises',
        'enhancedSupervision.residencyAndVisits.resettled',
      ],
    ),
    stepsChanged(
      '2026-12-04',
      'Corrected from Annex A: resettlement visits for someone not assessed as high or very high risk are shown as unclear, not as applying whatever the risk level; a workplace or place of study should be visited only if MAPPA has agreed disclosure and the employer or educator knows, or if the visit can be done without harm; polygraph examinations should also be more frequent where there are risk concerns. The annex’s own force is kept: more stringent standards can be applied, and contact may need to be reviewed and increased at critical points; the residency note keeps the conditions on a shorter or longer stay. The scope, the contact wording and the residency limit are described as the annex gives them, not as contradictions: the scope is the specialist units’ cohorts with the highest-risk test within them. The resident’s own step no longer lists the staff’s planning task.',
      [
        'resettlementVisitsOnly',
        'enhancedSupervision.firstMonthsVisits.visitInFirstMonths',
        'enhancedSupervision.polygraphExaminations.laterExaminations',
        'enhancedSupervision.contactLevel.twoContactsAWeek',
        'enhancedSupervision.contactLevel.contactReduced',
        'enhancedSupervision.residencyAndVisits.resideInApprovedPremises',
        'checkWhetherStandardsApply',
      ],
    ),
  ],
  machine: nsdSupervision,
});
