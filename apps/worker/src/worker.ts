import { NativeConnection, Worker } from '@temporalio/worker';
import { bundlerOptions, workflowsPath } from './bundle-aliases';

export interface WorkerSetup {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  activities: object;
  identity?: string;
}

/** One worker runs every intervention workflow and its activities. */
export function createInterventionWorker(setup: WorkerSetup): Promise<Worker> {
  return Worker.create({
    connection: setup.connection,
    namespace: setup.namespace,
    taskQueue: setup.taskQueue,
    workflowsPath,
    bundlerOptions,
    activities: setup.activities,
    // Passing `identity: undefined` explicitly is refused by the native bridge; omit it instead.
    ...(setup.identity ? { identity: setup.identity } : {}),
  });
}
