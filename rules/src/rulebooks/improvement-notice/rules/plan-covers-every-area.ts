import { explain, flag, type Rule } from '../../../model';
import type { Flag } from '@cs/domain/core';
import { notice } from '../../../sources/documents';
import { objectives } from '../objectives';

/*
 * Notice cl. 4 (Improvement plan):
 *   "The plan should cover the areas identified in the Ofsted report of 8 May 2019 as well as
 *    recommendations made by the adviser appointed by the Department."
 * Decides: each Ofsted area for improvement (breach) and each adviser recommendation (warning)
 * maps to at least one objective's `covers`; a missing plan is itself flagged.
 */
export const planCoversEveryArea: Rule = {
  id: 'plan-covers-every-area',
  decides: 'whether the plan covers every Ofsted area and adviser recommendation',
  clauses: [notice('cl. 4', 'The plan should cover the areas identified in the Ofsted report ... as well as recommendations made by the adviser')],
  needs: [],
  evaluate(ctx) {
    if (ctx.endedOn) return {};
    const issued = ctx.start.type === 'notice.issued' ? ctx.start : undefined;
    const plan = ctx.of('plan.agreed')[0];
    if (!plan) {
      const text = `No improvement plan is recorded since the notice of ${ctx.start.effectiveOn}: cl. 4 requires a plan covering the Ofsted areas and the adviser's recommendations.`;
      return { flags: [flag(this, { kind: 'plan-missing', severity: 'warning' }, explain(ctx, this, { facts: [ctx.start], text }))] };
    }
    const objs = [...objectives(ctx).values()];
    const covered = new Set(objs.flatMap((o) => o.covers));
    const flags: Flag[] = [];
    for (const area of issued?.payload.areasForImprovement ?? []) {
      if (covered.has(area.id)) continue;
      const text = `Ofsted area for improvement ${area.id} ("${area.text}") is not covered by any objective of the plan: cl. 4 requires the plan to cover every area in the Ofsted report.`;
      flags.push(flag(this, { kind: 'area-not-covered', subject: area.id, severity: 'breach' }, explain(ctx, this, { facts: [ctx.start, plan], text })));
    }
    for (const rec of ctx.of('adviser.recommendation-made')) {
      if (covered.has(rec.payload.id)) continue;
      const text = `Adviser recommendation ${rec.payload.id} of ${rec.effectiveOn} is not covered by any objective of the plan: cl. 4 requires the plan to cover the adviser's recommendations.`;
      flags.push(flag(this, { kind: 'recommendation-not-covered', subject: rec.payload.id, severity: 'warning' }, explain(ctx, this, { facts: [rec, plan], text })));
    }
    return { flags };
  },
};
