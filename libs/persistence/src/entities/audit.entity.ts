import { EntitySchema } from 'typeorm';
import type { AuditEntry } from '@cs/domain';

export const AuditEntity = new EntitySchema<AuditEntry>({
  name: 'AuditEntry',
  tableName: 'audit_log',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    workflowId: { type: 'text', name: 'workflow_id' },
    commandType: { type: 'text', name: 'command_type' },
    actorId: { type: 'text', name: 'actor_id' },
    actorRole: { type: 'text', name: 'actor_role' },
    actorCouncil: { type: 'text', name: 'actor_council', nullable: true },
    effectiveOn: { type: 'date', name: 'effective_on', nullable: true },
    recordedAt: { type: 'timestamptz', name: 'recorded_at' },
    outcome: { type: 'text' },
    reason: { type: 'text', nullable: true },
    idempotencyKey: { type: 'text', name: 'idempotency_key', nullable: true },
    payload: { type: 'jsonb' },
  },
});
