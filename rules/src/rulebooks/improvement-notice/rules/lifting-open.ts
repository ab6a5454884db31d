import { gradedInspectionKinds } from '@cs/domain/core';
import { decision, explain, type Rule } from '../../../model';
import { NASH_2017, practice, report2023 } from '../../../sources/documents';

/*
 * 2023 report, section 2:
 *   "Following the Ofsted ILAC inspection which took place over 3 weeks in November and December
 *    2022 services were judged to have improved from Inadequate overall to Requiring Improvement.
 *    ... The Improvement Notice was subsequently lifted in February 2023."
 * Decides: lifting is open when the latest graded inspection published after the notice is no
 * longer inadequate and DfE is satisfied (the latest review outcome is sufficient progress); or
 * when the adviser's latest report recommends lifting (ministers have lifted notices on the
 * adviser's advice without a graded re-inspection). Graded means ILACS, or the single inspection
 * and the safeguarding and looked-after children inspections before it.
 */
export const liftingOpen: Rule = {
  id: 'lifting-open',
  decides: 'whether lifting the notice is open to DfE, and why',
  clauses: [
    report2023('section 2', 'services were judged to have improved from Inadequate overall to Requiring Improvement ... The Improvement Notice was subsequently lifted in February 2023'),
    practice(NASH_2017, 'answer', 'We deploy government improvement advisers who are appointed to support and challenge these authorities'),
  ],
  needs: [],
  evaluate(ctx) {
    if (ctx.endedOn) {
      const text = `Lifting is not open: the notice ended on ${ctx.endedOn}.`;
      return { decisions: [decision('lift', false, explain(ctx, this, { facts: [ctx.last('assessment.decided')], text }))] };
    }
    const graded = ctx.of('inspection.published').filter((i) => i.effectiveOn > ctx.start.effectiveOn && gradedInspectionKinds.includes(i.payload.kind) && i.payload.judgement);
    const inspection = graded[graded.length - 1];
    const outcome = ctx.last('review.outcome-recorded');
    const improved = inspection !== undefined && inspection.payload.judgement !== 'inadequate';
    const satisfied = outcome?.payload.outcome === 'sufficient-progress';
    const insp = inspection ? `Ofsted's re-inspection published ${inspection.effectiveOn} judged services ${inspection.payload.judgement}` : 'no re-inspection since the notice is recorded';
    const dfe = outcome ? `the latest DfE review outcome (${outcome.effectiveOn}) is ${outcome.payload.outcome}` : 'no DfE review outcome is recorded';
    const advice = ctx.of('adviser.reported').filter((r) => r.effectiveOn >= ctx.start.effectiveOn).pop();
    if (advice?.payload.kind === 'recommends-lifting' && !(improved && satisfied)) {
      const text = `Lifting is open: the adviser recommended lifting the notice on ${advice.effectiveOn}, without a graded re-inspection (${insp}). The decision is DfE's.`;
      return { decisions: [decision('lift', true, explain(ctx, this, { facts: [advice, inspection], text }))] };
    }
    const text = improved && satisfied
      ? `Lifting is open: ${insp} and ${dfe}, as when the Trafford notice was lifted after the 2022 re-inspection (2023 report). The decision is DfE's.`
      : `Lifting is not open: it needs a re-inspection no longer inadequate and DfE satisfied; ${insp}, and ${dfe}.`;
    return { decisions: [decision('lift', improved && satisfied, explain(ctx, this, { facts: [inspection, outcome], text }))] };
  },
};
