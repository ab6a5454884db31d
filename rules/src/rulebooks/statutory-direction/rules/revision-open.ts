import { decision, explain, type Rule } from '../../../model';
import { framework } from '../../../sources/documents';

/*
 * Public record (DOMAIN.md, wider framework):
 *   "A direction stays in force until revoked; it is often revised (s497A(2A)): the council keeps
 *    control, works with a partner council, or services move to a trust or council-owned company."
 * Decides: revising the direction is open once a commissioner report has been received since the
 * direction was issued or last revised (the report is what a revision acts on).
 */
export const revisionOpen: Rule = {
  id: 'revision-open',
  decides: 'whether revising the direction (s497A(2A)) is open',
  clauses: [framework('statutory direction', 'it is often revised (s497A(2A)): the council keeps control, works with a partner council, or services move to a trust or council-owned company')],
  needs: [],
  evaluate(ctx) {
    const revised = ctx.last('direction.revised');
    const since = revised?.effectiveOn ?? ctx.start.effectiveOn;
    const report = ctx.of('commissioner.reported').filter((r) => r.effectiveOn >= since).pop();
    const open = !ctx.endedOn && report !== undefined;
    const text = ctx.endedOn
      ? `Revision is not open: the direction ended on ${ctx.endedOn}.`
      : report
        ? `Revising the direction is open: the commissioner reported on ${report.effectiveOn} (${report.payload.reportKind}) since the direction ${revised ? 'was last revised' : 'was issued'} on ${since}. The decision is ministers'.`
        : `Revision is not open: no commissioner report since the direction ${revised ? 'was last revised' : 'was issued'} on ${since}.`;
    return { decisions: [decision('revise', open, explain(ctx, this, { facts: [ctx.start, revised, report], text }))] };
  },
};
