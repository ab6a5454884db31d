import { addMonths } from '@cs/domain/core';
import { decision, explain, type Rule } from '../../../model';
import { report2023 } from '../../../sources/documents';

/*
 * 2023 report, section 3:
 *   "to continue our improvement journey post intervention and the lifting of the formal
 *    improvement notice"
 * Decides: closing the continuing board is open (a council decision) once the support period is
 * over and the Ambitions Board has been established.
 */
export const closeOpen: Rule = {
  id: 'close-open',
  decides: 'whether closing the continuing board is open',
  clauses: [report2023('section 3', 'to continue our improvement journey post intervention and the lifting of the formal improvement notice')],
  needs: ['support.lengthMonths'],
  evaluate(ctx) {
    const [months, use] = ctx.num('support.lengthMonths', ctx.start.effectiveOn);
    const supportEnds = addMonths(ctx.start.effectiveOn, months);
    const est = ctx.of('ambitions-board.established')[0];
    const open = !ctx.endedOn && est !== undefined && ctx.asOf >= supportEnds;
    const text = ctx.endedOn
      ? `Closing is not open: the board closed on ${ctx.endedOn}.`
      : open
        ? `Closing the continuing board is open to the council: support and supervision ended ${supportEnds} and the Ambitions Board exists since ${est!.effectiveOn}.`
        : `Closing is not open: ${est ? '' : 'the Ambitions Board is not established; '}support and supervision runs until ${supportEnds}.`;
    return { decisions: [decision('close', open, explain(ctx, this, { uses: [use], facts: [ctx.start, est], text }))] };
  },
};
