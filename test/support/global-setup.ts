import { spawn } from 'child_process';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { nodeTsArgs, provision } from '../../tools/servers/processes';

const root = join(__dirname, '..', '..');

/**
 * Starts the real Temporal dev server and embedded Postgres once for the integration run, unless
 * TEMPORAL_ADDRESS and DATABASE_URL already point at servers. Their addresses go into process.env,
 * which the test workers inherit.
 */
export default async function globalSetup(): Promise<void> {
  process.env.TEMPORAL_TEST_SERVER_BIN ??= provision('test-server.sh');
  if (process.env.TEMPORAL_ADDRESS && process.env.DATABASE_URL) return;
  const readyFile = join(mkdtempSync(join(tmpdir(), 'cs-ready-')), 'servers.json');
  const child = spawn(process.execPath, [...nodeTsArgs('tools/servers/test-servers.ts'), readyFile], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: false,
  });
  (globalThis as Record<string, unknown>).__testServers = child;
  const deadline = Date.now() + 120_000;
  while (!existsSync(readyFile)) {
    if (child.exitCode !== null) throw new Error(`test servers exited with code ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('test servers did not start within 120 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  Object.assign(process.env, JSON.parse(readFileSync(readyFile, 'utf8')));
}
