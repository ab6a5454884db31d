import { z } from 'zod';
import { IsoDate } from '../dates';

/** A place in a source document: "improvement-notice-2019, cl. 5b". */
export const Citation = z.object({
  document: z.string(),
  clause: z.string(),
  /** A short quotation or paraphrase of what the clause says. */
  text: z.string().optional(),
  /**
   * Whether the value is the law or an instrument's own words (`law`), or a documented default
   * where the record is silent (`practice`): what is usually done, not what anyone was told to do.
   */
  basis: z.enum(['law', 'practice']).optional(),
});
export type Citation = z.infer<typeof Citation>;

export const RulebookRef = z.object({ id: z.string(), version: z.string() });
export type RulebookRef = z.infer<typeof RulebookRef>;

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
