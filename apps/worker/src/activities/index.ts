import type { Activities } from '@cs/contract';
import type { DataSource } from 'typeorm';
import { engineCheckActivities } from './engine-check.activities';
import { outboxActivities } from './outbox.activities';
import { projectionActivities } from './projection.activities';
import { settingsActivities } from './settings.activities';

export interface ActivityDeps {
  db: DataSource;
  workerIdentity: string;
  reminderLeadDays: number;
}

/** Every activity the contract names, grouped by what it does; workflows see them by name. */
export function createActivities(deps: ActivityDeps): Activities {
  return {
    ...engineCheckActivities(deps.db, deps.workerIdentity),
    ...projectionActivities(deps.db),
    ...outboxActivities(deps.db),
    ...settingsActivities(deps.reminderLeadDays),
  };
}
