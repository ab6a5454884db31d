import { decision, explain, type Rule } from '../../../model';
import { framework } from '../../../sources/documents';

/*
 * Public record (DOMAIN.md, wider framework):
 *   "Transitions seen in real cases: ... direction → notice (step-down)"
 * Decides: stepping down to an improvement notice is open once a commissioner review report has
 * been received and Ofsted has not judged services inadequate again since the direction.
 */
export const stepDownOpen: Rule = {
  id: 'step-down-open',
  decides: 'whether stepping the direction down to a notice is open',
  clauses: [framework('transitions', 'direction \u2192 notice (step-down)')],
  needs: [],
  evaluate(ctx) {
    const review = ctx.of('commissioner.reported').filter((r) => r.payload.reportKind === 'review').pop();
    const inadequate = ctx.of('inspection.published').filter((i) => i.effectiveOn > ctx.start.effectiveOn && i.payload.judgement === 'inadequate').pop();
    const open = !ctx.endedOn && review !== undefined && !inadequate;
    const text = ctx.endedOn
      ? `Step-down is not open: the direction ended on ${ctx.endedOn}.`
      : open
        ? `Stepping down to an improvement notice is open: the commissioner's review of ${review!.effectiveOn} is in and no inadequate judgement has followed the direction. The decision is ministers'.`
        : `Step-down is not open: ${review ? '' : 'no commissioner review report yet'}${!review && inadequate ? '; ' : ''}${inadequate ? `Ofsted judged services inadequate on ${inadequate.effectiveOn}` : ''}.`;
    return { decisions: [decision('step-down', open, explain(ctx, this, { facts: [review, inadequate], text }))] };
  },
};
