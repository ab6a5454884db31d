import { ChildProcess, execFile } from 'child_process';
import { writeFileSync } from 'fs';
import { join } from 'path';
import { promisify } from 'util';
import { stringify } from 'yaml';
import { searchAttributeDeclarations } from '@cs/contract';
import { freePortBelow, provision, spawnService, waitForPort } from './processes';

const run = promisify(execFile);

/** The four services of a Temporal server, each a process of its own in a cluster. */
export const clusterServices = ['frontend', 'history', 'matching', 'worker'] as const;
export type ClusterService = (typeof clusterServices)[number];

/** Where the cluster keeps its state: a PostgreSQL the schema tool may create databases in. */
export interface ClusterDatabase {
  host: string;
  port: number;
  user: string;
  password: string;
}

export interface TemporalCluster {
  /** The built server: binaries, schema, sample configurations (tools/provision/temporal-server.sh). */
  serverDir: string;
  configFile: string;
  /** The frontend's gRPC address: what TEMPORAL_ADDRESS points at. */
  address: string;
  /** The port each service listens on once up: gRPC, or membership for the worker, which serves no gRPC. */
  ports: Record<ClusterService, number>;
}

/** The two databases a server needs, and the schema folder the SQL tool applies to each. */
const databases = [
  { name: 'temporal', schema: 'schema/postgresql/v12/temporal/versioned' },
  { name: 'temporal_visibility', schema: 'schema/postgresql/v12/visibility/versioned' },
];

/**
 * Creates the server's databases and schema in PostgreSQL with its own SQL tool, as an operator
 * would before the first start; a second call on the same databases only applies newer versions.
 */
export async function setupClusterSchema(serverDir: string, db: ClusterDatabase): Promise<void> {
  const env = {
    ...process.env,
    SQL_PLUGIN: 'postgres12',
    SQL_HOST: db.host,
    SQL_PORT: String(db.port),
    SQL_USER: db.user,
    SQL_PASSWORD: db.password,
  };
  const tool = (args: string[]) => run(join(serverDir, 'temporal-sql-tool'), args, { env, cwd: serverDir });
  for (const { name, schema } of databases) {
    await tool(['--db', name, 'create-database']).catch((err: { stderr?: string }) => {
      if (!/already exists/.test(err.stderr ?? '')) throw err;
    });
    await tool(['--db', name, 'setup-schema', '-v', '0.0']);
    await tool(['--db', name, 'update-schema', '-d', schema]);
  }
}

/**
 * Writes a server configuration for a cluster on `db`, from the server's own
 * `development-postgres12.yaml` with every port free (so clusters and colleagues never collide),
 * no metrics listener, and a dynamic configuration beside it.
 */
export async function writeClusterConfig(serverDir: string, dir: string, db: ClusterDatabase, logLevel: 'info' | 'warn' | 'error' = 'warn'): Promise<TemporalCluster> {
  const ports = {} as Record<ClusterService, number>;
  const services: Record<string, unknown> = {};
  for (const service of clusterServices) {
    // Below 32768: the membership table keeps ports in a smallint.
    const port = () => freePortBelow(32_768);
    const [grpcPort, membershipPort] = [await port(), await port()];
    ports[service] = service === 'worker' ? membershipPort : grpcPort;
    services[service] = { rpc: { grpcPort, membershipPort, bindOnLocalHost: true, ...(service === 'frontend' ? { httpPort: await port() } : {}) } };
  }
  const store = (databaseName: string, maxConns: number) => ({
    sql: {
      pluginName: 'postgres12',
      databaseName,
      connectAddr: `${db.host}:${db.port}`,
      connectProtocol: 'tcp',
      user: db.user,
      password: db.password,
      maxConns,
      maxIdleConns: maxConns,
      maxConnLifetime: '1h',
    },
  });
  const dynamicConfigFile = join(dir, 'dynamicconfig.yaml');
  writeFileSync(
    dynamicConfigFile,
    stringify({
      // Search attributes just created are usable at once, not after the cache's next refresh.
      'system.forceSearchAttributesCacheRefreshOnRead': [{ value: true }],
      'limit.maxIDLength': [{ value: 255 }],
    }),
  );
  const config = {
    log: { stdout: true, level: logLevel },
    persistence: {
      defaultStore: 'postgres-default',
      visibilityStore: 'postgres-visibility',
      numHistoryShards: 4,
      datastores: { 'postgres-default': store('temporal', 20), 'postgres-visibility': store('temporal_visibility', 4) },
    },
    global: { membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' } },
    services,
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: 'active',
      currentClusterName: 'active',
      clusterInformation: { active: { enabled: true, initialFailoverVersion: 1, rpcName: 'frontend', rpcAddress: `127.0.0.1:${ports.frontend}` } },
    },
    dcRedirectionPolicy: { policy: 'noop' },
    dynamicConfigClient: { filepath: dynamicConfigFile, pollInterval: '10s' },
  };
  const configFile = join(dir, 'temporal-cluster.yaml');
  writeFileSync(configFile, stringify(config));
  return { serverDir, configFile, address: `127.0.0.1:${ports.frontend}`, ports };
}

/** Starts one service of the cluster as a process of its own; resolves once it listens. */
export async function startClusterService(cluster: TemporalCluster, service: ClusterService): Promise<ChildProcess> {
  const bin = join(cluster.serverDir, 'temporal-server');
  const child = spawnService(`temporal-${service}`, bin, ['--config-file', cluster.configFile, '--allow-no-auth', 'start', '--service', service], { cwd: cluster.serverDir });
  await Promise.race([
    waitForPort(cluster.ports[service], 60_000),
    new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`temporal ${service} exited (${code})`)))),
  ]);
  return child;
}

/**
 * Registers the namespace and the product's search attributes with the Temporal CLI, as an
 * operator does once per cluster, retrying while the services are still finding each other.
 */
export async function registerClusterNamespace(address: string, namespace: string, timeoutMs = 120_000): Promise<void> {
  const cli = provision('temporal-cli.sh');
  const deadline = Date.now() + timeoutMs;
  const temporal = async (args: string[], already: RegExp) => {
    for (;;) {
      try {
        await run(cli, [...args, '--address', address]);
        return;
      } catch (err) {
        const stderr = (err as { stderr?: string }).stderr ?? String(err);
        if (already.test(stderr)) return;
        if (Date.now() > deadline) throw new Error(`temporal ${args.join(' ')}: ${stderr}`);
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  };
  await temporal(['operator', 'namespace', 'create', '--namespace', namespace, '--retention', '72h'], /already (exists|registered)/i);
  for (const { name, cliType } of searchAttributeDeclarations) {
    await temporal(['operator', 'search-attribute', 'create', '--namespace', namespace, '--name', name, '--type', cliType], /already (exists|registered)/i);
  }
}
