import { EntitySchema } from 'typeorm';
import type { Notification } from '@cs/domain';

export const NotificationEntity = new EntitySchema<Notification>({
  name: 'Notification',
  tableName: 'notification_outbox',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    key: { type: 'text', unique: true },
    workflowId: { type: 'text', name: 'workflow_id' },
    kind: { type: 'text' },
    obligationKey: { type: 'text', name: 'obligation_key' },
    dueOn: { type: 'date', name: 'due_on' },
    message: { type: 'text' },
    createdAt: { type: 'timestamptz', name: 'created_at' },
    sentAt: { type: 'timestamptz', name: 'sent_at', nullable: true },
    attempts: { type: 'int', default: 0 },
    nextAttemptAt: { type: 'timestamptz', name: 'next_attempt_at', nullable: true },
    lastAttemptAt: { type: 'timestamptz', name: 'last_attempt_at', nullable: true },
    lastError: { type: 'text', name: 'last_error', nullable: true },
  },
});
