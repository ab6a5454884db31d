import type { Citation, Flag, Obligation, OpenDecision } from '@cs/domain/core';
import type { RuleContext } from './context';

/** What one rule returns; every item carries its own explanation. */
export interface RuleOutput {
  obligations?: Obligation[];
  flags?: Flag[];
  decisions?: OpenDecision[];
}

/**
 * One rule, one decision: named after what it decides, citing the clause(s) it implements, and
 * listing the parameters it reads (so loading can refuse a rulebook with a gap).
 */
export interface Rule {
  id: string;
  decides: string;
  clauses: Citation[];
  needs: string[];
  evaluate(ctx: RuleContext): RuleOutput;
}
