import type { ChildProcess } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { nodeTsArgs, spawnService, stopChild } from '../../tools/servers/processes';

const root = join(__dirname, '..', '..');

/** A worker in a process of its own, so its memory is its own and not the load generator's. */
export interface WorkerProcess {
  child: ChildProcess;
  /** The process's peak resident set so far (VmHWM), in MiB; NaN where /proc is not there. */
  peakRssMiB(): number;
  stop(): Promise<void>;
}

/**
 * Starts `entry` (a worker main, run from source) with `env` added, and resolves once it polls the
 * task queue (bundling the workflows takes seconds, and must not count as benchmark time).
 */
export async function spawnWorkerProcess(
  name: string,
  entry: string,
  env: Record<string, string>,
  client: Client,
  taskQueue: string,
  timeoutMs = 180_000,
): Promise<WorkerProcess> {
  const child = spawnService(name, process.execPath, nodeTsArgs(entry), { cwd: root, env: { ...process.env, ...env } });
  const deadline = Date.now() + timeoutMs;
  while (!(await polling(client, taskQueue))) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`${name} did not poll ${taskQueue} within ${timeoutMs / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { child, peakRssMiB: () => peakRssMiB(child.pid), stop: () => stopChild(child, 30_000) };
}

async function polling(client: Client, taskQueue: string): Promise<boolean> {
  const { pollers } = await client.workflowService.describeTaskQueue({
    namespace: client.options.namespace,
    taskQueue: { name: taskQueue },
    taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
  });
  return (pollers?.length ?? 0) > 0;
}

function peakRssMiB(pid: number | undefined): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}
