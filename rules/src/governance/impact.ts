import type { EvaluationResult, Obligation } from '@cs/domain/core';
import type { DecisionChange, DueDateChange, FlagChange, ImpactDiff } from '@cs/domain';

/** A duty is the same duty while its rule and subject are: its due date is what may move. */
const dutyOf = (o: Obligation) => `${o.ruleId}:${o.subject ?? ''}`;

/**
 * What changes between an instrument's evaluation under the rules in force and under a draft, as
 * of the same date: each due date moved (from -> to), a duty appearing (from null) or clearing
 * (to null), each flag appearing or clearing, each decision opening or closing. Pure.
 */
export function diffEvaluations(inForce: EvaluationResult, draft: EvaluationResult): ImpactDiff {
  const before = new Map(inForce.obligations.map((o) => [dutyOf(o), o]));
  const after = new Map(draft.obligations.map((o) => [dutyOf(o), o]));
  const dueDates: DueDateChange[] = [];
  for (const [duty, o] of before) {
    const a = after.get(duty);
    if (!a) dueDates.push({ ruleId: o.ruleId, kind: o.kind, subject: o.subject, from: o.dueOn, to: null });
    else if (a.dueOn !== o.dueOn) dueDates.push({ ruleId: o.ruleId, kind: o.kind, subject: o.subject, from: o.dueOn, to: a.dueOn });
  }
  for (const [duty, a] of after) if (!before.has(duty)) dueDates.push({ ruleId: a.ruleId, kind: a.kind, subject: a.subject, from: null, to: a.dueOn });
  dueDates.sort((x, y) => ((x.from ?? x.to)! < (y.from ?? y.to)! ? -1 : (x.from ?? x.to)! > (y.from ?? y.to)! ? 1 : 0));

  const flagsBefore = new Map(inForce.flags.map((f) => [f.key, f]));
  const flagsAfter = new Map(draft.flags.map((f) => [f.key, f]));
  const flags: FlagChange[] = [
    ...[...flagsAfter.values()].filter((f) => !flagsBefore.has(f.key)).map((f) => ({ key: f.key, ruleId: f.ruleId, kind: f.kind, severity: f.severity, change: 'appears' as const })),
    ...[...flagsBefore.values()].filter((f) => !flagsAfter.has(f.key)).map((f) => ({ key: f.key, ruleId: f.ruleId, kind: f.kind, severity: f.severity, change: 'clears' as const })),
  ];

  const openIn = (r: EvaluationResult) => new Set(r.decisions.filter((d) => d.open).map((d) => d.decision));
  const [openBefore, openAfter] = [openIn(inForce), openIn(draft)];
  const decisions: DecisionChange[] = [
    ...[...openAfter].filter((d) => !openBefore.has(d)).map((decision) => ({ decision, change: 'opens' as const })),
    ...[...openBefore].filter((d) => !openAfter.has(d)).map((decision) => ({ decision, change: 'closes' as const })),
  ];
  return { dueDates, flags, decisions };
}

/** Whether a diff changes anything at all. */
export const changesAnything = (d: ImpactDiff) => d.dueDates.length + d.flags.length + d.decisions.length > 0;
