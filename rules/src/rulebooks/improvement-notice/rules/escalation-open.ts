import type { Fact } from '@cs/domain/core';
import { decision, explain, type Rule } from '../../../model';
import { notice } from '../../../sources/documents';
import { latestRating, objectives } from '../objectives';
import { deadline } from '../schedules';

/*
 * Notice cl. 13:
 *   "Should the council be unwilling or unable to comply with this improvement notice, or should
 *    ministers not be satisfied with the council's progress at any stage, ministers may choose to
 *    invoke their statutory powers of intervention (s497A Education Act 1996) to direct the
 *    council ..."
 * Decides: whether escalation to a statutory direction is open, and why. The decision itself is
 * ministers'; the rule only lists the grounds the facts show.
 */
export const escalationOpen: Rule = {
  id: 'escalation-open',
  decides: 'whether escalation to a statutory direction is open to ministers, and why',
  clauses: [notice('cl. 13', 'should ministers not be satisfied with the council\u2019s progress at any stage, ministers may choose to invoke their statutory powers of intervention (s497A Education Act 1996)')],
  needs: ['deadline.monthsFromInspection', 'deadline.inspectionBeforePublicationMonths'],
  evaluate(ctx) {
    if (ctx.endedOn) {
      const text = `Escalation is not open: the notice ended on ${ctx.endedOn}.`;
      return { decisions: [decision('escalate', false, explain(ctx, this, { facts: [ctx.last('assessment.decided')], text }))] };
    }
    const reasons: string[] = [];
    const facts: (Fact | undefined)[] = [];
    const outcome = ctx.last('review.outcome-recorded');
    if (outcome?.payload.outcome === 'insufficient-progress') {
      reasons.push(`the DfE review ${outcome.payload.reviewId} found insufficient progress on ${outcome.effectiveOn}`);
      facts.push(outcome);
    }
    const report = ctx.last('adviser.reported');
    if (report?.payload.kind === 'concern') {
      reasons.push(`the adviser's latest report (${report.effectiveOn}) is one of concern`);
      facts.push(report);
    }
    const reinspection = ctx.of('inspection.published').filter((i) => i.effectiveOn > ctx.start.effectiveOn && i.payload.judgement === 'inadequate').pop();
    if (reinspection) {
      reasons.push(`Ofsted judged services inadequate again on ${reinspection.effectiveOn}`);
      facts.push(reinspection);
    }
    const d = deadline(ctx);
    const objs = [...objectives(ctx).values()];
    if (ctx.asOf > d.dueOn && !(objs.length && objs.every((o) => latestRating(o)?.payload.delivery === 'blue'))) {
      reasons.push(`the plan's actions were not all delivered by the deadline of ${d.dueOn} (cl. 11)`);
      facts.push(...d.facts);
    }
    const text = reasons.length
      ? `Escalation to a statutory direction is open to ministers under cl. 13: ${reasons.join('; ')}. The decision is ministers'.`
      : 'Escalation is not open on the facts recorded: no insufficient review outcome, no adviser concern, no new inadequate judgement and the deadline has not passed undelivered (cl. 13).';
    return { decisions: [decision('escalate', reasons.length > 0, explain(ctx, this, { uses: d.uses, facts, text }))] };
  },
};
