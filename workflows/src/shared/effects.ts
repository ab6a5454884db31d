import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { ACTIVITY_OPTIONS } from './activity-options';
import type { InstrumentView } from './view';
import type { NotificationRequest } from './wake-up';

const acts = proxyActivities<Pick<Activities, 'projectRegister' | 'queueNotifications' | 'lifecycleSettings'>>(ACTIVITY_OPTIONS);

export const readSettings = () => acts.lifecycleSettings();

export function queueNotifications(requests: (NotificationRequest & { workflowId: string })[]) {
  return acts.queueNotifications(requests);
}

/** The register row for a view (the read model for lists), without its version. */
export function registerRow(view: InstrumentView) {
  return {
    workflowId: view.workflowId,
    kind: view.kind,
    councilSlug: view.council.slug,
    councilName: view.council.name,
    phase: view.phase,
    startedOn: view.startedOn,
    nextDueOn: view.nextDueOn ?? null,
    overdueCount: view.obligations.filter((o) => o.status === 'overdue').length,
    flagCount: view.flags.length,
    linkedFrom: view.links.from ?? null,
    linkedTo: view.links.to ?? null,
  };
}

/** Upserts the row unless the register already holds this version or a later one. */
export const writeRegister = acts.projectRegister;
