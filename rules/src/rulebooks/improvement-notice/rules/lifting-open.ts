import { decision, explain, type Rule } from '../../../model';
import { report2023 } from '../../../sources/documents';

/*
 * 2023 report, section 2:
 *   "Following the Ofsted ILAC inspection which took place over 3 weeks in November and December
 *    2022 services were judged to have improved from Inadequate overall to Requiring Improvement.
 *    ... The Improvement Notice was subsequently lifted in February 2023."
 * Decides: lifting is open when the latest graded inspection published after the notice is no
 * longer inadequate and DfE is satisfied (the latest review outcome is sufficient progress).
 */
export const liftingOpen: Rule = {
  id: 'lifting-open',
  decides: 'whether lifting the notice is open to DfE, and why',
  clauses: [report2023('section 2', 'services were judged to have improved from Inadequate overall to Requiring Improvement ... The Improvement Notice was subsequently lifted in February 2023')],
  needs: [],
  evaluate(ctx) {
    if (ctx.endedOn) {
      const text = `Lifting is not open: the notice ended on ${ctx.endedOn}.`;
      return { decisions: [decision('lift', false, explain(ctx, this, { facts: [ctx.last('assessment.decided')], text }))] };
    }
    const graded = ctx.of('inspection.published').filter((i) => i.effectiveOn > ctx.start.effectiveOn && i.payload.kind === 'ilacs' && i.payload.judgement);
    const inspection = graded[graded.length - 1];
    const outcome = ctx.last('review.outcome-recorded');
    const improved = inspection !== undefined && inspection.payload.judgement !== 'inadequate';
    const satisfied = outcome?.payload.outcome === 'sufficient-progress';
    const insp = inspection ? `Ofsted's re-inspection published ${inspection.effectiveOn} judged services ${inspection.payload.judgement}` : 'no re-inspection since the notice is recorded';
    const dfe = outcome ? `the latest DfE review outcome (${outcome.effectiveOn}) is ${outcome.payload.outcome}` : 'no DfE review outcome is recorded';
    const text = improved && satisfied
      ? `Lifting is open: ${insp} and ${dfe}, as when the Trafford notice was lifted after the 2022 re-inspection (2023 report). The decision is DfE's.`
      : `Lifting is not open: it needs a re-inspection no longer inadequate and DfE satisfied; ${insp}, and ${dfe}.`;
    return { decisions: [decision('lift', improved && satisfied, explain(ctx, this, { facts: [inspection, outcome], text }))] };
  },
};
