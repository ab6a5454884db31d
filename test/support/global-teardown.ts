import type { RunningTestServers } from '../../tools/servers/spawn-test-servers';

/** Stops the test servers global-setup started (they stop Temporal and Postgres, then exit). */
export default async function globalTeardown(): Promise<void> {
  const servers = (globalThis as Record<string, unknown>).__testServers as RunningTestServers | undefined;
  await servers?.stop();
}
