import { addDays } from '@cs/domain/core';
import { explain, flag, type Rule } from '../../../model';
import { framework } from '../../../sources/documents';

/*
 * Public record (DOMAIN.md, wider framework):
 *   "A statutory direction is made under s497A Education Act 1996 ...; it usually appoints a
 *    children's services commissioner"
 * Decides: a warning while no commissioner is recorded after commissioner.appointWithinDays.
 */
export const commissionerAppointed: Rule = {
  id: 'commissioner-appointed',
  decides: 'whether a commissioner is recorded',
  clauses: [framework('statutory direction', 'it usually appoints a children\u2019s services commissioner')],
  needs: ['commissioner.appointWithinDays'],
  evaluate(ctx) {
    if (ctx.endedOn || ctx.last('commissioner.appointed')) return {};
    const [days, use] = ctx.num('commissioner.appointWithinDays', ctx.start.effectiveOn);
    if (ctx.asOf < addDays(ctx.start.effectiveOn, days)) return {};
    const text = `No commissioner is recorded for the direction of ${ctx.start.effectiveOn}: a s497A direction usually appoints a children's services commissioner.`;
    return { flags: [flag(this, { kind: 'commissioner-missing', severity: 'warning' }, explain(ctx, this, { uses: [use], facts: [ctx.start], text }))] };
  },
};
