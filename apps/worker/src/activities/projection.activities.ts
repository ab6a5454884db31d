import type { DataSource } from 'typeorm';
import type { RegisterProjection } from '@cs/contract';

/**
 * Writes an instrument's register row. Idempotent under retries and replays: a row is only
 * replaced by a higher version, so an older or repeated projection changes nothing.
 */
export function projectionActivities(db: DataSource) {
  return {
    async projectRegister(row: RegisterProjection): Promise<{ written: boolean }> {
      const result: unknown[] = await db.query(
        `INSERT INTO instrument_register (workflow_id, kind, council_slug, council_name, phase, started_on, next_due_on,
           overdue_count, flag_count, linked_from, linked_to, version, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now())
         ON CONFLICT (workflow_id) DO UPDATE SET kind = EXCLUDED.kind, council_slug = EXCLUDED.council_slug,
           council_name = EXCLUDED.council_name, phase = EXCLUDED.phase, started_on = EXCLUDED.started_on,
           next_due_on = EXCLUDED.next_due_on, overdue_count = EXCLUDED.overdue_count,
           flag_count = EXCLUDED.flag_count, linked_from = EXCLUDED.linked_from, linked_to = EXCLUDED.linked_to,
           version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
         WHERE instrument_register.version < EXCLUDED.version
         RETURNING workflow_id`,
        [
          row.workflowId, row.kind, row.councilSlug, row.councilName, row.phase, row.startedOn, row.nextDueOn,
          row.overdueCount, row.flagCount, row.linkedFrom, row.linkedTo, row.version,
        ],
      );
      return { written: result.length > 0 };
    },
  };
}
