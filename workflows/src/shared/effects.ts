import { proxyActivities } from '@temporalio/workflow';
import type { Activities, InstrumentView, NotificationRequest } from '@cs/contract';
import { ACTIVITY_OPTIONS } from './activity-options';

const acts = proxyActivities<Pick<Activities, 'projectRegister' | 'queueNotifications' | 'lifecycleSettings'>>(ACTIVITY_OPTIONS);

export const readSettings = () => acts.lifecycleSettings();

export function queueNotifications(requests: NotificationRequest[]) {
  return acts.queueNotifications(requests);
}

/** The register row for a view (the read model for lists), without its version. */
export function registerRow(view: InstrumentView<unknown>) {
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
