import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the API's record needs beyond the first schema: an accepted command is audited once per
 * Idempotency-Key (a retried request, or a retry after a crash between the update and the audit
 * write, adds no second line), and the register filters by phase and kind.
 */
export class ApiRecords1732500000000 implements MigrationInterface {
  name = 'ApiRecords1732500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNIQUE INDEX audit_log_accepted_once ON audit_log (workflow_id, idempotency_key)
      WHERE outcome = 'accepted' AND idempotency_key IS NOT NULL`);
    await q.query(`CREATE INDEX instrument_register_phase ON instrument_register (phase, kind)`);
    await q.query(`CREATE INDEX api_token_user ON api_token (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS api_token_user`);
    await q.query(`DROP INDEX IF EXISTS instrument_register_phase`);
    await q.query(`DROP INDEX IF EXISTS audit_log_accepted_once`);
  }
}
