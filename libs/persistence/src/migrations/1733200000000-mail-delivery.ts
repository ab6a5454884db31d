import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders delivered by email: users have an address; each outbox row counts its attempts, when
 * to try next (backoff) and the last failure; each person a notice went to is a delivery row, so a
 * retry after a partial failure sends only to those it did not reach.
 */
export class MailDelivery1733200000000 implements MigrationInterface {
  name = 'MailDelivery1733200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN email text`);
    await q.query(`ALTER TABLE notification_outbox ADD COLUMN attempts int NOT NULL DEFAULT 0,
      ADD COLUMN next_attempt_at timestamptz, ADD COLUMN last_attempt_at timestamptz, ADD COLUMN last_error text`);
    await q.query(`CREATE INDEX notification_outbox_unsent ON notification_outbox (next_attempt_at NULLS FIRST, id) WHERE sent_at IS NULL`);
    await q.query(`CREATE INDEX notification_outbox_workflow ON notification_outbox (workflow_id, id)`);
    await q.query(`CREATE TABLE notification_delivery (
      notification_id bigint NOT NULL REFERENCES notification_outbox(id), user_id text NOT NULL REFERENCES app_user(id),
      email text NOT NULL, message_id text NOT NULL, sent_at timestamptz NOT NULL, PRIMARY KEY (notification_id, user_id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notification_delivery`);
    await q.query(`DROP INDEX IF EXISTS notification_outbox_workflow`);
    await q.query(`DROP INDEX IF EXISTS notification_outbox_unsent`);
    await q.query(`ALTER TABLE notification_outbox DROP COLUMN attempts, DROP COLUMN next_attempt_at, DROP COLUMN last_attempt_at, DROP COLUMN last_error`);
    await q.query(`ALTER TABLE app_user DROP COLUMN email`);
  }
}
