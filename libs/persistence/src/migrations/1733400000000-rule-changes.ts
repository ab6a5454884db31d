import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rule changes governed like code (docs/rules.md): drafts (who, when, what), the rollouts that
 * apply or end them, and one row per instrument a rollout reached, so progress and failures
 * survive any crash and a retried step writes the same row again, never a second one.
 */
export class RuleChanges1733400000000 implements MigrationInterface {
  name = 'RuleChanges1733400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE rule_change_draft (
      id text PRIMARY KEY,
      change jsonb NOT NULL,
      status text NOT NULL,
      drafted_by_id text NOT NULL,
      drafted_by_role text NOT NULL,
      drafted_at timestamptz NOT NULL,
      rollout_id text,
      rollback_id text
    )`);
    await q.query(`CREATE TABLE rule_change_rollout (
      id text PRIMARY KEY,
      draft_id text NOT NULL REFERENCES rule_change_draft (id),
      action text NOT NULL,
      started_by_id text NOT NULL,
      started_at timestamptz NOT NULL,
      total int,
      finished_at timestamptz
    )`);
    await q.query(`CREATE TABLE rule_change_rollout_item (
      rollout_id text NOT NULL REFERENCES rule_change_rollout (id),
      workflow_id text NOT NULL,
      outcome text NOT NULL,
      fact_id text,
      message text,
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (rollout_id, workflow_id)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS rule_change_rollout_item`);
    await q.query(`DROP TABLE IF EXISTS rule_change_rollout`);
    await q.query(`DROP TABLE IF EXISTS rule_change_draft`);
  }
}
