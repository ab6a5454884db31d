import { explain, flag, type Rule } from '../../../model';
import { notice } from '../../../sources/documents';

/*
 * Notice cl. 7:
 *   "These reviews may cover, but are not exclusive to: culture; performance; leadership,
 *    management and governance; workforce and management oversight; early help; and multi-agency
 *    arrangements."
 * Decides: which cl. 7 topics the latest review did not cover (info: "may cover").
 */
export const reviewScope: Rule = {
  id: 'review-scope',
  decides: 'which of the cl. 7 topics the latest review left out',
  clauses: [notice('cl. 7', 'These reviews may cover, but are not exclusive to: culture; performance; leadership, management and governance; ...')],
  needs: ['review.topics'],
  evaluate(ctx) {
    const last = ctx.last('review.held');
    if (!last) return {};
    const use = ctx.read('review.topics', last.effectiveOn);
    const missing = (use.value as string[]).filter((t) => !last.payload.topics.includes(t));
    if (!missing.length) return {};
    const text = `Review ${last.payload.reviewId} of ${last.effectiveOn} did not cover ${missing.join(', ')}: cl. 7 lists them as topics a review may cover.`;
    return { flags: [flag(this, { kind: 'review-scope-gap', subject: last.payload.reviewId, severity: 'info' }, explain(ctx, this, { uses: [use], facts: [last], text }))] };
  },
};
