import { z } from 'zod/mini';
import { IsoDate } from '../dates';
import { Citation, RulebookRef } from './explanation';

/** One parameter value a rule read, the date it was read at, and where the value comes from. */
export const ParameterUse = z.object({
  name: z.string(),
  value: z.unknown(),
  readOn: IsoDate,
  citation: Citation,
  /** The rulebook (or amendment) that supplied the value in force on readOn. */
  source: RulebookRef,
});
export type ParameterUse = z.infer<typeof ParameterUse>;

/**
 * Why a result is what it is, in the manner of a decision log: which rule, which rulebook version,
 * which clauses, which parameter values and which facts, and one plain-English sentence.
 */
export const Explanation = z.object({
  ruleId: z.string(),
  rulebook: RulebookRef,
  clauses: z.array(Citation),
  parameters: z.array(ParameterUse),
  facts: z.array(z.string()),
  text: z.string(),
});
export type Explanation = z.infer<typeof Explanation>;

/** Something that must be done by a date: a board meeting, a review, a self-assessment, a report. */
export const Obligation = z.object({
  /** Stable across evaluations while the duty is the same: rule, subject and due date. */
  key: z.string(),
  ruleId: z.string(),
  kind: z.string(),
  subject: z.optional(z.string()),
  dueOn: IsoDate,
  status: z.enum(['met', 'due', 'overdue']),
  metOn: z.optional(IsoDate),
  explanation: Explanation,
});
export type Obligation = z.infer<typeof Obligation>;

/** Something wrong now: a slow objective, a missing adviser, a chair who is not independent. */
export const Flag = z.object({
  key: z.string(),
  ruleId: z.string(),
  kind: z.string(),
  subject: z.optional(z.string()),
  severity: z.enum(['info', 'warning', 'breach']),
  explanation: Explanation,
});
export type Flag = z.infer<typeof Flag>;

/** A decision that is a person's to take; the rules only say whether it is open and why. */
export const DecisionKind = z.enum(['lift', 'continue', 'extend', 'escalate', 'revise', 'step-down', 'revoke', 'close']);
export type DecisionKind = z.infer<typeof DecisionKind>;

export const OpenDecision = z.object({
  decision: DecisionKind,
  open: z.boolean(),
  explanation: Explanation,
});
export type OpenDecision = z.infer<typeof OpenDecision>;

export const EvaluationResult = z.object({
  asOf: IsoDate,
  rulebooks: z.array(RulebookRef),
  obligations: z.array(Obligation),
  flags: z.array(Flag),
  decisions: z.array(OpenDecision),
});
export type EvaluationResult = z.infer<typeof EvaluationResult>;
