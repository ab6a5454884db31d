import { ChildProcess, spawn } from 'child_process';
import { join } from 'path';
import { freePort, nodeTsArgs, stopChild, waitForPort } from '../../tools/servers/processes';

const root = join(__dirname, '..', '..');
// Counted as in production (the limiter's cost is the product's), but never reached.
const unlimited = {
  RATE_LIMIT_READS_PER_TOKEN: '100000000',
  RATE_LIMIT_READS_PER_ADDRESS: '100000000',
  RATE_LIMIT_COSTLY_PER_TOKEN: '100000000',
  RATE_LIMIT_COSTLY_PER_ADDRESS: '100000000',
};

export interface ApiProcessOptions {
  /** The API's LOG_LEVEL: `info` writes one JSON line per request, as in production. */
  logLevel: string;
  /** Extra node flags, e.g. `--prof` to profile the API. */
  nodeArgs: string[];
}

export interface ApiProcess {
  child: ChildProcess;
  base: string;
  stop(): Promise<void>;
}

/**
 * apps/api/src/main.ts in a process of its own, as tools/start.ts runs it, on a free port: a load
 * generator in the same process would share its event loop. Resolves once it listens.
 */
export async function spawnApiProcess(
  env: Record<string, string>,
  options: ApiProcessOptions,
): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...options.nodeArgs, ...nodeTsArgs('apps/api/src/main.ts')], {
    cwd: root,
    // A benchmark reads past a person's rate limit.
    env: { ...process.env, ...unlimited, ...env, API_PORT: String(port), LOG_LEVEL: options.logLevel },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout?.resume(); // the request log is read, as a log shipper would, and dropped
  try {
    await waitForPort(port, 120_000);
  } catch (err) {
    await stopChild(child);
    throw err;
  }
  return { child, base: `http://127.0.0.1:${port}`, stop: () => stopChild(child, 20_000) };
}
