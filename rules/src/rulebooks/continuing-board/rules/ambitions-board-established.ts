import { addMonths } from '@cs/domain/core';
import { explain, obligation, type Rule } from '../../../model';
import { framework, report2023 } from '../../../sources/documents';

/*
 * 2023 report, section 3:
 *   "It was proposed and agreed that, to continue our improvement journey post intervention and
 *    the lifting of the formal improvement notice the Board be re-shaped to develop a partnership
 *    Board that oversees the delivery of the Ambitions plan"
 * Public record: lifting is "followed by about 12 months of 'support and supervision'".
 * Decides: the continuing board is due by the end of support.lengthMonths after support started.
 */
export const ambitionsBoardEstablished: Rule = {
  id: 'ambitions-board-established',
  decides: 'when the continuing (Ambitions) board must be in place',
  clauses: [
    report2023('section 3', 'the Board be re-shaped to develop a partnership Board that oversees the delivery of the Ambitions plan'),
    framework('transitions', 'followed by about 12 months of "support and supervision"'),
  ],
  needs: ['support.lengthMonths'],
  evaluate(ctx) {
    const [months, use] = ctx.num('support.lengthMonths', ctx.start.effectiveOn);
    const dueOn = addMonths(ctx.start.effectiveOn, months);
    const est = ctx.of('ambitions-board.established')[0];
    const text = est
      ? `The Ambitions Board was due by ${dueOn} and established on ${est.effectiveOn}: support and supervision started ${ctx.start.effectiveOn} and lasts about ${months} months.`
      : `Ambitions Board due by ${dueOn}: after about ${months} months of support and supervision (from ${ctx.start.effectiveOn}) the board continues as the Ambitions Board (2023 report, section 3).`;
    return { obligations: [obligation(ctx, this, { kind: 'ambitions-board-established', subject: 'ambitions-board', dueOn, metOn: est?.effectiveOn }, explain(ctx, this, { uses: [use], facts: [ctx.start, est], text }))] };
  },
};
