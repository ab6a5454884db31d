import type { EvaluationResult, IsoDate } from '@cs/domain/core';
import type { ImpactDiff, ImpactTotals, RuleChange } from '@cs/domain';
import { checkOnce } from '../checked-facts';
import { evaluate, RulesInputError } from '../evaluate';
import { draftFacts, type InstrumentFacts } from './change-commands';
import { diffEvaluations } from './impact';

export interface InstrumentPreview extends ImpactDiff {
  rulebooks: { inForce: string[]; draft: string[] };
  error?: string;
}

const names = (r: EvaluationResult) => r.rulebooks.map((b) => `${b.id}@${b.version}`);

/**
 * One instrument under the rules in force and under a draft, as of a date, side by side: the draft
 * adds the facts its rollout would record (and, for a window with an end, the end). An
 * instrument the rules cannot read under the draft (a conflicting amendment, say) says why.
 */
export function previewInstrument(change: RuleChange, instrument: InstrumentFacts, asOf: IsoDate): InstrumentPreview {
  const input = { kind: instrument.kind, asOf, pins: instrument.pins ? [...instrument.pins] : undefined };
  // Each fact checked once for both evaluations (checking every fact is most of an evaluation's cost).
  const facts = instrument.facts.map(checkOnce);
  const inForce = evaluate({ ...input, facts });
  const added = draftFacts(change, instrument).map(checkOnce);
  const empty = { dueDates: [], flags: [], decisions: [] };
  if (!added.length) return { ...empty, rulebooks: { inForce: names(inForce), draft: names(inForce) } };
  try {
    const draft = evaluate({ ...input, facts: [...facts, ...added] });
    return { ...diffEvaluations(inForce, draft), rulebooks: { inForce: names(inForce), draft: names(draft) } };
  } catch (e) {
    if (!(e instanceof RulesInputError)) throw e;
    return { ...empty, rulebooks: { inForce: names(inForce), draft: [] }, error: e.issues.map((i) => i.message).join('; ') };
  }
}

/** Totals over every instrument previewed. */
export function impactTotals(previews: readonly InstrumentPreview[]): ImpactTotals {
  const count = <T>(list: T[], ok: (x: T) => boolean) => list.filter(ok).length;
  const t: ImpactTotals = {
    instruments: previews.length,
    affected: 0,
    errors: 0,
    dueDatesMoved: 0,
    dueDatesAppearing: 0,
    dueDatesClearing: 0,
    flagsAppearing: 0,
    flagsClearing: 0,
    decisionsOpening: 0,
    decisionsClosing: 0,
  };
  for (const p of previews) {
    if (p.error) t.errors++;
    if (p.dueDates.length + p.flags.length + p.decisions.length > 0) t.affected++;
    t.dueDatesMoved += count(p.dueDates, (d) => d.from !== null && d.to !== null);
    t.dueDatesAppearing += count(p.dueDates, (d) => d.from === null);
    t.dueDatesClearing += count(p.dueDates, (d) => d.to === null);
    t.flagsAppearing += count(p.flags, (f) => f.change === 'appears');
    t.flagsClearing += count(p.flags, (f) => f.change === 'clears');
    t.decisionsOpening += count(p.decisions, (d) => d.change === 'opens');
    t.decisionsClosing += count(p.decisions, (d) => d.change === 'closes');
  }
  return t;
}
