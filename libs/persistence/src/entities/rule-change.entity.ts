import { EntitySchema } from 'typeorm';
import type { DraftRecord, RolloutItemRecord, RolloutRecord } from '@cs/domain';

export const DraftEntity = new EntitySchema<DraftRecord>({
  name: 'RuleChangeDraft',
  tableName: 'rule_change_draft',
  columns: {
    id: { type: 'text', primary: true },
    change: { type: 'jsonb' },
    status: { type: 'text' },
    draftedById: { type: 'text', name: 'drafted_by_id' },
    draftedByRole: { type: 'text', name: 'drafted_by_role' },
    draftedAt: { type: 'timestamptz', name: 'drafted_at' },
    rolloutId: { type: 'text', name: 'rollout_id', nullable: true },
    rollbackId: { type: 'text', name: 'rollback_id', nullable: true },
  },
});

export const RolloutEntity = new EntitySchema<RolloutRecord>({
  name: 'RuleChangeRollout',
  tableName: 'rule_change_rollout',
  columns: {
    id: { type: 'text', primary: true },
    draftId: { type: 'text', name: 'draft_id' },
    action: { type: 'text' },
    startedById: { type: 'text', name: 'started_by_id' },
    startedAt: { type: 'timestamptz', name: 'started_at' },
    total: { type: 'int', nullable: true },
    finishedAt: { type: 'timestamptz', name: 'finished_at', nullable: true },
  },
});

export const RolloutItemEntity = new EntitySchema<RolloutItemRecord>({
  name: 'RuleChangeRolloutItem',
  tableName: 'rule_change_rollout_item',
  columns: {
    rolloutId: { type: 'text', primary: true, name: 'rollout_id' },
    workflowId: { type: 'text', primary: true, name: 'workflow_id' },
    outcome: { type: 'text' },
    factId: { type: 'text', name: 'fact_id', nullable: true },
    message: { type: 'text', nullable: true },
    recordedAt: { type: 'timestamptz', name: 'recorded_at' },
  },
});
