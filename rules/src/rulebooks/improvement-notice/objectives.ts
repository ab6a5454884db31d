import type { FactOf, IsoDate } from '@cs/domain/core';
import type { RuleContext } from '../../model';

export interface ObjectiveState {
  id: string;
  title: string;
  covers: string[];
  targetOn?: IsoDate;
  addedBy: FactOf<'plan.agreed'> | FactOf<'objective.added'>;
  progress: FactOf<'objective.progress-recorded'>[];
}

/** The plan's objectives (plan.agreed, then objective.added) with their progress history. */
export function objectives(ctx: RuleContext): Map<string, ObjectiveState> {
  const map = new Map<string, ObjectiveState>();
  for (const plan of ctx.of('plan.agreed'))
    for (const o of plan.payload.objectives)
      map.set(o.id, { id: o.id, title: o.title, covers: o.covers, targetOn: o.targetOn, addedBy: plan, progress: map.get(o.id)?.progress ?? [] });
  for (const f of ctx.of('objective.added'))
    map.set(f.payload.id, { id: f.payload.id, title: f.payload.title, covers: f.payload.covers, targetOn: f.payload.targetOn, addedBy: f, progress: map.get(f.payload.id)?.progress ?? [] });
  for (const p of ctx.of('objective.progress-recorded')) map.get(p.payload.objectiveId)?.progress.push(p);
  return map;
}

export function latestRating(o: ObjectiveState) {
  return o.progress[o.progress.length - 1];
}

export function isComplete(o: ObjectiveState): boolean {
  return latestRating(o)?.payload.delivery === 'blue';
}
