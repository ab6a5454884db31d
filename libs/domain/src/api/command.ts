import { z } from 'zod';
import { Command } from '../commands';

/** The body of a command request: a Command (type, effectiveOn, payload); the actor is the caller. */
export const CommandBody = Command;
export type CommandBody = Command;

/** The Idempotency-Key header: becomes the update id and the fact id, so a retry has one effect. */
export const IdempotencyKey = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'must be 1-128 letters, digits, . _ : - (e.g. a UUID)');

export const CommandHeaders = z.object({ 'idempotency-key': IdempotencyKey.optional() });
