import { z } from 'zod';
import { pagingFields } from './paging';

/** Where a reminder is: waiting for its first send, failed and waiting to retry, or sent to everyone. */
export const DeliveryStatus = z.enum(['pending', 'failing', 'sent']);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

export const NotificationsQuery = z.object({ status: DeliveryStatus.optional(), ...pagingFields }).strict();
export type NotificationsQuery = z.infer<typeof NotificationsQuery>;

/** One reminder or overdue notice of the outbox with how its delivery by email stands. */
export const NotificationView = z.object({
  key: z.string(),
  workflowId: z.string(),
  kind: z.enum(['reminder', 'overdue']),
  obligationKey: z.string(),
  dueOn: z.string(),
  message: z.string(),
  createdAt: z.string(),
  status: DeliveryStatus,
  attempts: z.number().int(),
  lastAttemptAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
  deliveredTo: z.array(z.object({ email: z.string(), sentAt: z.string() })),
});
export type NotificationView = z.infer<typeof NotificationView>;

export const NotificationsPage = z.object({
  items: z.array(NotificationView),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type NotificationsPage = z.infer<typeof NotificationsPage>;
