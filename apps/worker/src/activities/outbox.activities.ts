import type { DataSource } from 'typeorm';
import type { NotificationRequest } from '@cs/contract';

/**
 * Queues reminders and overdue marks in the notification outbox. The key is unique, so a retry, a
 * replay or a new run queues each notice at most once (ON CONFLICT DO NOTHING).
 */
export function outboxActivities(db: DataSource) {
  return {
    async queueNotifications(requests: NotificationRequest[]): Promise<{ queued: number }> {
      let queued = 0;
      for (const r of requests) {
        const rows: unknown[] = await db.query(
          `INSERT INTO notification_outbox (key, workflow_id, kind, obligation_key, due_on, message, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (key) DO NOTHING RETURNING id`,
          [r.key, r.workflowId, r.kind, r.obligationKey, r.dueOn, r.message],
        );
        queued += rows.length;
      }
      return { queued };
    },
  };
}
