import { gradedInspectionKinds, type OpenDecision } from '@cs/domain/core';
import { decision, explain, type Rule } from '../../../model';
import { notice } from '../../../sources/documents';
import { deadline } from '../schedules';

/*
 * Notice, heading before cl. 12-13:
 *   "Improvement against the above measures will be assessed as follows: ... Failure to comply
 *    with this Improvement Notice by the assessment dates or poor progress: ..."
 * Decides: once the deadline (cl. 11) has arrived or a graded re-inspection is published, the
 * assessment is open: DfE may continue the notice or extend its deadline.
 */
export const assessmentOpen: Rule = {
  id: 'assessment-open',
  decides: 'whether the assessment (continue or extend) is open',
  clauses: [notice('cl. 11-13', 'Improvement against the above measures will be assessed ... by the assessment dates')],
  needs: ['deadline.monthsFromInspection', 'deadline.inspectionBeforePublicationMonths'],
  evaluate(ctx) {
    const d = deadline(ctx);
    const reinspection = ctx.of('inspection.published').filter((i) => i.effectiveOn > ctx.start.effectiveOn && gradedInspectionKinds.includes(i.payload.kind)).pop();
    const open = !ctx.endedOn && (ctx.asOf >= d.dueOn || reinspection !== undefined);
    const why = ctx.endedOn
      ? `the notice ended on ${ctx.endedOn}`
      : reinspection
        ? `Ofsted published a re-inspection on ${reinspection.effectiveOn}`
        : ctx.asOf >= d.dueOn
          ? `the deadline of ${d.dueOn} has arrived`
          : `the deadline of ${d.dueOn} has not arrived and there is no re-inspection`;
    const out: OpenDecision[] = (['continue', 'extend'] as const).map((k) =>
      decision(k, open, explain(ctx, this, { uses: d.uses, facts: [...d.facts, reinspection], text: `Deciding to ${k} the notice is ${open ? 'open' : 'not open'}: ${why} (assessment, cl. 11-13).` })),
    );
    return { decisions: out };
  },
};
