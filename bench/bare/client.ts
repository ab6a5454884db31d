import type { Client, WorkflowHandle } from '@temporalio/client';
import type { Fact } from '@cs/domain';
import { commandOf } from '../../test/lifecycle/support/harness';
import type { BareInput, bareWorkflow } from './bare.workflow';
import { appendUpdate } from './messages';

/** Starts a bare workflow (the baseline's counterpart of starting an instrument). */
export function startBare(client: Client, taskQueue: string, workflowId: string, input: BareInput): Promise<WorkflowHandle> {
  return client.workflow.start<typeof bareWorkflow>('bareWorkflow', { taskQueue, workflowId, args: [input] });
}

/** Sends a fact as the product's command update would carry it: same argument, same update id. */
export function append(handle: WorkflowHandle, fact: Fact): Promise<number> {
  return handle.executeUpdate(appendUpdate, { args: [commandOf(fact)], updateId: fact.id });
}
