import { proxyActivities } from '@temporalio/workflow';
import type { Activities, InstrumentView, NotificationRequest } from '@cs/contract';

// Each is one short database write: 10 s is ample, and it is how long a worker's death mid-activity
// holds up the instrument (and any hand-over to a successor) before the activity is retried.
const acts = proxyActivities<Pick<Activities, 'projectRegister' | 'queueNotifications' | 'lifecycleSettings'>>({
  startToCloseTimeout: '10s',
  retry: { maximumInterval: '1m' },
});

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
