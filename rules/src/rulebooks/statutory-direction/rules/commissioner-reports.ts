import { addMonths, type Obligation } from '@cs/domain/core';
import { explain, obligation, type Rule } from '../../../model';
import { framework } from '../../../sources/documents';

/*
 * Public record (DOMAIN.md, wider framework):
 *   "a children's services commissioner who reports on the council's capacity and capability
 *    after about 3 months (due dates seen 3-4.5 months after appointment), then at later reviews
 *    (6, 12 months)."
 * Decides: the initial report is due commissioner.initialReportMonths after appointment, each
 * review report at commissioner.reviewMonths; met by the nth report of that kind.
 */
export const commissionerReports: Rule = {
  id: 'commissioner-reports',
  decides: 'when the commissioner\u2019s initial and review reports are due',
  clauses: [framework('statutory direction', 'reports on the council\u2019s capacity and capability after about 3 months ... then at later reviews (6, 12 months)')],
  needs: ['commissioner.initialReportMonths', 'commissioner.reviewMonths'],
  evaluate(ctx) {
    const appointed = ctx.of('commissioner.appointed')[0];
    if (!appointed) return {};
    const on = appointed.effectiveOn;
    const reports = ctx.of('commissioner.reported');
    const initial = reports.filter((r) => r.payload.reportKind === 'initial');
    const reviews = reports.filter((r) => r.payload.reportKind === 'review');
    const [months, monthsUse] = ctx.num('commissioner.initialReportMonths', on);
    const reviewUse = ctx.read('commissioner.reviewMonths', on);
    const slots = [
      { subject: 'initial-report', m: months, met: initial[0], use: monthsUse, what: `the initial report on capacity and capability, ${months} months after appointment` },
      ...(reviewUse.value as number[]).map((m, i) => ({ subject: `review-report-${m}m`, m, met: reviews[i], use: reviewUse, what: `the ${m}-month review` })),
    ];
    const obligations: Obligation[] = [];
    for (const s of slots) {
      const dueOn = addMonths(on, s.m);
      if (!s.met && ctx.endedOn && ctx.endedOn <= dueOn) continue;
      const text = s.met
        ? `The commissioner's ${s.what} was due by ${dueOn} and made on ${s.met.effectiveOn}.`
        : `Commissioner report due by ${dueOn}: ${s.what}; the commissioner was appointed on ${on}.`;
      obligations.push(obligation(ctx, this, { kind: 'commissioner-report', subject: s.subject, dueOn, metOn: s.met?.effectiveOn },
        explain(ctx, this, { uses: [s.use], facts: [appointed, s.met], text })));
    }
    return { obligations };
  },
};
