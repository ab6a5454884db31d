import { z } from 'zod';
import { IsoDate } from '../dates';

/**
 * A reminder or overdue notice waiting to be sent. `key` is (obligation, kind, due date), unique,
 * so a workflow replay or an activity retry never queues the same notice twice.
 */
export const Notification = z.object({
  id: z.string(),
  key: z.string(),
  workflowId: z.string(),
  kind: z.enum(['reminder', 'overdue']),
  obligationKey: z.string(),
  dueOn: IsoDate,
  message: z.string(),
  createdAt: z.date(),
  sentAt: z.date().nullable(),
  /** Delivery by email: tries so far, the next try (backoff), the last failure. */
  attempts: z.number().int(),
  nextAttemptAt: z.date().nullable(),
  lastAttemptAt: z.date().nullable(),
  lastError: z.string().nullable(),
});
export type Notification = z.infer<typeof Notification>;
