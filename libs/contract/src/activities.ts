// Types only: the record schemas stay out of the workflow bundle.
import type { Notification, RegisterEntry } from '@cs/domain';

/** A register row as the workflow computes it; the activity stamps updatedAt. */
export type RegisterProjection = Omit<RegisterEntry, 'updatedAt'>;

/** A reminder before a due date, or an overdue mark after it: one row of the notification outbox. */
export type NotificationRequest = Pick<Notification, 'key' | 'workflowId' | 'kind' | 'obligationKey' | 'dueOn' | 'message'>;

/** Worker configuration a lifecycle reads once per run (recorded in history, so replays agree). */
export interface LifecycleSettings {
  reminderLeadDays: number;
}

/**
 * Every activity the worker offers, by the name workflows call it: the worker implements this
 * (apps/worker/src/activities), workflows proxy it. Each is idempotent under retries and replays.
 */
export interface Activities {
  recordEngineCheck(id: string, requestedAt: string): Promise<void>;
  /** Upserts the row unless the register already holds this version or a later one. */
  projectRegister(row: RegisterProjection): Promise<{ written: boolean }>;
  /** Queues each notification once: the key is unique. */
  queueNotifications(requests: NotificationRequest[]): Promise<{ queued: number }>;
  lifecycleSettings(): Promise<LifecycleSettings>;
}
