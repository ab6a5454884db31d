import { z } from 'zod/mini';
import { Actor, Command } from '@cs/domain/core';

/**
 * What a person asks an instrument to record: the command (type, effective date, payload), who asks
 * (the role travels with the command) and when the product learned it. The update id (the API's
 * Idempotency-Key) becomes the fact id, so a retried request has one effect.
 */
export const CommandInput = z.object({
  command: Command,
  actor: Actor,
  recordedAt: z.iso.datetime(),
});
export type CommandInput = z.infer<typeof CommandInput>;
