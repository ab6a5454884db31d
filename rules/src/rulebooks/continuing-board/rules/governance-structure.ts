import type { Flag } from '@cs/domain/core';
import { explain, flag, type Rule } from '../../../model';
import { report2023 } from '../../../sources/documents';

/*
 * 2023 report, sections 2-3:
 *   "The Governance Structure of the Board, Steering Group and Ambition Workstreams is also
 *    included" / "Although there is a separate plan which we were required to submit to OFSTED we
 *    have ensured that these areas are also covered"
 * Decides: warnings for a continuing board without a steering group, without workstreams, or
 * without an action plan for Ofsted's recommendations.
 */
export const governanceStructure: Rule = {
  id: 'governance-structure',
  decides: 'whether the Ambitions Board has its steering group, workstreams and Ofsted recommendations action plan',
  clauses: [report2023('sections 2-3', 'The Governance Structure of the Board, Steering Group and Ambition Workstreams ... a separate plan which we were required to submit to OFSTED')],
  needs: [],
  evaluate(ctx) {
    const est = ctx.last('ambitions-board.established');
    if (!est || ctx.endedOn) return {};
    const p = est.payload;
    const missing: [string, string][] = [];
    // Only what the record states is checked: an unstated part is not a missing one.
    if (p.steeringGroup === false) missing.push(['steering-group-missing', 'a steering group']);
    if (p.workstreams && !p.workstreams.length) missing.push(['workstreams-missing', 'ambition workstreams']);
    if (p.ofstedRecommendationsActionPlan === false) missing.push(['ofsted-action-plan-missing', 'an action plan for Ofsted\u2019s recommendations']);
    const flags: Flag[] = missing.map(([kind, what]) =>
      flag(this, { kind, severity: 'warning' }, explain(ctx, this, { facts: [est], text: `The Ambitions Board established ${est.effectiveOn} has no ${what}, which the 2023 report's governance structure includes.` })),
    );
    return { flags };
  },
};
