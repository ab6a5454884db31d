import type { DecisionKind, EvaluationResult } from '@cs/domain/core';

/**
 * A person's decision stands unless the rules say it is not open now. When the rules say nothing
 * about a decision (no rulebook covers it yet), the decision is the person's alone. The rules
 * advise; people decide: a decision given with an override reason is recorded even when the rules
 * did not open it, and the rules flag it with the rule it departs from (overridden-decisions).
 */
export function refuseClosedDecision(decision: DecisionKind, rules: EvaluationResult | undefined, override?: { reason: string }): string | undefined {
  if (override) return undefined;
  const listed = rules?.decisions.find((d) => d.decision === decision);
  if (listed && !listed.open) return `decision '${decision}' is not open: ${listed.explanation.text} (if the record shows it was taken, give override.reason)`;
  return undefined;
}
