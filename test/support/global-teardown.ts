import type { ChildProcess } from 'child_process';
import { stopChild } from '../../tools/servers/processes';

/** Stops the test servers global-setup started (they stop Temporal and Postgres, then exit). */
export default async function globalTeardown(): Promise<void> {
  const child = (globalThis as Record<string, unknown>).__testServers as ChildProcess | undefined;
  if (child) await stopChild(child, 20_000);
}
