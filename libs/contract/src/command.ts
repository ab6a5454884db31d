import { z } from 'zod';
import { Actor, Command, Fact, IsoDate, Phase, type Fact as FactType } from '@cs/domain/core';
import { Links } from './view';

/**
 * What a person asks an instrument to record: the command (type, effective date, payload), who asks
 * (the role travels with the command) and when the product learned it. The update id (the API's
 * Idempotency-Key) becomes the fact id, so a retried request has one effect.
 */
export const CommandInput = z.object({
  command: Command,
  actor: Actor,
  recordedAt: z.string().datetime(),
});
export type CommandInput = z.infer<typeof CommandInput>;

/** Where the instrument stands just after a command: small, since every update result is kept in history. */
export const StateSummary = z.object({
  asOf: IsoDate,
  phase: Phase,
  nextDueOn: IsoDate.optional(),
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
