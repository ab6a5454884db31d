import { evaluate, RulesInputError } from '@cs/rules';
import { chronological, factsUpTo, type EvaluationResult, type Fact, type InstrumentKind, type IsoDate } from '@cs/domain/core';

export type RulesAnswer = { result: EvaluationResult; error?: undefined } | { result?: undefined; error: string };

/**
 * Ask the rules about the facts known to have happened by asOf. The rules are pure, so a replay
 * re-derives the same answer. Bad input comes back as an error message, never a thrown exception.
 */
export function askRules(kind: InstrumentKind, facts: readonly Fact[], asOf: IsoDate): RulesAnswer {
  try {
    return { result: evaluate({ kind, facts: chronological(factsUpTo(facts, asOf)), asOf }) };
  } catch (err) {
    if (err instanceof RulesInputError) return { error: err.issues.map((i) => `${i.path}: ${i.message}`).join('; ') };
    return { error: `the rules could not evaluate: ${(err as Error)?.message ?? String(err)}` };
  }
}
