import { MigrationInterface, QueryRunner } from 'typeorm';

/** The first schema: register, audit log (append-only), notification outbox, users and tokens. */
export class Initial1732350000000 implements MigrationInterface {
  name = 'Initial1732350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE instrument_register (
      workflow_id text PRIMARY KEY, kind text NOT NULL, council_slug text NOT NULL, council_name text NOT NULL,
      phase text NOT NULL, started_on date NOT NULL, next_due_on date, overdue_count int NOT NULL DEFAULT 0,
      flag_count int NOT NULL DEFAULT 0, linked_from text, linked_to text, version int NOT NULL,
      updated_at timestamptz NOT NULL)`);
    await q.query(`CREATE INDEX instrument_register_council ON instrument_register (council_slug)`);
    await q.query(`CREATE INDEX instrument_register_next_due ON instrument_register (next_due_on)`);
    await q.query(`CREATE TABLE audit_log (
      id bigserial PRIMARY KEY, workflow_id text NOT NULL, command_type text NOT NULL, actor_id text NOT NULL,
      actor_role text NOT NULL, actor_council text, effective_on date, recorded_at timestamptz NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('accepted', 'rejected')), reason text, idempotency_key text,
      payload jsonb NOT NULL)`);
    await q.query(`CREATE INDEX audit_log_workflow ON audit_log (workflow_id, id)`);
    // Append-only by construction: the database itself refuses to change or delete an audit line.
    await q.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`);
    await q.query(`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`CREATE TABLE notification_outbox (
      id bigserial PRIMARY KEY, key text NOT NULL UNIQUE, workflow_id text NOT NULL, kind text NOT NULL,
      obligation_key text NOT NULL, due_on date NOT NULL, message text NOT NULL,
      created_at timestamptz NOT NULL, sent_at timestamptz)`);
    await q.query(`CREATE TABLE app_user (
      id text PRIMARY KEY, name text NOT NULL, role text NOT NULL, council text, created_at timestamptz NOT NULL)`);
    await q.query(`CREATE TABLE api_token (
      id text PRIMARY KEY, user_id text NOT NULL REFERENCES app_user(id), token_hash text NOT NULL UNIQUE,
      label text NOT NULL, created_at timestamptz NOT NULL, revoked_at timestamptz)`);
    await q.query(`CREATE TABLE engine_check (
      id text PRIMARY KEY, requested_at timestamptz NOT NULL, completed_at timestamptz NOT NULL,
      worker_identity text NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['engine_check', 'api_token', 'app_user', 'notification_outbox', 'audit_log', 'instrument_register']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS audit_log_append_only`);
  }
}
