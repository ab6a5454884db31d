/**
 * A `notification_outbox` row as raw SQL returns it (snake_case columns): the worker's mailer reads
 * it to send, the API's notifications page to show what was sent and what is failing.
 */
export interface OutboxRow {
  id: string;
  key: string;
  workflow_id: string;
  kind: 'reminder' | 'overdue';
  obligation_key: string;
  due_on: string;
  message: string;
  attempts: number;
}
