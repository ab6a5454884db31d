import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A tracker import being committed, and how far it has got: the progress a person watches on a
 * large file, and each row's outcome once it is done. The commands themselves are in the workflow
 * and the audit log, keyed by file and row, so an import cut short is finished by importing the
 * same file again.
 */
export class ImportJobs1733200000001 implements MigrationInterface {
  name = 'ImportJobs1733200000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE import_job (
      id text PRIMARY KEY, workflow_id text NOT NULL, actor_id text NOT NULL, file_sha256 text NOT NULL,
      status text NOT NULL CHECK (status IN ('running', 'done', 'failed')), total int NOT NULL, done int NOT NULL DEFAULT 0,
      recorded int NOT NULL DEFAULT 0, duplicates int NOT NULL DEFAULT 0, refused int NOT NULL DEFAULT 0, error text,
      outcomes jsonb NOT NULL DEFAULT '[]', created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, finished_at timestamptz)`);
    await q.query(`CREATE INDEX import_job_workflow ON import_job (workflow_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS import_job`);
  }
}
