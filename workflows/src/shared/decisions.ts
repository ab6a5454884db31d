import type { DecisionKind, EvaluationResult } from '@cs/domain/core';

/**
 * A person's decision stands unless the rules say it is not open now. When the rules say nothing
 * about a decision (no rulebook covers it yet), the decision is the person's alone.
 */
export function refuseClosedDecision(decision: DecisionKind, rules: EvaluationResult | undefined): string | undefined {
  const listed = rules?.decisions.find((d) => d.decision === decision);
  if (listed && !listed.open) return `decision '${decision}' is not open: ${listed.explanation.text}`;
  return undefined;
}
