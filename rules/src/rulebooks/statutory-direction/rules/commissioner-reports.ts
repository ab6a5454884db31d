import { addMonths, compareDates, type Fact, type Obligation, type StatedReport } from '@cs/domain/core';
import { explain, instrumentDocument, obligation, type Rule, type RuleContext } from '../../../model';
import { framework } from '../../../sources/documents';

/*
 * Public record (DOMAIN.md, wider framework):
 *   "a children's services commissioner who reports on the council's capacity and capability
 *    after about 3 months (due dates seen 3-4.5 months after appointment), then at later reviews
 *    (6, 12 months)."
 * Decides: the initial report is due commissioner.initialReportMonths after appointment, each
 * review report at commissioner.reviewMonths; met by the nth report of that kind. Report dates the
 * direction states itself win: from the direction (or the latest revision stating any), each stated
 * date is an obligation met by the next report made after the statement, cited to the direction.
 */
export const commissionerReports: Rule = {
  id: 'commissioner-reports',
  decides: 'when the commissioner\u2019s initial and review reports are due',
  clauses: [framework('statutory direction', 'reports on the council\u2019s capacity and capability after about 3 months ... then at later reviews (6, 12 months)')],
  needs: ['commissioner.initialReportMonths', 'commissioner.reviewMonths'],
  evaluate(ctx) {
    const stated = statedSchedule(ctx);
    if (stated) return { obligations: statedObligations(ctx, this, stated) };
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

/** The report dates the direction (or its latest revision that states any) sets, with the fact stating them. */
function statedSchedule(ctx: RuleContext): { by: Fact; reports: StatedReport[] } | undefined {
  const revisions = ctx.of('direction.revised').filter((r) => r.payload.reportsDue?.length);
  const by: Fact | undefined = revisions.pop() ?? (((ctx.start.payload as { reportsDue?: StatedReport[] }).reportsDue?.length ?? 0) > 0 ? ctx.start : undefined);
  if (!by) return undefined;
  const reports = [...((by.payload as { reportsDue?: StatedReport[] }).reportsDue ?? [])].sort((a, b) => compareDates(a.dueOn, b.dueOn));
  return { by, reports };
}

function statedObligations(ctx: RuleContext, rule: Rule, { by, reports }: { by: Fact; reports: StatedReport[] }): Obligation[] {
  const made = ctx.of('commissioner.reported').filter((r) => r.effectiveOn >= by.effectiveOn);
  const document = by.type === 'direction.revised' ? `${instrumentDocument(ctx.start)}, as revised on ${by.effectiveOn}` : instrumentDocument(ctx.start);
  return reports.flatMap((r, i) => {
    const met = made[i];
    if (!met && ctx.endedOn && ctx.endedOn <= r.dueOn) return [];
    const clause = { document, clause: r.clause ?? 'report dates', text: `a ${r.kind} report due by ${r.dueOn}`, basis: 'law' as const };
    const text = met
      ? `The ${r.kind} report the direction set for ${r.dueOn} was made on ${met.effectiveOn} (${document}).`
      : `Report due by ${r.dueOn}, as ${document} states${r.clause ? ` (${r.clause})` : ''}: the stated date wins over the usual schedule.`;
    return [obligation(ctx, rule, { kind: 'commissioner-report', subject: `stated-${i + 1}`, dueOn: r.dueOn, metOn: met?.effectiveOn },
      explain(ctx, rule, { clauses: [clause], facts: [by, met], text }))];
  });
}
