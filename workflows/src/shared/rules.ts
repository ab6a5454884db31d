import { evaluateIncrementally, RulesInputError, type RulesMemo } from '@cs/rules';
import { factsUpTo, type EvaluationResult, type Fact, type InstrumentKind, type IsoDate, type RulebookRef } from '@cs/domain/core';

export type RulesAnswer = { result: EvaluationResult; error?: undefined } | { result?: undefined; error: string };

/**
 * Ask the rules about the facts known to have happened by asOf. The rules are pure, so a replay
 * re-derives the same answer. `pins` are the rulebook versions the instrument pinned when it began.
 * Bad input comes back as an error message, never a thrown exception. `memo` is what earlier
 * answers found rule by rule: only the rules whose reads changed run again (the answer is the same
 * without it); the memo to keep comes back with the answer.
 */
export function askRules(kind: InstrumentKind, facts: readonly Fact[], asOf: IsoDate, pins?: RulebookRef[], memo?: RulesMemo): RulesAnswer & { memo?: RulesMemo } {
  try {
    // factsUpTo keeps the log's order: the rules put the facts in date order themselves.
    const out = evaluateIncrementally({ kind, facts: factsUpTo(facts, asOf), asOf, pins }, memo);
    return { result: out.result, memo: out.memo };
  } catch (err) {
    if (err instanceof RulesInputError) return { error: err.issues.map((i) => `${i.path}: ${i.message}`).join('; ') };
    return { error: `the rules could not evaluate: ${(err as Error)?.message ?? String(err)}` };
  }
}
