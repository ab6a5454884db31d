import { spawn } from 'child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
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
  /**
   * Write the server's output to this file instead of the terminal (tools/start.ts): its own
   * system workflows log transient errors while it starts on a busy machine, which say nothing
   * about the product. Its last lines are in the error if it exits before listening.
   */
  logFile?: string;
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
  let child;
  if (options.logFile) {
    mkdirSync(dirname(options.logFile), { recursive: true });
    const fd = openSync(options.logFile, 'a');
    child = spawn(bin, args, { stdio: ['ignore', fd, fd] });
    closeSync(fd); // the child has its own copy
  } else {
    child = spawnService('temporal', bin, args);
  }
  const logFile = options.logFile;
  const lastLines = () => (logFile ? `; the end of ${logFile}:\n${readFileSync(logFile, 'utf8').trim().split('\n').slice(-15).join('\n')}` : '');
  await Promise.race([
    waitForPort(options.port, 60_000),
    new Promise((_, reject) =>
      child.once('exit', (code) => reject(new Error(`temporal dev server exited (${code})${lastLines()}`))),
    ),
  ]);
  return child;
}
