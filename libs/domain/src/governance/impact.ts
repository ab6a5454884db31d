import { z } from 'zod';
import { IsoDate } from '../dates';
import { DecisionKind } from '../evaluation/result';

/** One duty whose due date the draft moves, appears (from absent) or clears (to absent). */
export const DueDateChange = z.object({
  ruleId: z.string(),
  kind: z.string(),
  subject: z.string().optional(),
  from: z.nullable(IsoDate),
  to: z.nullable(IsoDate),
});
export type DueDateChange = z.infer<typeof DueDateChange>;

export const FlagChange = z.object({
  key: z.string(),
  ruleId: z.string(),
  kind: z.string(),
  severity: z.enum(['info', 'warning', 'breach']),
  change: z.enum(['appears', 'clears']),
});
export type FlagChange = z.infer<typeof FlagChange>;

export const DecisionChange = z.object({ decision: DecisionKind, change: z.enum(['opens', 'closes']) });
export type DecisionChange = z.infer<typeof DecisionChange>;

/** What a draft changes for one instrument as of a date: the pure diff of two evaluations. */
export const ImpactDiff = z.object({
  dueDates: z.array(DueDateChange),
  flags: z.array(FlagChange),
  decisions: z.array(DecisionChange),
});
export type ImpactDiff = z.infer<typeof ImpactDiff>;

export const InstrumentImpact = ImpactDiff.extend({
  workflowId: z.string(),
  kind: z.string(),
  councilSlug: z.string(),
  /** The rulebooks in force and under the draft. */
  rulebooks: z.object({ inForce: z.array(z.string()), draft: z.array(z.string()) }),
  /** Why the rules could not evaluate it under the draft (e.g. a conflicting amendment), if so. */
  error: z.string().optional(),
});
export type InstrumentImpact = z.infer<typeof InstrumentImpact>;

export const ImpactTotals = z.object({
  instruments: z.number().int(),
  affected: z.number().int(),
  errors: z.number().int(),
  dueDatesMoved: z.number().int(),
  dueDatesAppearing: z.number().int(),
  dueDatesClearing: z.number().int(),
  flagsAppearing: z.number().int(),
  flagsClearing: z.number().int(),
  decisionsOpening: z.number().int(),
  decisionsClosing: z.number().int(),
});
export type ImpactTotals = z.infer<typeof ImpactTotals>;

export const ImpactPreview = z.object({
  draftId: z.string(),
  asOf: IsoDate,
  totals: ImpactTotals,
  instruments: z.array(InstrumentImpact),
});
export type ImpactPreview = z.infer<typeof ImpactPreview>;
