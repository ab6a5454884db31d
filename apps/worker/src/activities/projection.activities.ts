import type { DataSource } from 'typeorm';
import type { RegisterProjection } from '@cs/contract';

/**
 * Writes an instrument's register row. Idempotent under retries and replays: a row is only
 * replaced by a higher version, so an older or repeated projection changes nothing.
 *
 * Links are kept both ways here, not only by the workflows: an instrument registered with
 * `follows` names an earlier one whose workflow has ended and can record nothing more, so its row
 * gets `linked_to` from the later one's row (whichever is projected first), and no projection of
 * its own, which knows no successor, takes it away.
 */
export function projectionActivities(db: DataSource) {
  return {
    async projectRegister(row: RegisterProjection): Promise<{ written: boolean }> {
      return db.transaction(async (tx) => {
        const result: unknown[] = await tx.query(
          `INSERT INTO instrument_register (workflow_id, kind, council_slug, council_name, phase, started_on, next_due_on,
             overdue_count, flag_count, linked_from, linked_to, version, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
             COALESCE($11, (SELECT l.workflow_id FROM instrument_register l WHERE l.linked_from = $1 ORDER BY l.started_on, l.workflow_id LIMIT 1)),
             $12, now())
           ON CONFLICT (workflow_id) DO UPDATE SET kind = EXCLUDED.kind, council_slug = EXCLUDED.council_slug,
             council_name = EXCLUDED.council_name, phase = EXCLUDED.phase, started_on = EXCLUDED.started_on,
             next_due_on = EXCLUDED.next_due_on, overdue_count = EXCLUDED.overdue_count,
             flag_count = EXCLUDED.flag_count, linked_from = EXCLUDED.linked_from,
             linked_to = COALESCE(EXCLUDED.linked_to, instrument_register.linked_to),
             version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
           WHERE instrument_register.version < EXCLUDED.version
           RETURNING workflow_id`,
          [
            row.workflowId, row.kind, row.councilSlug, row.councilName, row.phase, row.startedOn, row.nextDueOn,
            row.overdueCount, row.flagCount, row.linkedFrom, row.linkedTo, row.version,
          ],
        );
        // The earlier instrument, when registered already, learns of this one.
        if (row.linkedFrom) {
          await tx.query('UPDATE instrument_register SET linked_to = $2, updated_at = now() WHERE workflow_id = $1 AND linked_to IS NULL', [row.linkedFrom, row.workflowId]);
        }
        return { written: result.length > 0 };
      });
    },
  };
}
