import type { DataSource } from 'typeorm';
import { EngineCheckEntity } from '@cs/persistence';

/** Writes the proof row of an engine check (see libs/domain records/engine-check.ts). */
export function engineCheckActivities(db: DataSource, workerIdentity: string) {
  return {
    async recordEngineCheck(id: string, requestedAt: string): Promise<void> {
      await db.getRepository(EngineCheckEntity).save({
        id,
        requestedAt: new Date(requestedAt),
        completedAt: new Date(),
        workerIdentity,
      });
    },
  };
}
