import { addMonths, type Flag } from '@cs/domain/core';
import { explain, flag, type Rule } from '../../../model';
import { report2023 } from '../../../sources/documents';

/*
 * 2023 report, section 4 (ii)-(iii):
 *   "noting the enhanced role for Ambitions Leads and the OFSTED Action Plan" / "To Receive
 *    updates with regards to progress against all key areas of activity"
 * Decides: each ambition has a lead (distinct from the chair is not required) and has been
 * reported to the board within ambitions.reportWithinMonths (info when not).
 */
export const ambitionsWithLeads: Rule = {
  id: 'ambitions-with-leads',
  decides: 'which ambitions have gone unreported to the board',
  clauses: [report2023('section 4 (ii)-(iii)', 'the enhanced role for Ambitions Leads ... updates with regards to progress against all key areas of activity')],
  needs: ['ambitions.reportWithinMonths'],
  evaluate(ctx) {
    const est = ctx.last('ambitions-board.established');
    if (!est || ctx.endedOn) return {};
    const [months, use] = ctx.num('ambitions.reportWithinMonths', ctx.asOf);
    const meetings = ctx.of('ambitions-board.met').filter((m) => m.effectiveOn >= est.effectiveOn);
    const flags: Flag[] = [];
    for (const a of est.payload.ambitions) {
      const last = meetings.filter((m) => m.payload.ambitionsReported.includes(a.id)).pop();
      const since = last?.effectiveOn ?? est.effectiveOn;
      if (addMonths(since, months) >= ctx.asOf) continue;
      const text = `Ambition ${a.id} ("${a.title}", lead ${a.lead}) has not been reported to the board since ${since}: every ambition is to be reported at least every ${months} months by our reading of the 2023 report.`;
      flags.push(flag(this, { kind: 'ambition-not-reported', subject: a.id, severity: 'info' }, explain(ctx, this, { uses: [use], facts: [est, last], text })));
    }
    return { flags };
  },
};
