import { addMonths, type Fact, type Obligation } from '@cs/domain/core';
import { explain, obligation, type Rule } from '../../../model';
import { letter, notice } from '../../../sources/documents';

/*
 * Notice cl. 12:
 *   "The adviser will provide to the Department regular reports of progress or concern against the
 *    areas set out in this notice; improvement against the Ofsted requirements; and any other such
 *    information relevant to the improvement journey."
 * Covid letter (d): "Adviser roles to encompass LAs response and management of Covid-19 and
 *   therefore reporting to update on progress of both improvement work and Covid-19 response."
 * Decides: each next adviser report is due adviser.reportIntervalMonths after the previous one
 * (or the appointment); the sentence says when it must also cover the Covid-19 response.
 */
export const adviserReports: Rule = {
  id: 'adviser-reports',
  decides: 'when the next adviser report is due',
  clauses: [notice('cl. 12', 'The adviser will provide to the Department regular reports of progress or concern')],
  needs: ['adviser.reportIntervalMonths', 'adviser.reportsCoverCovid'],
  evaluate(ctx) {
    const appointed = ctx.of('adviser.appointed')[0];
    if (!appointed) return {};
    const reports = ctx.of('adviser.reported').filter((r) => r.effectiveOn >= appointed.effectiveOn);
    const obligations: Obligation[] = [];
    let basis: Fact = appointed;
    for (let n = 1; ; n++) {
      const [months, use] = ctx.num('adviser.reportIntervalMonths', basis.effectiveOn);
      const dueOn = addMonths(basis.effectiveOn, months);
      const met = reports[n - 1];
      if (!met && ctx.endedOn && ctx.endedOn <= dueOn) break;
      const [covid, covidUse] = ctx.bool('adviser.reportsCoverCovid', met?.effectiveOn ?? dueOn);
      const from = basis.type === 'adviser.reported' ? `the last report was on ${basis.effectiveOn}` : `the adviser was appointed on ${basis.effectiveOn}`;
      const also = covid ? ' Under the Covid letter (d) it must also cover the Covid-19 response.' : '';
      const text = met
        ? `Adviser report ${n} was due by ${dueOn} and made on ${met.effectiveOn} (${met.payload.kind}): cl. 12 requires regular reports, every ${months} months by our reading.${also}`
        : `Adviser report due by ${dueOn}: cl. 12 requires regular reports of progress or concern, every ${months} months by our reading; ${from}.${also}`;
      obligations.push(obligation(ctx, this, { kind: 'adviser-report', subject: `adviser-report-${n}`, dueOn, metOn: met?.effectiveOn },
        explain(ctx, this, { uses: covid ? [use, covidUse] : [use], facts: [basis, met], text, clauses: covid ? [letter('(d)', 'Adviser roles to encompass LAs response and management of Covid-19')] : [] })));
      if (!met) break;
      basis = met;
    }
    return { obligations };
  },
};
