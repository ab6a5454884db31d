import type { DataSource } from 'typeorm';
import { Client } from '@temporalio/client';
import { loadEnv } from '@cs/config';
import { openDatabase } from '@cs/persistence';
import { connectClient } from '@cs/temporal';
import { spawnApiProcess, type ApiProcessOptions } from './api-process';
import { cpuMsOf } from './process-cpu';
import type { TestServerAddresses } from '../../tools/servers/spawn-test-servers';
import { withTestServers } from './servers';
import { spawnWorkerProcess } from './worker-process';

/** The product as tools/start.ts runs it, plus a client and a database connection for the benchmark. */
export interface RunningProduct {
  /** The API's base URL. */
  base: string;
  db: DataSource;
  client: Client;
  /** The throwaway servers' addresses, for another worker beside the product's (bench/bare). */
  addresses: TestServerAddresses;
  /** The product worker's task queue. */
  taskQueue: string;
  /** CPU time the API process has used so far, in ms. */
  apiCpuMs(): number;
  /** CPU time the worker process has used so far, in ms. */
  workerCpuMs(): number;
}

/**
 * Runs `phase` against the product on throwaway servers: the worker and the API each in a process
 * of its own (apps/worker/src/main.ts, apps/api/src/main.ts), and stops everything afterwards.
 */
export function withProduct<T>(
  api: ApiProcessOptions,
  phase: (product: RunningProduct) => Promise<T>,
): Promise<T> {
  return withTestServers(async (addresses) => {
    const env = loadEnv({ ...process.env, ...addresses });
    const db = await openDatabase(addresses.DATABASE_URL); // the test servers ran the migrate step
    const client = new Client({ connection: await connectClient(env), namespace: env.TEMPORAL_NAMESPACE });
    const stops: (() => Promise<void>)[] = [];
    try {
      const childEnv = { ...addresses };
      const worker = await spawnWorkerProcess('worker', 'apps/worker/src/main.ts', childEnv, client, env.TEMPORAL_TASK_QUEUE);
      stops.push(worker.stop);
      const apiProcess = await spawnApiProcess(childEnv, api);
      stops.push(apiProcess.stop);
      return await phase({
        base: apiProcess.base,
        db,
        client,
        addresses,
        taskQueue: env.TEMPORAL_TASK_QUEUE,
        apiCpuMs: () => cpuMsOf(apiProcess.child.pid),
        workerCpuMs: () => cpuMsOf(worker.child.pid),
      });
    } finally {
      for (const stop of stops.reverse()) await stop();
      await client.connection.close();
      await db.destroy();
    }
  });
}
