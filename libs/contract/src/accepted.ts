import { z } from 'zod';
import { Fact, IsoDate, Phase, type Fact as FactType } from '@cs/domain/core';
import { Links } from './view';

/** Where the instrument stands just after a command: small, since every update result is kept in history. */
export const StateSummary = z.object({
  asOf: IsoDate,
  phase: Phase,
  nextDueOn: z.optional(IsoDate),
  overdue: z.number().int(),
  flags: z.number().int(),
  openDecisions: z.array(z.string()),
  links: Links,
});
export type StateSummary = z.infer<typeof StateSummary>;

/** What an accepted command returns: the fact as stored and a summary of the state just after. */
export const CommandAccepted = z.object({
  fact: Fact,
  /** True when this update id (Idempotency-Key) had already been recorded: nothing new happened. */
  duplicate: z.boolean(),
  summary: StateSummary,
});
// The fact typed by its type name (the schema's inferred union is looser).
export type CommandAccepted = Omit<z.infer<typeof CommandAccepted>, 'fact'> & { fact: FactType };
