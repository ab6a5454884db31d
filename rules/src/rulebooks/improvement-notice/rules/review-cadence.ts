import type { Flag } from '@cs/domain/core';
import { citeUse, explain, flag, obligation, type Rule } from '../../../model';
import { letter, notice } from '../../../sources/documents';
import { reviewSchedule } from '../schedules';

/*
 * Notice cl. 6:
 *   "Officials or advisers from the Department will undertake reviews of progress against the
 *    improvement agenda at least every six months and more regularly where appropriate."
 * Covid letter (e) (amendment covid-19-flexibilities):
 *   "DfE review meetings to be scheduled virtually when necessary and within 3 months of the
 *    original timeframe"
 * Decides: each review's due date (see schedules.ts); flags the latest review if it was held
 * virtually when that was not allowed.
 */
export const reviewCadence: Rule = {
  id: 'review-cadence',
  decides: 'when the next DfE review is due',
  clauses: [notice('cl. 6', 'reviews of progress against the improvement agenda at least every six months')],
  needs: ['review.maxIntervalMonths', 'review.graceMonths', 'review.virtualAllowed'],
  evaluate(ctx) {
    const obligations = reviewSchedule(ctx).map((s) => {
      const [months, grace] = s.uses;
      const extended = (grace.value as number) > 0
        ? ` The original timeframe ended ${s.originalDueOn}; ${citeUse(ctx, grace)} allows up to ${grace.value} months later.`
        : '';
      const from = s.basis.type === 'review.held' ? `the last review was held on ${s.basis.effectiveOn}` : `the notice was issued on ${s.basis.effectiveOn}`;
      const head = s.held ? `Review ${s.n} (${s.held.payload.reviewId}) was due by ${s.dueOn} and held on ${s.held.effectiveOn}` : `DfE review due by ${s.dueOn}`;
      const text = `${head}: ${citeUse(ctx, months)} requires a review at least every ${months.value} months; ${from}.${extended}`;
      return obligation(ctx, this, { kind: 'dfe-review', subject: `review-${s.n}`, dueOn: s.dueOn, metOn: s.held?.effectiveOn },
        explain(ctx, this, { uses: s.uses, facts: [s.basis, s.held], text }));
    });
    const flags: Flag[] = [];
    const last = ctx.last('review.held');
    if (last?.payload.virtual) {
      const [allowed, use] = ctx.bool('review.virtualAllowed', last.effectiveOn);
      if (!allowed) {
        const text = `Review ${last.payload.reviewId} of ${last.effectiveOn} was held virtually, which only the Covid letter (e) allows, and it was not in force on that date.`;
        flags.push(flag(this, { kind: 'virtual-review-not-allowed', subject: last.payload.reviewId, severity: 'info' },
          explain(ctx, this, { uses: [use], facts: [last], text, clauses: [letter('(e)', 'DfE review meetings to be scheduled virtually when necessary')] })));
      }
    }
    return { obligations, flags };
  },
};
