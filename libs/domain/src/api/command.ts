import { z } from 'zod';
import { Command } from '../commands';
import { Fact } from '../facts';
import { IsoDate } from '../dates';
import { Phase } from '../instrument';

/** The body of a command request: a Command (type, effectiveOn, payload); the actor is the caller. */
export const CommandBody = Command;
export type CommandBody = Command;

/** The Idempotency-Key header: becomes the update id and the fact id, so a retry has one effect. */
export const IdempotencyKey = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'must be 1-128 letters, digits, . _ : - (e.g. a UUID)');

export const CommandHeaders = z.object({ 'idempotency-key': IdempotencyKey.optional() });

/** What an accepted command returns: the fact as stored and the state just after. */
export const CommandAcceptedBody = z.object({
  fact: Fact,
  /** True when this Idempotency-Key had already been recorded: nothing new happened. */
  duplicate: z.boolean(),
  summary: z.object({
    asOf: IsoDate,
    phase: Phase,
    nextDueOn: IsoDate.optional(),
    overdue: z.number().int(),
    flags: z.number().int(),
    openDecisions: z.array(z.string()),
    links: z.object({ from: z.string().optional(), to: z.string().optional() }),
  }),
});
