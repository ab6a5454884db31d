import { proxyActivities } from '@temporalio/workflow';
import type { FanOutActivities } from './fan-out.activities';

/** One update to send: to which bare workflow, with which id and argument. */
export interface FanOutTarget {
  workflowId: string;
  updateId: string;
  arg: unknown;
}

// The rollout's own activity options (workflows/src/governance/rollout.workflow.ts).
const { sendUpdate } = proxyActivities<FanOutActivities>({ startToCloseTimeout: '1 minute', retry: { initialInterval: '1 second', maximumInterval: '1 minute' } });

/**
 * The floor a rollout is measured against: the same batches of the same width, one activity per
 * target sending one update, and nothing else (no targets read, no facts queried, no rules, no
 * outcome rows, no progress).
 */
export async function bareFanOutWorkflow(targets: FanOutTarget[], width: number): Promise<number> {
  let sent = 0;
  for (let i = 0; i < targets.length; i += width) {
    await Promise.all(targets.slice(i, i + width).map((t) => sendUpdate(t)));
    sent += Math.min(width, targets.length - i);
  }
  return sent;
}
