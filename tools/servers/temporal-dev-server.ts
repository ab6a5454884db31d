import { mkdirSync } from 'fs';
import { join } from 'path';
import { searchAttributeDeclarations } from '@cs/contract';
import { provision, spawnService, waitForPort } from './processes';

export interface DevServerOptions {
  dataDir: string;
  port: number;
  uiPort: number;
  /** Omit to keep state in memory (tests); with it, state survives restarts. */
  persistent?: boolean;
  /** The server's own log level; tests that kill workers on purpose use 'never' (else 'warn'). */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'never';
}

/** Start `temporal server start-dev` with its SQLite file under dataDir, its Web UI and the product's search attributes. */
export async function startDevServer(options: DevServerOptions) {
  // $TEMPORAL_BIN, PATH, the cache, or a Go build with progress (tools/provision/temporal-cli.sh).
  const bin = provision('temporal-cli.sh');
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port)];
  args.push('--ui-port', String(options.uiPort), '--log-level', options.logLevel ?? 'warn', '--namespace', 'default');
  if (options.persistent !== false) {
    mkdirSync(options.dataDir, { recursive: true });
    args.push('--db-filename', join(options.dataDir, 'temporal.sqlite'));
  }
  // The search attributes the workflows upsert (an unknown one would fail their tasks).
  for (const { name, cliType } of searchAttributeDeclarations) args.push('--search-attribute', `${name}=${cliType}`);
  const child = spawnService('temporal', bin, args);
  await Promise.race([
    waitForPort(options.port, 60_000),
    new Promise((_, reject) =>
      child.once('exit', (code) => reject(new Error(`temporal dev server exited (${code})`))),
    ),
  ]);
  return child;
}
