import { addDays, type Obligation } from '@cs/domain/core';
import { explain, obligation, type Rule } from '../../../model';
import { letter } from '../../../sources/documents';

/*
 * Covid letter (c):
 *   "Improvement plans to be monitored and updated with delivery risks due to Covid-19 clearly
 *    identified."
 * Decides: in each window of the flexibilities, the plan must be updated with Covid-19 delivery
 * risks within one board cycle (board.maxIntervalDays as in force on the window's first day).
 * Met by a progress update whose note mentions Covid (the fact catalogue has no plan-risk fact).
 */
export const planCovidRisks: Rule = {
  id: 'plan-covid-risks',
  decides: 'when the plan must identify Covid-19 delivery risks',
  clauses: [letter('(c)', 'Improvement plans to be monitored and updated with delivery risks due to Covid-19 clearly identified.')],
  needs: ['plan.covidRisksRequired', 'board.maxIntervalDays'],
  evaluate(ctx) {
    const obligations: Obligation[] = [];
    for (const w of ctx.set.windows.filter((x) => x.amendmentId === ctx.owner.id)) {
      const [required, reqUse] = ctx.bool('plan.covidRisksRequired', w.from);
      if (!required) continue;
      const [days, daysUse] = ctx.num('board.maxIntervalDays', w.from);
      const dueOn = addDays(w.from, days);
      const update = ctx.of('objective.progress-recorded').find(
        (p) => p.effectiveOn >= w.from && (w.to === undefined || p.effectiveOn < w.to) && /covid/i.test(p.payload.note ?? ''),
      );
      if (!update && w.to !== undefined && w.to <= dueOn) continue;
      const text = update
        ? `The plan was updated with Covid-19 delivery risks on ${update.effectiveOn} (due by ${dueOn}): Covid letter (c).`
        : `Plan update with Covid-19 delivery risks due by ${dueOn}: the Covid letter (c) requires them clearly identified, within one board cycle (${days} days) of the flexibilities starting on ${w.from}.`;
      obligations.push(obligation(ctx, this, { kind: 'plan-covid-risks', subject: `window-${w.from}`, dueOn, metOn: update?.effectiveOn },
        explain(ctx, this, { uses: [reqUse, daysUse], facts: [{ id: w.startFactId }, update], text })));
    }
    return { obligations };
  },
};
