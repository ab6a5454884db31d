import 'reflect-metadata';
import { existsSync } from 'fs';
import { hostname } from 'os';
import { join } from 'path';
import { loadEnv } from '@cs/config';
import { logDatabaseWait, openDatabase } from '@cs/persistence';
import { Client } from '@temporalio/client';
import { connectClient, connectWorker, ensureSearchAttributes } from '@cs/temporal';
import { createActivities } from './activities';
import { ReminderMailer } from './reminders/mailer';
import { createInterventionWorker } from './worker';

/** The worker process: connects to Temporal and Postgres, then polls until told to stop. */
async function main() {
  const env = loadEnv();
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set (tools/start.ts sets it for the embedded database)');
  const db = await openDatabase(env.DATABASE_URL, { waitMs: env.DATABASE_WAIT_MS, onWait: logDatabaseWait('worker'), queryTimeoutMs: env.DATABASE_QUERY_TIMEOUT_MS });
  const connection = await connectWorker(env);
  const attributes = await ensureSearchAttributes(connection.operatorService, env.TEMPORAL_NAMESPACE);
  if ('unverified' in attributes) console.log(JSON.stringify({ level: 'warn', msg: 'search attributes not checked: create them as the README says', reason: attributes.unverified }));
  else if (attributes.added.length) console.log(JSON.stringify({ level: 'info', msg: 'search attributes added', namespace: env.TEMPORAL_NAMESPACE, added: attributes.added }));
  // Rollouts of rule changes send updates to instruments through a client (rule-change.activities.ts).
  const clientConnection = await connectClient(env);
  const client = new Client({ connection: clientConnection, namespace: env.TEMPORAL_NAMESPACE });
  const identity = `worker@${hostname()}/${process.pid}`;
  const worker = await createInterventionWorker({
    connection,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    activities: createActivities({ db, workerIdentity: identity, reminderLeadDays: env.REMINDER_LEAD_DAYS, client }),
    identity,
    workflowBundlePath: env.WORKFLOW_BUNDLE_PATH ?? builtBundle(),
    stickyTimeoutMs: env.WORKER_STICKY_TIMEOUT_MS,
    maxCachedWorkflows: env.WORKER_MAX_CACHED_WORKFLOWS,
  });
  // Reminders leave the outbox by email (the local mail catcher unless SMTP_URL names a relay).
  const smtpUrl = env.SMTP_URL ?? `smtp://127.0.0.1:${env.MAIL_CATCHER_SMTP_PORT}`;
  const mailer = new ReminderMailer(db, { smtpUrl, from: env.MAIL_FROM, retryBaseMs: env.MAIL_RETRY_BASE_MS, retryMaxMs: env.MAIL_RETRY_MAX_MS });
  if (env.MAIL_POLL_MS > 0) mailer.start(env.MAIL_POLL_MS);
  console.log(JSON.stringify({ level: 'info', msg: 'worker polling', taskQueue: env.TEMPORAL_TASK_QUEUE, identity, reminders: env.MAIL_POLL_MS > 0 ? smtpUrl.replace(/:[^:@/]+@/, ':***@') : 'off' }));
  await worker.run(); // Worker installs SIGINT/SIGTERM handlers and drains on shutdown.
  await mailer.stop();
  await connection.close();
  await clientConnection.close();
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
