import { EntitySchema } from 'typeorm';
import type { RegisterEntry } from '@cs/domain';

export const RegisterEntity = new EntitySchema<RegisterEntry>({
  name: 'RegisterEntry',
  tableName: 'instrument_register',
  columns: {
    workflowId: { type: 'text', primary: true, name: 'workflow_id' },
    kind: { type: 'text' },
    councilSlug: { type: 'text', name: 'council_slug' },
    councilName: { type: 'text', name: 'council_name' },
    phase: { type: 'text' },
    startedOn: { type: 'date', name: 'started_on' },
    nextDueOn: { type: 'date', name: 'next_due_on', nullable: true },
    overdueCount: { type: 'int', name: 'overdue_count' },
    flagCount: { type: 'int', name: 'flag_count' },
    linkedFrom: { type: 'text', name: 'linked_from', nullable: true },
    linkedTo: { type: 'text', name: 'linked_to', nullable: true },
    version: { type: 'int' },
    updatedAt: { type: 'timestamptz', name: 'updated_at' },
  },
});
