import { explain, flag, type Rule } from '../../../model';
import { report2023 } from '../../../sources/documents';

/*
 * 2023 report, section 3:
 *   "The Leader of the Council has commenced chairing the Ambitions for Children Board signifying
 *    the importance of continuing the improvement journey."
 * Decides: a warning when the Ambitions Board's chair is not the Leader of the Council.
 */
export const leaderAsChair: Rule = {
  id: 'leader-as-chair',
  decides: 'whether the Leader of the Council chairs the Ambitions Board',
  clauses: [report2023('section 3', 'The Leader of the Council has commenced chairing the Ambitions for Children Board')],
  needs: [],
  evaluate(ctx) {
    const est = ctx.last('ambitions-board.established');
    if (!est || ctx.endedOn || est.payload.chair.leaderOfTheCouncil !== false) return {};
    const text = `The Ambitions Board's chair ${est.payload.chair.name} is not the Leader of the Council, as the 2023 report (section 3) set it up.`;
    return { flags: [flag(this, { kind: 'chair-not-leader', severity: 'warning' }, explain(ctx, this, { facts: [est], text }))] };
  },
};
