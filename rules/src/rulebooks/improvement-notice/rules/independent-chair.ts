import { explain, flag, type Rule } from '../../../model';
import { notice } from '../../../sources/documents';

/*
 * Notice cl. 5b:
 *   "the council must ensure there is an improvement board with an independent chair in place to
 *    oversee implementation of the improvement plan"
 * Decides: a breach when the current chair is an officer or member of the council; a warning
 * while no board is established.
 */
export const independentChair: Rule = {
  id: 'independent-chair',
  decides: 'whether the improvement board exists and its chair is independent of the council',
  clauses: [notice('cl. 5b', 'an improvement board with an independent chair in place to oversee implementation of the improvement plan')],
  needs: [],
  evaluate(ctx) {
    if (ctx.endedOn) return {};
    const established = ctx.last('board.established');
    if (!established) {
      const text = `No improvement board is recorded since the notice of ${ctx.start.effectiveOn}: cl. 5b requires a board with an independent chair.`;
      return { flags: [flag(this, { kind: 'board-missing', severity: 'warning' }, explain(ctx, this, { facts: [ctx.start], text }))] };
    }
    const changed = ctx.last('board.chair-changed');
    const current = changed && changed.effectiveOn >= established.effectiveOn ? changed : established;
    if (!current.payload.chair.councilOfficerOrMember) return {};
    const text = `The board's chair ${current.payload.chair.name} (since ${current.effectiveOn}) is an officer or member of the council: cl. 5b requires an independent chair.`;
    return { flags: [flag(this, { kind: 'chair-not-independent', severity: 'breach' }, explain(ctx, this, { facts: [current], text }))] };
  },
};
