import { Client, Connection } from '@temporalio/client';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { migrateDatabase } from '@cs/persistence';
import { buildWorkflowBundle } from '../../../apps/worker/src/build-bundle';
import { freePort, nodeTsArgs } from '../../../tools/servers/processes';
import { startDevServer } from '../../../tools/servers/temporal-dev-server';
import { startApi, type ApiHarness } from '../../api/support/api-harness';
import { launchUntil, lineFrom, Restartable } from '../../support/restartable';

/**
 * The product as it runs for real, each part a process the tests may kill: a persisted Temporal
 * dev server, an embedded PostgreSQL and the worker (apps/worker/src/main.ts), all in a folder of
 * their own; the API in this process, so its answers can be read while the others are down.
 */
export interface FaultRig {
  temporal: Restartable;
  postgres: Restartable;
  worker: Restartable;
  api: ApiHarness;
  /** A Temporal client of the test's own, to see whether a workflow has finished its work. */
  temporalClient: Client;
  stop(): Promise<void>;
}

/** Short enough that a request waiting on a dead worker turns into a 503 and a retry quickly. */
const CALL_TIMEOUT_MS = '3000';
/** A task a killed worker had started goes to the next worker after 3 s instead of 10 s. */
const TASK_TIMEOUT_MS = '3000';
/** A killed worker's sticky queue hands its workflow tasks on after 1 s instead of 10 s. */
const STICKY_TIMEOUT_MS = '1000';

export async function startRig(name: string): Promise<FaultRig> {
  const dir = mkdtempSync(join(tmpdir(), `cs-faults-${name}-`));
  const [temporalPort, uiPort, pgPort] = [await freePort(), await freePort(), await freePort()];
  const temporalAddress = `127.0.0.1:${temporalPort}`;
  const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${pgPort}/cs_intervention`;
  // What to undo, newest first: on stop, and on a failed start (jest would wait on live servers).
  const undo: (() => Promise<unknown>)[] = [async () => rmSync(dir, { recursive: true, force: true })];
  const stop = async () => {
    for (const step of undo.splice(0).reverse()) await step().catch(() => undefined);
  };

  try {
    const temporal = new Restartable('temporal', () => startDevServer({ dataDir: dir, port: temporalPort, uiPort, persistent: true, logLevel: 'never' }));
    const postgres = new Restartable('postgres', () => launchUntil(/^ready /, nodeTsArgs('tools/servers/postgres-process.ts').concat(dir, String(pgPort))));
    undo.push(() => temporal.kill('SIGTERM'), () => postgres.kill('SIGTERM'));
    const [bundle] = await Promise.all([buildWorkflowBundle(join(dir, 'workflows.js')), temporal.start(), postgres.start()]);
    await migrateDatabase(databaseUrl);

    const api = await startApi(name, { TEMPORAL_ADDRESS: temporalAddress, DATABASE_URL: databaseUrl, TEMPORAL_CALL_TIMEOUT_MS: CALL_TIMEOUT_MS, WORKFLOW_TASK_TIMEOUT_MS: TASK_TIMEOUT_MS }, false);
    undo.push(() => api.stop());

    const workerEnv = {
      TEMPORAL_ADDRESS: temporalAddress,
      DATABASE_URL: databaseUrl,
      TEMPORAL_TASK_QUEUE: api.env.TEMPORAL_TASK_QUEUE,
      WORKFLOW_BUNDLE_PATH: bundle,
      WORKER_STICKY_TIMEOUT_MS: STICKY_TIMEOUT_MS,
      // No mail relay here: the faults are the engine's; sending reminders is test/paperwork's.
      MAIL_POLL_MS: '0',
    };
    // The next worker process waits on standby with its modules loaded; starting it is a signal.
    const standby = () => launchUntil(/^standby/, nodeTsArgs('test/faults/support/standby-worker.ts'), workerEnv);
    let next = standby();
    undo.push(async () => (await next.catch(() => undefined))?.kill('SIGKILL'));
    const worker = new Restartable('worker', async () => {
      const child = await next;
      next = standby();
      const polling = lineFrom(child, /worker polling/, 60_000);
      child.kill('SIGUSR2');
      await polling;
      return child;
    });
    undo.push(() => worker.kill('SIGTERM'));
    await worker.start();
    const connection = await Connection.connect({ address: temporalAddress });
    undo.push(() => connection.close());
    return { temporal, postgres, worker, api, temporalClient: new Client({ connection }), stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
