import { ChildProcess, spawn } from 'child_process';
import { join } from 'path';

const root = join(__dirname, '..', '..');

/** A server or worker process a test starts, kills and starts again, always the same way. */
export class Restartable {
  private child?: ChildProcess;
  /** How many times it was killed, and how many of those with SIGKILL. */
  kills = 0;

  constructor(
    readonly name: string,
    private readonly launch: () => Promise<ChildProcess>,
  ) {}

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.running ? this.child?.pid : undefined;
  }

  async start(): Promise<void> {
    if (this.running) throw new Error(`${this.name} is already running`);
    this.child = await this.launch();
    // Keep reading its output so a full pipe never blocks it; tests read only the ready line.
    this.child.stdout?.resume();
    this.child.stderr?.resume();
  }

  /** Kills it (SIGKILL by default: no chance to clean up) and resolves once it has exited. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
    this.kills++;
    this.child = undefined;
  }
}

/** Resolves when the child prints a line matching `pattern`; rejects if it exits or times out. */
export function lineFrom(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => finish(new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${seen.slice(-2000)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const line = seen.split('\n').find((l) => pattern.test(l));
      if (line) finish(undefined, line);
    };
    const onExit = (code: number | null) => finish(new Error(`exited (${code}) before printing ${pattern}:\n${seen.slice(-2000)}`));
    const finish = (err?: Error, line?: string) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve(line!);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Runs node with `args` from the repository root, `env` added, and resolves once it prints `ready`. */
export async function launchUntil(ready: RegExp, args: string[], env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  await lineFrom(child, ready, 60_000);
  return child;
}
