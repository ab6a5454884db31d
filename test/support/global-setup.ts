import { provision } from '../../tools/servers/processes';
import { spawnTestServers } from '../../tools/servers/spawn-test-servers';
import { unreachedRateLimits } from './unreached-rate-limits';

/**
 * Starts the real Temporal dev server and embedded Postgres once for the integration run, unless
 * TEMPORAL_ADDRESS and DATABASE_URL already point at servers. Their addresses go into process.env,
 * which the test workers inherit.
 */
export default async function globalSetup(): Promise<void> {
  process.env.TEMPORAL_TEST_SERVER_BIN ??= provision('test-server.sh');
  // API processes the suites spawn themselves (the cluster rig's replicas) inherit these too.
  for (const [name, value] of Object.entries(unreachedRateLimits)) process.env[name] ??= value;
  if (process.env.TEMPORAL_ADDRESS && process.env.DATABASE_URL) return;
  const servers = await spawnTestServers();
  (globalThis as Record<string, unknown>).__testServers = servers;
  Object.assign(process.env, servers.addresses);
}
