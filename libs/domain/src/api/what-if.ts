import { z } from 'zod';
import { IsoDate } from '../dates';
import { Fact } from '../facts';
import { InstrumentKind } from '../instrument';
import { Citation } from '../evaluation';

export const RulebookId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a rulebook id such as improvement-notice')
  .max(100);
const RulebookIds = z.array(RulebookId).min(1).max(10);

/** Evaluate an instrument's own facts (plus any hypothetical ones) under chosen rulebooks on a date. */
export const WhatIfBody = z
  .object({
    asOf: IsoDate,
    rulebookIds: RulebookIds.optional(),
    /** Facts to add for the what-if only; never recorded. */
    extraFacts: z.array(Fact).max(1000).default([]),
  })
  .strict();
export type WhatIfBody = z.infer<typeof WhatIfBody>;

/** Evaluate facts given in full (no instrument needed). */
export const EvaluateBody = z
  .object({
    kind: InstrumentKind,
    facts: z.array(Fact).min(1).max(100000),
    asOf: IsoDate,
    rulebookIds: RulebookIds.optional(),
  })
  .strict();
export type EvaluateBody = z.infer<typeof EvaluateBody>;

export const RulebookSummary = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  kind: z.string(),
  sources: z.array(z.unknown()),
});

const DatedValue = z.object({ from: IsoDate, value: z.unknown(), citation: Citation });

/**
 * One rulebook or amendment as GET /rulebooks/{id} shows it: parameters with their dated, cited
 * values (an amendment's overrides likewise), and its rules with the clauses they implement.
 */
export const RulebookDetail = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  kind: z.string(),
  effectiveFrom: z.optional(IsoDate),
  sources: z.array(Citation),
  parameters: z.record(z.string(), z.object({ description: z.string(), unit: z.string().optional(), values: z.array(DatedValue) })).optional(),
  overrides: z.record(z.string(), z.object({ value: z.unknown(), citation: Citation })).optional(),
  rules: z.array(z.object({ id: z.string(), decides: z.string(), clauses: z.array(Citation), parameters: z.array(z.string()) })),
});
export type RulebookDetail = z.infer<typeof RulebookDetail>;
