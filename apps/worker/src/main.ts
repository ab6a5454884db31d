import 'reflect-metadata';
import { existsSync } from 'fs';
import { hostname } from 'os';
import { join } from 'path';
import { loadEnv } from '@cs/config';
import { logDatabaseWait, openDatabase } from '@cs/persistence';
import { connectWorker } from '@cs/temporal';
import { createActivities } from './activities';
import { createInterventionWorker } from './worker';

/** The worker process: connects to Temporal and Postgres, then polls until told to stop. */
async function main() {
  const env = loadEnv();
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set (tools/start.ts sets it for the embedded database)');
  const db = await openDatabase(env.DATABASE_URL, { waitMs: env.DATABASE_WAIT_MS, onWait: logDatabaseWait('worker') });
  const connection = await connectWorker(env);
  const identity = `worker@${hostname()}/${process.pid}`;
  const worker = await createInterventionWorker({
    connection,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    activities: createActivities({ db, workerIdentity: identity, reminderLeadDays: env.REMINDER_LEAD_DAYS }),
    identity,
    workflowBundlePath: env.WORKFLOW_BUNDLE_PATH ?? builtBundle(),
    stickyTimeoutMs: env.WORKER_STICKY_TIMEOUT_MS,
    maxCachedWorkflows: env.WORKER_MAX_CACHED_WORKFLOWS,
  });
  console.log(JSON.stringify({ level: 'info', msg: 'worker polling', taskQueue: env.TEMPORAL_TASK_QUEUE, identity }));
  await worker.run(); // Worker installs SIGINT/SIGTERM handlers and drains on shutdown.
  await connection.close();
  await db.destroy();
}

/** The bundle `npm run build` writes beside the compiled worker (dist/workflow-bundle.js), if any. */
function builtBundle(): string | undefined {
  const path = join(__dirname, '..', '..', '..', 'workflow-bundle.js');
  return existsSync(path) ? path : undefined;
}

main().catch((err) => {
  console.error(JSON.stringify({ level: 'error', msg: 'worker failed', error: String(err?.message ?? err) }));
  process.exit(1);
});
