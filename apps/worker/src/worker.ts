import { NativeConnection, Worker } from '@temporalio/worker';
import { existsSync } from 'fs';
import { bundlerOptions, workflowsPath } from './bundle-aliases';

export interface WorkerSetup {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  activities: object;
  identity?: string;
  /** A prebuilt workflow bundle (apps/worker/src/build-bundle.ts); else webpack bundles at start. */
  workflowBundlePath?: string;
  /** See WORKER_STICKY_TIMEOUT_MS in libs/config. */
  stickyTimeoutMs?: number;
  /** See WORKER_MAX_CACHED_WORKFLOWS in libs/config and ./cache-size.ts; the SDK's default when absent. */
  maxCachedWorkflows?: number;
}

/** One worker runs every intervention workflow and its activities. */
export function createInterventionWorker(setup: WorkerSetup): Promise<Worker> {
  if (!setup.workflowBundlePath && !existsSync(workflowsPath)) {
    // Compiled code has no TypeScript workflow source to bundle: it needs the built bundle.
    throw new Error(`no workflow bundle: run npm run build (writes dist/workflow-bundle.js) or set WORKFLOW_BUNDLE_PATH`);
  }
  const code = setup.workflowBundlePath
    ? { workflowBundle: { codePath: setup.workflowBundlePath } }
    : { workflowsPath, bundlerOptions };
  return Worker.create({
    connection: setup.connection,
    namespace: setup.namespace,
    taskQueue: setup.taskQueue,
    ...code,
    activities: setup.activities,
    // Passing `identity: undefined` explicitly is refused by the native bridge; omit it instead.
    ...(setup.identity ? { identity: setup.identity } : {}),
    ...(setup.stickyTimeoutMs ? { stickyQueueScheduleToStartTimeout: setup.stickyTimeoutMs } : {}),
    ...(setup.maxCachedWorkflows ? { maxCachedWorkflows: setup.maxCachedWorkflows } : {}),
  });
}
