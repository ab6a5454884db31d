import { explain, flag, type Rule } from '../../../model';
import type { Flag } from '@cs/domain/core';
import { notice } from '../../../sources/documents';
import { isComplete, objectives } from '../objectives';

/*
 * Notice cl. 5a:
 *   "the content of the improvement plan and a record of progress against it must be kept up to date;"
 * Decides: at the latest board meeting, each objective not yet complete (blue) had a progress
 * update since the board before it (or since it entered the plan). Warning per stale objective.
 */
export const progressRecordCurrent: Rule = {
  id: 'progress-record-current',
  decides: 'which objectives lack a progress update since the previous board',
  clauses: [notice('cl. 5a', 'the content of the improvement plan and a record of progress against it must be kept up to date')],
  needs: [],
  evaluate(ctx) {
    const boards = ctx.of('board.met');
    const last = boards[boards.length - 1];
    if (!last || ctx.endedOn) return {};
    const previous = boards[boards.length - 2];
    const flags: Flag[] = [];
    for (const o of objectives(ctx).values()) {
      if (o.addedBy.effectiveOn > last.effectiveOn || isComplete(o)) continue;
      const fromPrevious = previous !== undefined && previous.effectiveOn >= o.addedBy.effectiveOn;
      const since = fromPrevious ? previous.effectiveOn : o.addedBy.effectiveOn;
      const fresh = o.progress.some((p) => (fromPrevious ? p.effectiveOn > since : p.effectiveOn >= since) && p.effectiveOn <= last.effectiveOn);
      if (fresh) continue;
      const lastUpdate = o.progress[o.progress.length - 1];
      const text = `Objective ${o.id} had no progress update between ${since} and the board of ${last.effectiveOn}: cl. 5a requires the record of progress to be kept up to date${lastUpdate ? ` (last update ${lastUpdate.effectiveOn})` : ' (never updated)'}.`;
      flags.push(flag(this, { kind: 'progress-not-current', subject: o.id, severity: 'warning' }, explain(ctx, this, { facts: [last, previous, lastUpdate], text })));
    }
    return { flags };
  },
};
