import { EntitySchema } from 'typeorm';
import type { EngineCheck } from '@cs/domain';

export const EngineCheckEntity = new EntitySchema<EngineCheck>({
  name: 'EngineCheck',
  tableName: 'engine_check',
  columns: {
    id: { type: 'text', primary: true },
    requestedAt: { type: 'timestamptz', name: 'requested_at' },
    completedAt: { type: 'timestamptz', name: 'completed_at' },
    workerIdentity: { type: 'text', name: 'worker_identity' },
  },
});
