import { z } from 'zod';
import { IsoDate } from '../dates';
import { Role } from '../roles';

/** One line of the append-only audit log: every command, accepted or rejected, and why. */
export const AuditEntry = z.object({
  id: z.string(),
  workflowId: z.string(),
  commandType: z.string(),
  actorId: z.string(),
  actorRole: Role,
  actorCouncil: z.string().nullable(),
  effectiveOn: z.nullable(IsoDate),
  recordedAt: z.date(),
  outcome: z.enum(['accepted', 'rejected']),
  reason: z.string().nullable(),
  idempotencyKey: z.string().nullable(),
  payload: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
