import type { ChildProcess } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { nodeTsArgs, spawnService, stopChild } from '../../tools/servers/processes';

const root = join(__dirname, '..', '..');

/** A worker in a process of its own, so its memory is its own and not the load generator's. */
export interface WorkerProcess {
  child: ChildProcess;
  /**
   * The process's peak resident set (VmHWM) since it began polling, in MiB: bundling the workflows
   * at start-up peaks higher than many running workflows, so that peak is cleared once it polls.
   * NaN where /proc is not there.
   */
  peakRssMiB(): number;
  /** The resident set now (VmRSS), in MiB. */
  rssMiB(): number;
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
  clearPeakRss(child.pid);
  return {
    child,
    peakRssMiB: () => statusMiB(child.pid, 'VmHWM'),
    rssMiB: () => statusMiB(child.pid, 'VmRSS'),
    stop: () => stopChild(child, 30_000),
  };
}

async function polling(client: Client, taskQueue: string): Promise<boolean> {
  const { pollers } = await client.workflowService.describeTaskQueue({
    namespace: client.options.namespace,
    taskQueue: { name: taskQueue },
    taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
  });
  return (pollers?.length ?? 0) > 0;
}

/** Writing 5 to clear_refs resets the peak resident set (Linux 4.0+). */
function clearPeakRss(pid: number | undefined): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // Not Linux, or not allowed: the peak then includes start-up.
  }
}

function statusMiB(pid: number | undefined, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const kb = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}
