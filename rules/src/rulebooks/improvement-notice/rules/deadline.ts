import { explain, obligation, type Rule } from '../../../model';
import { notice } from '../../../sources/documents';
import { latestRating, objectives } from '../objectives';
import { deadline as computeDeadline } from '../schedules';

/*
 * Notice cl. 11:
 *   "... the council should aim for actions included in the improvement plan to be delivered by
 *    the end of August 2020 (within 18 months of the Ofsted inspection) or sooner, where
 *    appropriate."
 * Decides: the deadline for the plan's actions (stated in the notice, else derived, then any
 * extension decided at assessment); met on the day the last objective was rated blue.
 */
export const deadline: Rule = {
  id: 'deadline',
  decides: 'when the plan\u2019s actions are due and whether they were delivered',
  clauses: [notice('cl. 11', 'actions included in the improvement plan to be delivered by the end of August 2020 (within 18 months of the Ofsted inspection)')],
  needs: ['deadline.monthsFromInspection', 'deadline.inspectionBeforePublicationMonths'],
  evaluate(ctx) {
    const d = computeDeadline(ctx);
    const objs = [...objectives(ctx).values()];
    const latest = objs.map(latestRating);
    const allBlue = objs.length > 0 && latest.every((p) => p?.payload.delivery === 'blue');
    const metOn = allBlue ? latest.map((p) => p!.effectiveOn).sort().pop() : undefined;
    const open = objs.length - latest.filter((p) => p?.payload.delivery === 'blue').length;
    const text = metOn
      ? `The plan's actions were due by ${d.dueOn} (${d.how}) and the last objective was rated complete on ${metOn}: cl. 11.`
      : `Plan actions due by ${d.dueOn} (${d.how}): cl. 11 asks for the actions in the plan to be delivered within 18 months of the inspection; ${objs.length ? `${open} of ${objs.length} objectives are not yet complete` : 'no plan is recorded'}.`;
    return {
      obligations: [obligation(ctx, this, { kind: 'plan-actions-delivered', subject: 'improvement-plan', dueOn: d.dueOn, metOn },
        explain(ctx, this, { uses: d.uses, facts: d.facts, text }))],
    };
  },
};
