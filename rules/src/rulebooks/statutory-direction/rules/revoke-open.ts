import { gradedInspectionKinds } from '@cs/domain/core';
import { decision, explain, type Rule } from '../../../model';
import { framework } from '../../../sources/documents';

/*
 * Public record (DOMAIN.md, wider framework):
 *   "notice or direction → lifted / revoked, usually on or after an Ofsted re-inspection that is
 *    no longer inadequate (same day to ~15 months later)"
 * Decides: revoking the direction is open once a graded inspection published after the direction
 * is no longer inadequate, or once the commissioner's latest report recommends revocation (ministers
 * have revoked directions on the commissioner's advice without a graded re-inspection).
 */
export const revokeOpen: Rule = {
  id: 'revoke-open',
  decides: 'whether revoking the direction is open',
  clauses: [framework('transitions', 'lifted / revoked, usually on or after an Ofsted re-inspection that is no longer inadequate')],
  needs: [],
  evaluate(ctx) {
    const graded = ctx.of('inspection.published').filter((i) => i.effectiveOn > ctx.start.effectiveOn && gradedInspectionKinds.includes(i.payload.kind) && i.payload.judgement);
    const latest = graded[graded.length - 1];
    const open = !ctx.endedOn && latest !== undefined && latest.payload.judgement !== 'inadequate';
    const advice = ctx.of('commissioner.reported').filter((r) => r.payload.recommends).pop();
    if (!ctx.endedOn && advice?.payload.recommends === 'revoke' && !open) {
      const text = `Revoking the direction is open: the commissioner recommended revocation in the report of ${advice.effectiveOn}, without a graded re-inspection. The decision is ministers'.`;
      return { decisions: [decision('revoke', true, explain(ctx, this, { facts: [advice, latest], text }))] };
    }
    const text = ctx.endedOn
      ? `Revocation is not open: the direction ended on ${ctx.endedOn}.`
      : latest
        ? `Revoking the direction is ${open ? 'open' : 'not open'}: Ofsted's re-inspection published ${latest.effectiveOn} judged services ${latest.payload.judgement}.`
        : 'Revocation is not open: no graded re-inspection since the direction.';
    return { decisions: [decision('revoke', open, explain(ctx, this, { facts: [latest], text }))] };
  },
};
