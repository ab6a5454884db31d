import { addDays, type Fact, type Obligation } from '@cs/domain/core';
import { explain, obligation, type Rule } from '../../../model';
import { report2023 } from '../../../sources/documents';

/*
 * 2023 report, section 3:
 *   "continue an Improvement Board approach but to reconfigure as an Ambitions for Children Board"
 * Decides: each next Ambitions Board meeting is due the board's own interval (capped by
 * ambitionsBoard.maxIntervalDays) after the previous one or its establishment.
 */
export const ambitionsBoardCadence: Rule = {
  id: 'ambitions-board-cadence',
  decides: 'when the next Ambitions Board meeting is due',
  clauses: [report2023('section 3', 'continue an Improvement Board approach but to reconfigure as an Ambitions for Children Board')],
  needs: ['ambitionsBoard.maxIntervalDays'],
  evaluate(ctx) {
    const est = ctx.of('ambitions-board.established')[0];
    if (!est) return {};
    const meetings = ctx.of('ambitions-board.met').filter((m) => m.effectiveOn >= est.effectiveOn);
    const obligations: Obligation[] = [];
    let basis: Fact = est;
    for (let n = 1; ; n++) {
      const [max, use] = ctx.num('ambitionsBoard.maxIntervalDays', basis.effectiveOn);
      const interval = Math.min(est.payload.meetingIntervalDays ?? max, max);
      const dueOn = addDays(basis.effectiveOn, interval);
      const met = meetings[n - 1];
      if (!met && ctx.endedOn && ctx.endedOn <= dueOn) break;
      const text = met
        ? `Ambitions Board meeting ${n} was due by ${dueOn} and met on ${met.effectiveOn}: its timetable is every ${interval} days.`
        : `Ambitions Board meeting due by ${dueOn}: its timetable is every ${interval} days (at most ${max}); the last ${basis.type === 'ambitions-board.met' ? 'meeting was' : 'board was established'} on ${basis.effectiveOn}.`;
      obligations.push(obligation(ctx, this, { kind: 'ambitions-board-meeting', subject: `ambitions-board-${n}`, dueOn, metOn: met?.effectiveOn }, explain(ctx, this, { uses: [use], facts: [est, basis, met], text })));
      if (!met) break;
      basis = met;
    }
    return { obligations };
  },
};
