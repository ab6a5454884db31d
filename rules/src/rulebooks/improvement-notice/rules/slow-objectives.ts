import { explain, flag, type Rule, type RuleContext } from '../../../model';
import type { Flag } from '@cs/domain/core';
import { notice } from '../../../sources/documents';
import { isComplete, objectives, type ObjectiveState } from '../objectives';

/*
 * Notice cl. 5d:
 *   "the council should highlight those objectives which are slow to progress and highlight where
 *    contributions need to be strengthened;"
 * Decides: an objective is slow when its latest delivery rating is red, when its last
 * objective.slowAfterAmberUpdates ratings were all amber or red, or when its target date has
 * passed and it is not complete. Warning while highlighted (or no board has met since it became
 * slow); breach when a board met since without highlighting it.
 */
export const slowObjectives: Rule = {
  id: 'slow-objectives',
  decides: 'which objectives are slow to progress and whether the board highlighted them',
  clauses: [notice('cl. 5d', 'the council should highlight those objectives which are slow to progress')],
  needs: ['objective.slowAfterAmberUpdates'],
  evaluate(ctx) {
    if (ctx.endedOn) return {};
    const [n, use] = ctx.num('objective.slowAfterAmberUpdates', ctx.asOf);
    const boards = ctx.of('board.met');
    const flags: Flag[] = [];
    for (const o of objectives(ctx).values()) {
      const slow = slowness(ctx, o, n);
      if (!slow) continue;
      const since = boards.filter((b) => b.effectiveOn > slow.since);
      const lastBoard = since[since.length - 1];
      const highlighted = lastBoard?.payload.slowObjectivesHighlighted.includes(o.id);
      const severity = lastBoard && !highlighted ? 'breach' : 'warning';
      const tail = !lastBoard ? 'it must be highlighted at the next board' : highlighted ? `the board of ${lastBoard.effectiveOn} highlighted it` : `the board of ${lastBoard.effectiveOn} did not highlight it`;
      const text = `Objective ${o.id} ("${o.title}") is slow to progress: ${slow.reason}; cl. 5d requires slow objectives to be highlighted, and ${tail}.`;
      flags.push(flag(this, { kind: 'slow-objective', subject: o.id, severity }, explain(ctx, this, { uses: [use], facts: [...slow.facts, lastBoard], text })));
    }
    return { flags };
  },
};

function slowness(ctx: RuleContext, o: ObjectiveState, n: number) {
  if (isComplete(o)) return undefined;
  const latest = o.progress[o.progress.length - 1];
  if (latest?.payload.delivery === 'red') return { reason: `its latest delivery rating (${latest.effectiveOn}) is red`, since: latest.effectiveOn, facts: [latest] };
  const tailN = o.progress.slice(-n);
  if (n > 0 && tailN.length === n && tailN.every((p) => p.payload.delivery === 'amber' || p.payload.delivery === 'red'))
    return { reason: `its last ${n} delivery ratings (from ${tailN[0].effectiveOn}) were amber or red`, since: latest.effectiveOn, facts: tailN };
  if (o.targetOn && o.targetOn < ctx.asOf) return { reason: `its target date ${o.targetOn} has passed and it is not complete`, since: o.targetOn, facts: [o.addedBy] };
  return undefined;
}
