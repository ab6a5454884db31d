import { Client } from '@temporalio/client';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadEnv } from '@cs/config';
import { addMonths } from '@cs/domain';
import { instrumentWorkflowId, instrumentWorkflowTypes, type InstrumentWorkflow } from '@cs/contract';
import { connectClient } from '@cs/temporal';
import { TRAFFORD } from '../../rules/src/fixtures/trafford';
import { record, startInput } from '../../test/lifecycle/support/harness';
import { startProgress } from './progress';
import { inLanes } from './round-robin';
import { withTestServers } from './servers';
import { noticeTimeline } from './trafford-timeline';
import { spawnWorkerProcess } from './worker-process';

/** What a real worker holds per cached notice, from its threads' own heap statistics after a GC. */
export interface LiveFootprint {
  notices: number;
  factsEach: number;
  /** Heap of the worker's non-main threads (the SDK's workflow thread) per cached notice. */
  workflowThreadKiBPerNotice: number;
  /** Heap of the main thread (activities, the SDK's bridge) per notice. */
  mainThreadKiBPerNotice: number;
  rssKiBPerNotice: number;
  /** The workflow thread's heap limit, and its heap in use with every notice cached. */
  workflowThreadLimitMiB: number;
  workflowThreadUsedMiB: number;
}

interface ThreadHeap {
  thread: string;
  heapUsed: number;
  heapLimit: number;
}

const probe = join(__dirname, 'heap-probe.js');

/**
 * Starts the worker (apps/worker/src/main.ts, its own process, the product's bundle) with a cache
 * big enough for every notice, starts `notices` notices (Trafford's timeline, a council each) and
 * gives each its first `factsEach` facts as commands, then reads the heap its threads hold.
 */
export async function liveFootprint(bundle: string, notices: number, factsEach: number): Promise<LiveFootprint> {
  return withTestServers(async (addresses) => {
    const env = loadEnv({ ...process.env, ...addresses });
    const client = new Client({ connection: await connectClient(env), namespace: env.TEMPORAL_NAMESPACE });
    const taskQueue = env.TEMPORAL_TASK_QUEUE;
    const probeDir = mkdtempSync(join(tmpdir(), 'cs-heap-probe-'));
    const worker = await spawnWorkerProcess(
      'worker',
      'apps/worker/src/main.ts',
      {
        ...addresses,
        TEMPORAL_TASK_QUEUE: taskQueue,
        WORKFLOW_BUNDLE_PATH: bundle,
        WORKER_MAX_CACHED_WORKFLOWS: String(notices + 10),
        CS_HEAP_PROBE_DIR: probeDir,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${probe}`.trim(),
      },
      client,
      taskQueue,
    );
    try {
      const before = await heaps(probeDir, 1);
      const rssBefore = worker.rssMiB();
      const until = addMonths(TRAFFORD.issuedOn, 45); // its whole life: ~340 facts
      let done = 0;
      const stop = startProgress('notices cached', notices, () => done);
      try {
        await inLanes([...Array(notices).keys()], 20, async (i) => {
          const t = noticeTimeline(until, { slug: `live-${i + 1}`, name: `Live Council ${i + 1}` });
          const handle = await client.workflow.start<InstrumentWorkflow>(instrumentWorkflowTypes['improvement-notice'], {
            taskQueue,
            workflowId: instrumentWorkflowId('improvement-notice', `live-${i + 1}`, t.start.effectiveOn),
            args: [startInput(t.start)],
          });
          for (const fact of t.facts.slice(0, factsEach)) await record(handle, fact);
          done++;
        });
      } finally {
        stop();
      }
      await new Promise((r) => setTimeout(r, 3000)); // the last activities and projections settle
      const after = await heaps(probeDir, 2);
      const rssAfter = worker.rssMiB();
      const threads = (hs: ThreadHeap[]) => hs.filter((h) => h.thread !== 'main').reduce((n, h) => n + h.heapUsed, 0);
      const main = (hs: ThreadHeap[]) => hs.find((h) => h.thread === 'main')?.heapUsed ?? NaN;
      const workflowThread = after.filter((h) => h.thread !== 'main').sort((a, b) => b.heapUsed - a.heapUsed)[0];
      return {
        notices,
        factsEach,
        workflowThreadKiBPerNotice: (threads(after) - threads(before)) / notices / 1024,
        mainThreadKiBPerNotice: (main(after) - main(before)) / notices / 1024,
        rssKiBPerNotice: ((rssAfter - rssBefore) * 1024) / notices,
        workflowThreadLimitMiB: workflowThread.heapLimit / 2 ** 20,
        workflowThreadUsedMiB: workflowThread.heapUsed / 2 ** 20,
      };
    } finally {
      await worker.stop();
      await client.connection.close();
      rmSync(probeDir, { recursive: true, force: true });
    }
  });
}

/** Asks every thread of the worker for its heap after a GC (request number `n`) and waits for all. */
async function heaps(dir: string, n: number, timeoutMs = 60_000): Promise<ThreadHeap[]> {
  writeFileSync(join(dir, 'request'), String(n));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await new Promise((r) => setTimeout(r, 500));
    const answers = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ThreadHeap & { request: number });
    const answered = answers.filter((a) => a.request === n);
    // The main thread and at least the workflow thread, all answering this request.
    if (answered.length >= 2 && answered.length === answers.length) return answered;
    if (Date.now() > deadline) throw new Error(`the worker's threads did not report their heap (${answered.length} of ${answers.length})`);
  }
}
