import { explain, flag, type Rule } from '../../../model';
import { notice } from '../../../sources/documents';

/*
 * Notice cl. 5c:
 *   "reports to the improvement board should include data, analysis and recommendations supported
 *    by evidence of impact of improvements on the quality of practice and experience of children
 *    and families;"
 * Decides: a warning when the latest board report lacks any of the four parts.
 */
const PARTS = { data: 'data', analysis: 'analysis', recommendations: 'recommendations', evidenceOfImpact: 'evidence of impact' } as const;

export const boardReportContent: Rule = {
  id: 'board-report-content',
  decides: 'whether the latest board report has data, analysis, recommendations and evidence of impact',
  clauses: [notice('cl. 5c', 'reports to the improvement board should include data, analysis and recommendations supported by evidence of impact')],
  needs: [],
  evaluate(ctx) {
    const last = ctx.last('board.met');
    const report = last?.payload.report;
    if (!last || !report || ctx.endedOn) return {}; // a meeting recorded without its report's content: nothing to check
    const missing = (Object.keys(PARTS) as (keyof typeof PARTS)[]).filter((k) => !report[k]).map((k) => PARTS[k]);
    if (!missing.length) return {};
    const text = `The report to the board of ${last.effectiveOn} lacks ${missing.join(', ')}: cl. 5c requires data, analysis and recommendations supported by evidence of impact.`;
    return { flags: [flag(this, { kind: 'board-report-incomplete', subject: last.id, severity: 'warning' }, explain(ctx, this, { facts: [last], text }))] };
  },
};
