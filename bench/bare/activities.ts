import { Client } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * The bare baseline's one activity: one small Postgres insert, so that each activity does I/O on
 * the same database and pool as the product's (one upsert to the register, or outbox inserts),
 * rather than nothing, which would flatter the baseline and inflate the ratio.
 */
export function createBareActivities(db: DataSource) {
  return {
    async effect(workflowId: string, step: number): Promise<void> {
      await db.query('INSERT INTO bench_bare_effect (workflow_id, step, at) VALUES ($1, $2, now())', [workflowId, step]);
    },
  };
}
export type BareActivities = ReturnType<typeof createBareActivities>;

/**
 * The bench's own table in the throwaway database (the product's migrations know nothing of it),
 * created as the schema's owner: the app's role may not create tables, and the owner's default
 * privileges give it INSERT on this one, as on the product's.
 */
export async function createBareTable(ownerUrl: string): Promise<void> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    await owner.query('CREATE TABLE IF NOT EXISTS bench_bare_effect (id bigserial PRIMARY KEY, workflow_id text NOT NULL, step int NOT NULL, at timestamptz NOT NULL)');
  } finally {
    await owner.end();
  }
}
