import { evaluate, RulesInputError } from '@cs/rules';
import { chronological, factsUpTo, type EvaluationResult, type Fact, type InstrumentKind, type IsoDate, type RulebookRef } from '@cs/domain/core';

export type RulesAnswer = { result: EvaluationResult; error?: undefined } | { result?: undefined; error: string };

/**
 * Ask the rules about the facts known to have happened by asOf. The rules are pure, so a replay
 * re-derives the same answer. `pins` are the rulebook versions the instrument pinned when it began. Bad input comes back as an error message, never a thrown exception.
 */
export function askRules(kind: InstrumentKind, facts: readonly Fact[], asOf: IsoDate, pins?: RulebookRef[]): RulesAnswer {
  try {
    return { result: evaluate({ kind, facts: chronological(factsUpTo(facts, asOf)), asOf, pins }) };
  } catch (err) {
    if (err instanceof RulesInputError) return { error: err.issues.map((i) => `${i.path}: ${i.message}`).join('; ') };
    return { error: `the rules could not evaluate: ${(err as Error)?.message ?? String(err)}` };
  }
}
