import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities';

const { recordEngineCheck } = proxyActivities<Pick<Activities, 'recordEngineCheck'>>({
  startToCloseTimeout: '30s',
});

/** Proves the chain API → Temporal → worker → Postgres: one activity writes one row. */
export async function engineCheckWorkflow(requestedAt: string): Promise<string> {
  const { workflowId } = workflowInfo();
  await recordEngineCheck(workflowId, requestedAt);
  return workflowId;
}
