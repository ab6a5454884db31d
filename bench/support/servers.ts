import { provision } from '../../tools/servers/processes';
import { spawnTestServers, type TestServerAddresses } from '../../tools/servers/spawn-test-servers';

/**
 * Runs one benchmark phase on a throwaway Temporal dev server and embedded Postgres of its own, so
 * no phase inherits another's history or rows, and stops them whatever happens.
 */
export async function withTestServers<T>(phase: (addresses: TestServerAddresses) => Promise<T>): Promise<T> {
  const servers = await spawnTestServers();
  try {
    return await phase(servers.addresses);
  } finally {
    await servers.stop();
  }
}

/**
 * The Java time-skipping server's executable, provisioned once (tools/provision/test-server.sh),
 * where test/support/time-skipping.ts looks for it.
 */
export function provisionTimeSkippingServer(): void {
  process.env.TEMPORAL_TEST_SERVER_BIN ??= provision('test-server.sh');
}
