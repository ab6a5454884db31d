import { Client, Connection } from '@temporalio/client';
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { migrateDatabase, openDatabase } from '@cs/persistence';
import { compiledNodeArgs, freePort, nodeTsArgs, provision, repoRoot } from '../../../tools/servers/processes';
import {
  clusterServices,
  registerClusterNamespace,
  setupClusterSchema,
  startClusterService,
  writeClusterConfig,
  type ClusterService,
} from '../../../tools/servers/temporal-cluster';
import { apiClient, type ApiClient } from '../../api/support/api-harness';
import { launchUntil, Restartable } from '../../support/restartable';

/**
 * The product as it runs beyond one machine, every part a process the tests may kill: a Temporal
 * server built from source with its frontend, history, matching and worker services as four
 * processes on PostgreSQL; two workers and two API processes of the product (their real main.ts,
 * compiled by `npm run build` and run from dist/ with its workflow bundle, as a deployment runs
 * them); the product's own database in the same PostgreSQL.
 */
export interface ClusterRig {
  services: Record<ClusterService, Restartable>;
  postgres: Restartable;
  workers: Restartable[];
  apis: Restartable[];
  /** A client that sends each request to the next API process in turn. */
  api: ApiClient;
  /** A Temporal client of the test's own (completion, visibility queries). */
  temporal: Client;
  namespace: string;
  /** A unique suffix for council slugs. */
  run: string;
  stop(): Promise<void>;
}

const NAMESPACE = 'default';
/** As in the fault rig: a dead worker's tasks move on after 1 s (sticky) and 3 s (started). */
const recovery = { WORKER_STICKY_TIMEOUT_MS: '1000', WORKFLOW_TASK_TIMEOUT_MS: '3000', TEMPORAL_CALL_TIMEOUT_MS: '3000' };

export async function startClusterRig(name: string): Promise<ClusterRig> {
  const dir = mkdtempSync(join(tmpdir(), `cs-cluster-${name}-`));
  const run = Math.random().toString(16).slice(2, 10);
  const undo: (() => Promise<unknown>)[] = [async () => rmSync(dir, { recursive: true, force: true })];
  const stop = async () => {
    for (const step of undo.splice(0).reverse()) await step().catch(() => undefined);
  };

  try {
    const serverDir = provision('temporal-server.sh');
    const pgPort = await freePort();
    const postgres = new Restartable('postgres', () => launchUntil(/^ready /, nodeTsArgs('tools/servers/postgres-process.ts').concat(dir, String(pgPort))));
    undo.push(() => postgres.kill('SIGTERM'));
    // The production build (tools/build.sh: incremental, so cheap when dist/ is current).
    execFileSync('bash', [join(repoRoot, 'tools', 'build.sh')], { stdio: 'ignore' });
    const bundle = join(repoRoot, 'dist', 'workflow-bundle.js');
    await postgres.start();

    // The operator's steps: schema by the SQL tool, the four services, the namespace and search attributes by the CLI.
    const db = { host: '127.0.0.1', port: pgPort, user: 'postgres', password: 'postgres' };
    await setupClusterSchema(serverDir, db);
    const cluster = await writeClusterConfig(serverDir, dir, db, 'error');
    const services = Object.fromEntries(clusterServices.map((s) => [s, new Restartable(`temporal-${s}`, () => startClusterService(cluster, s))])) as Record<ClusterService, Restartable>;
    for (const s of clusterServices) {
      undo.push(() => services[s].kill('SIGTERM'));
      await services[s].start();
    }
    await registerClusterNamespace(cluster.address, NAMESPACE);

    // The migrate step, once, before the replicas start (they wait for the schema; they never migrate).
    const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${pgPort}/cs_intervention`;
    await migrateDatabase(databaseUrl);
    const database = await openDatabase(databaseUrl);
    undo.push(() => database.destroy());

    const env = { TEMPORAL_ADDRESS: cluster.address, TEMPORAL_NAMESPACE: NAMESPACE, DATABASE_URL: databaseUrl, TEMPORAL_TASK_QUEUE: `cluster-${run}`, LOG_LEVEL: 'error', ...recovery };
    const workers = [1, 2].map((n) => new Restartable(`worker-${n}`, () => launchUntil(/worker polling/, compiledNodeArgs('apps/worker/src/main.ts'), { ...env, WORKFLOW_BUNDLE_PATH: bundle })));
    const ports = [await freePort(), await freePort()];
    const apis = ports.map((port, n) => new Restartable(`api-${n + 1}`, () => launchUntil(/api listening/, compiledNodeArgs('apps/api/src/main.ts'), { ...env, API_PORT: String(port) })));
    for (const process of [...workers, ...apis]) undo.push(() => process.kill('SIGTERM'));
    await Promise.all([...workers, ...apis].map((p) => p.start()));

    const connection = await Connection.connect({ address: cluster.address });
    undo.push(() => connection.close());
    return {
      services,
      postgres,
      workers,
      apis,
      api: inTurn(ports.map((port) => apiClient(`http://127.0.0.1:${port}`, database))),
      temporal: new Client({ connection, namespace: NAMESPACE }),
      namespace: NAMESPACE,
      run,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** One client over several API processes: each request goes to the next, as a load balancer would send it. */
function inTurn(clients: ApiClient[]): ApiClient {
  let next = 0;
  return { ...clients[0], call: (...args) => clients[next++ % clients.length].call(...args) };
}
