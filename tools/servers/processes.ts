import { ChildProcess, execFileSync, spawn, SpawnOptions } from 'child_process';
import { join } from 'path';
import { createConnection, createServer } from 'net';

/** The repository's root, whether this runs from source (tools/) or compiled (dist/tools/). */
export const repoRoot = __filename.endsWith('.js') ? join(__dirname, '..', '..', '..') : join(__dirname, '..', '..');

/** Resolves once something accepts TCP connections on the port, or rejects after the timeout. */
export async function waitForPort(port: number, timeoutMs: number, host = '127.0.0.1'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host }, () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listened on ${host}:${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function isPortOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return waitForPort(port, 0, host).then(
    () => true,
    () => false,
  );
}

/** A child process whose output is prefixed with its name, so one terminal shows every service. */
export function spawnService(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions = {},
): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => `[${name}] ${l}`)
      .join('\n') + '\n';
  child.stdout?.on('data', (c: Buffer) => process.stdout.write(prefix(c)));
  child.stderr?.on('data', (c: Buffer) => process.stderr.write(prefix(c)));
  return child;
}

/** Resolves once the child prints a line matching `pattern` on stdout; rejects if it exits first or time runs out. */
export function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const done = (err?: Error) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve();
    };
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-4096);
      if (pattern.test(seen)) done();
    };
    const onExit = (code: number | null) => done(new Error(`it exited (${code}) before printing ${pattern}`));
    const timer = setTimeout(() => done(new Error(`no ${pattern} within ${timeoutMs} ms`)), timeoutMs);
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Stop a child politely, then firmly; resolves when it has exited. */
export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => (clearTimeout(timer), resolve()));
    child.kill('SIGTERM');
  });
}

/** How a child running our TypeScript from source is started (ts-node, path aliases). */
export function nodeTsArgs(entry: string): string[] {
  return ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', entry];
}

/**
 * How to run an entry point (`apps/api/src/main.ts`) the way this code runs: compiled (npm run
 * build) as its emitted JavaScript with the path aliases preloaded, else its source through ts-node.
 */
export function nodeArgs(entry: string): string[] {
  return __filename.endsWith('.js') ? compiledNodeArgs(entry) : nodeTsArgs(entry);
}

/** An entry point (`apps/api/src/main.ts`) as `npm run build` emitted it under dist/, run as production runs it. */
export function compiledNodeArgs(entry: string): string[] {
  const dist = join(repoRoot, 'dist');
  return ['-r', join(dist, 'tools', 'runtime', 'aliases.js'), join(dist, entry.replace(/\.ts$/, '.js'))];
}

/** A port nothing listens on now, chosen by the OS (so concurrent test runs do not collide). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A port nothing listens on now, below `max`: for servers that store their port in a smallint
 * (Temporal's cluster membership table), out of reach of the OS's ephemeral range (32768+).
 */
export async function freePortBelow(max: number, min = 10_000): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = min + Math.floor(Math.random() * (max - min));
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port between ${min} and ${max}`);
}

/** Runs tools/provision/<script> (progress on stderr) and returns the path it prints. */
export function provision(
  script: 'temporal-cli.sh' | 'test-server.sh' | 'temporal-server.sh' | 'poppler.sh' | 'chromium.sh',
): string {
  const path = join(repoRoot, 'tools', 'provision', script);
  return execFileSync('bash', [path], { stdio: ['ignore', 'pipe', 'inherit'] })
    .toString()
    .trim();
}
