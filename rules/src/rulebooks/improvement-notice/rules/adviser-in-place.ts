import { addDays } from '@cs/domain/core';
import { explain, flag, type Rule } from '../../../model';
import { notice } from '../../../sources/documents';

/*
 * Notice cl. 3 (Adviser arrangements):
 *   "The Secretary of State has chosen to appoint an adviser to provide advice to the Department
 *    and/or the council. The council will work with the adviser until some such time that the
 *    Secretary of State is satisfied this is no longer required."
 * Decides: a flag when no adviser is recorded (warning at first, breach after the grace period).
 */
export const adviserInPlace: Rule = {
  id: 'adviser-in-place',
  decides: 'whether an adviser is recorded',
  clauses: [notice('cl. 3', 'The Secretary of State has chosen to appoint an adviser to provide advice to the Department and/or the council.')],
  needs: ['adviser.appointWithinDays'],
  evaluate(ctx) {
    if (ctx.last('adviser.appointed') || ctx.endedOn) return {};
    const [days, use] = ctx.num('adviser.appointWithinDays', ctx.start.effectiveOn);
    const by = addDays(ctx.start.effectiveOn, days);
    const late = ctx.asOf > by;
    const text = `No adviser is recorded: cl. 3 provides for a DfE adviser, expected within ${days} days of the notice of ${ctx.start.effectiveOn} (by ${by})${late ? ', and that date has passed' : ''}.`;
    return { flags: [flag(this, { kind: 'adviser-missing', severity: late ? 'breach' : 'warning' }, explain(ctx, this, { uses: [use], facts: [ctx.start], text }))] };
  },
};
