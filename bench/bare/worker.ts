import { NativeConnection, Worker } from '@temporalio/worker';
import { join } from 'path';
import type { DataSource } from 'typeorm';
import { createBareActivities, createBareTable } from './activities';

export interface BareWorkerSetup {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  db: DataSource;
  /** The schema owner's URL, to create the bench's table (DATABASE_MIGRATION_URL). */
  ownerDatabaseUrl: string;
  /** A prebuilt bundle (bundle.ts); else webpack bundles at start, as the product's worker does. */
  workflowBundlePath?: string;
}

export const bareWorkflowsPath = join(__dirname, 'index.ts');

/** The bare baseline's worker: its own small bundle, the SDK's defaults, as the product's worker has. */
export async function createBareWorker(setup: BareWorkerSetup): Promise<Worker> {
  await createBareTable(setup.ownerDatabaseUrl);
  return Worker.create({
    connection: setup.connection,
    namespace: setup.namespace,
    taskQueue: setup.taskQueue,
    ...(setup.workflowBundlePath ? { workflowBundle: { codePath: setup.workflowBundlePath } } : { workflowsPath: bareWorkflowsPath }),
    activities: createBareActivities(setup.db),
  });
}
