import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DeliveryStatus, NotificationsPage, NotificationView } from '@cs/domain';
import type { OutboxRow } from '@cs/persistence';

interface Row extends OutboxRow {
  created_at: Date;
  sent_at: Date | null;
  last_attempt_at: Date | null;
  next_attempt_at: Date | null;
  last_error: string | null;
  delivered: { email: string; sentAt: string }[];
  total: string;
}

const STATUS: Record<DeliveryStatus, string> = {
  sent: 'o.sent_at IS NOT NULL',
  failing: 'o.sent_at IS NULL AND o.attempts > 0',
  pending: 'o.sent_at IS NULL AND o.attempts = 0',
};

/** The notification outbox as people see it: what was sent to whom, and what is failing and why. */
@Injectable()
export class NotificationsService {
  constructor(private readonly db: DataSource) {}

  async page(filter: { workflowId?: string; status?: DeliveryStatus }, page: number, pageSize: number): Promise<NotificationsPage> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.workflowId) where.push(`o.workflow_id = $${params.push(filter.workflowId)}`);
    if (filter.status) where.push(STATUS[filter.status]);
    const rows: Row[] = await this.db.query(
      `SELECT o.id, o.key, o.workflow_id, o.kind, o.obligation_key, o.due_on::text AS due_on, o.message, o.created_at, o.sent_at,
              o.attempts, o.last_attempt_at, o.next_attempt_at, o.last_error, count(*) OVER () AS total,
              COALESCE((SELECT json_agg(json_build_object('email', d.email, 'sentAt', d.sent_at) ORDER BY d.sent_at, d.email)
                          FROM notification_delivery d WHERE d.notification_id = o.id), '[]') AS delivered
         FROM notification_outbox o ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY o.id DESC LIMIT $${params.push(pageSize)} OFFSET $${params.push((page - 1) * pageSize)}`,
      params,
    );
    return { items: rows.map(view), total: Number(rows[0]?.total ?? 0), page, pageSize };
  }
}

function view(r: Row): NotificationView {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    key: r.key,
    workflowId: r.workflow_id,
    kind: r.kind,
    obligationKey: r.obligation_key,
    dueOn: r.due_on,
    message: r.message,
    createdAt: iso(r.created_at)!,
    status: r.sent_at ? 'sent' : r.attempts > 0 ? 'failing' : 'pending',
    attempts: r.attempts,
    lastAttemptAt: iso(r.last_attempt_at),
    nextAttemptAt: r.sent_at ? null : iso(r.next_attempt_at),
    lastError: r.last_error,
    sentAt: iso(r.sent_at),
    deliveredTo: r.delivered.map((d) => ({ email: d.email, sentAt: new Date(d.sentAt).toISOString() })),
  };
}
