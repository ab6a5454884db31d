import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities, EngineCheckWorkflow } from '@cs/contract';

const { recordEngineCheck } = proxyActivities<Pick<Activities, 'recordEngineCheck'>>({
  startToCloseTimeout: '30s',
});

/** Proves the chain API → Temporal → worker → Postgres: one activity writes one row. */
export const engineCheckWorkflow: EngineCheckWorkflow = async (requestedAt) => {
  const { workflowId } = workflowInfo();
  await recordEngineCheck(workflowId, requestedAt);
  return workflowId;
};
