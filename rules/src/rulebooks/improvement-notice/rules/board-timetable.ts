import { addDays, type Fact, type Obligation, type Flag } from '@cs/domain/core';
import { citeUse, explain, flag, obligation, type Rule, type RuleContext } from '../../../model';
import { letter, notice } from '../../../sources/documents';

/*
 * Notice cl. 5b:
 *   "... report to the improvement board on progress against the objectives in the plan, to a
 *    timetable agreed with the Department."
 * Covid letter (a) (amendment covid-19-flexibilities):
 *   "Improvement boards to be held virtually ... occurring every 6 weeks at the very least."
 * Decides: each next board's due date = the previous meeting (or the board's establishment) plus
 * the interval in force on that date: the agreed timetable capped by board.maxIntervalDays, or,
 * when board.followAgreedTimetable is off (the flexibilities), board.maxIntervalDays itself.
 * Also flags the latest meeting if it was virtual when virtual boards were not allowed.
 */
export const boardTimetable: Rule = {
  id: 'board-timetable',
  decides: 'when the next improvement board is due',
  clauses: [notice('cl. 5b', 'report to the improvement board on progress ... to a timetable agreed with the Department')],
  needs: ['board.followAgreedTimetable', 'board.maxIntervalDays', 'board.virtualAllowed'],
  evaluate(ctx) {
    const established = ctx.of('board.established')[0];
    if (!established) return {};
    const agreed = established.payload.meetingIntervalDays; // unstated: the rulebook's longest gap
    const obligations: Obligation[] = [];
    let basis: Fact = established;
    const meetings = ctx.of('board.met').filter((m) => m.effectiveOn >= established.effectiveOn);
    for (let n = 1; ; n++) {
      const [follow, followUse] = ctx.bool('board.followAgreedTimetable', basis.effectiveOn);
      const [max, maxUse] = ctx.num('board.maxIntervalDays', basis.effectiveOn);
      const interval = follow && agreed ? Math.min(agreed, max) : max;
      const dueOn = addDays(basis.effectiveOn, interval);
      const met = meetings[n - 1];
      if (!met && ctx.endedOn && ctx.endedOn <= dueOn) break;
      const why = follow && agreed
        ? `cl. 5b with the agreed timetable of ${agreed} days (capped at ${max}) requires a board every ${interval} days`
        : `cl. 5b with ${citeUse(ctx, maxUse)} requires a board at least every ${interval / 7} weeks`;
      const lastText = basis.type === 'board.met' ? `the last board met on ${basis.effectiveOn}` : `the board was established on ${basis.effectiveOn}`;
      const text = met
        ? `Board ${n} was due by ${dueOn} and met on ${met.effectiveOn}: ${why}; ${lastText}.`
        : `Board due by ${dueOn}: ${why}; ${lastText}.`;
      obligations.push(
        obligation(ctx, this, { kind: 'board-meeting', subject: `board-${n}`, dueOn, metOn: met?.effectiveOn },
          explain(ctx, this, { uses: [followUse, maxUse], facts: [established, basis, met], text })),
      );
      if (!met) break;
      basis = met;
    }
    return { obligations, flags: virtualFlag(ctx, this, meetings[meetings.length - 1]) };
  },
};

function virtualFlag(ctx: RuleContext, rule: Rule, last: Fact | undefined): Flag[] {
  if (!last || last.type !== 'board.met' || !last.payload.virtual) return [];
  const [allowed, use] = ctx.bool('board.virtualAllowed', last.effectiveOn);
  if (allowed) return [];
  const text = `The board of ${last.effectiveOn} met virtually, which only the Covid letter (a) allows, and it was not in force on that date.`;
  return [flag(rule, { kind: 'virtual-board-not-allowed', subject: last.id, severity: 'info' },
    explain(ctx, rule, { uses: [use], facts: [last], text, clauses: [letter('(a)', 'Improvement boards to be held virtually')] }))];
}
