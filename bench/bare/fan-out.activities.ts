import type { Client } from '@temporalio/client';
import { appendUpdate } from './messages';
import type { FanOutTarget } from './fan-out.workflow';

/** The bare fan-out's one activity: the `append` update on one bare workflow. */
export function createFanOutActivities(client: Client) {
  return {
    async sendUpdate(t: FanOutTarget): Promise<void> {
      await client.workflow.getHandle(t.workflowId).executeUpdate(appendUpdate, { args: [t.arg], updateId: t.updateId });
    },
  };
}
export type FanOutActivities = ReturnType<typeof createFanOutActivities>;
