import { Client, type WorkflowHandle } from '@temporalio/client';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { z } from 'zod';
import { loadEnv } from '@cs/config';
import { addMonths, type Fact } from '@cs/domain';
import { openDatabase } from '@cs/persistence';
import { instrumentWorkflowId, instrumentWorkflowTypes, type InstrumentWorkflow } from '@cs/contract';
import { connectClient } from '@cs/temporal';
import type { TestServerAddresses } from '../tools/servers/spawn-test-servers';
import { commandOf, record, startInput } from '../test/lifecycle/support/harness';
import { buildWorkflowBundle } from '../apps/worker/src/build-bundle';
import { buildBareBundle } from './bare/bundle';
import { append, startBare } from './bare/client';
import type { Plan } from './bare/plan';
import { runFromCommandLine, resolveOptions } from './support/cli';
import { describeCounts, shapeOf, type HistoryCounts } from './support/history-shape';
import { Latencies, timed } from './support/latency';
import { startProgress } from './support/progress';
import { costRatio, rateRatio, type BenchResult, type BenchRow } from './support/result';
import { inLanes, roundRobin } from './support/round-robin';
import { withTestServers } from './support/servers';
import { noticeTimeline, TRAFFORD, type Timeline } from './support/trafford-timeline';
import { spawnWorkerProcess, type WorkerProcess } from './support/worker-process';

export const Options = z.object({
  /** Notices driven at once, each Trafford's timeline under a council of its own. */
  notices: z.coerce.number().int().min(1),
  /** Months of Trafford's life from the issue (12: its first year, 115 commands a notice). */
  months: z.coerce.number().int().min(1).max(45),
  /** Commands in flight at once (never two for one notice: each fact depends on the ones before). */
  concurrency: z.coerce.number().int().min(1).max(1_000),
  /** Histories read to count what the commands caused (activities, timers, runs). */
  sample: z.coerce.number().int().min(1),
  quick: z.coerce.boolean().optional(),
});
export type Options = z.infer<typeof Options>;

const DEFAULTS: z.input<typeof Options> = { notices: 1_000, months: 12, concurrency: 100, sample: 10 };
const QUICK: Partial<z.input<typeof Options>> = { notices: 20, months: 3, concurrency: 20, sample: 5 };

/** What one side (the product, or the bare baseline) did with the same notices and commands. */
interface Phase {
  commands: number;
  startSeconds: number;
  commandSeconds: number;
  /** From the first command until the sampled notices were idle (their last activities done). */
  settledSeconds: number;
  latencies: Latencies;
  readyRssMiB: number;
  peakRssMiB: number;
  /** Mean per sampled notice, all runs. */
  perNotice: HistoryCounts;
  /** The sampled history the baseline replays (the median by activities), and how many shapes there were. */
  plan: Plan;
  distinctShapes: number;
}

/** How a side starts a notice's workflow and sends it one fact. */
interface Side {
  start(index: number, timeline: Timeline): Promise<WorkflowHandle>;
  send(handle: WorkflowHandle, fact: Fact): Promise<unknown>;
}

/**
 * N notices, each Trafford's first months under a council of its own, on a Temporal dev server
 * with the real worker in a process of its own; every fact sent straight as the `command` update
 * (the API's own cost is bench/api-read.ts's business), round-robin across notices with bounded
 * concurrency. Then a bare workflow doing the same workflows and updates, and the activities,
 * timers and runs those updates caused in the product (read from a sample of its histories).
 */
export async function run(given: Partial<Options> = {}): Promise<BenchResult> {
  const options = resolveOptions(Options, DEFAULTS, QUICK, given);
  const until = addMonths(TRAFFORD.issuedOn, options.months);
  const timelines = Array.from({ length: options.notices }, (_, i) =>
    noticeTimeline(until, { slug: `bench-${i + 1}`, name: `Bench Council ${i + 1}` }),
  );
  // Both workers start from bundles built here, so neither's memory includes webpack's.
  const bundles = mkdtempSync(join(tmpdir(), 'cs-bench-bundles-'));
  try {
    const productBundle = await buildWorkflowBundle(join(bundles, 'product.js'));
    const bareBundle = await buildBareBundle(join(bundles, 'bare.js'));
    const product = await withTestServers((addresses) => productPhase({ ...addresses, WORKFLOW_BUNDLE_PATH: productBundle }, timelines, options));
    const bare = await withTestServers((addresses) => barePhase({ ...addresses, WORKFLOW_BUNDLE_PATH: bareBundle }, timelines, product.plan, options));
    return report(options, until, product, bare);
  } finally {
    rmSync(bundles, { recursive: true, force: true });
  }
}

/** Where the servers are, and the workflow bundle the worker starts from. */
type PhaseEnv = TestServerAddresses & { WORKFLOW_BUNDLE_PATH: string };

async function productPhase(addresses: PhaseEnv, timelines: Timeline[], options: Options): Promise<Phase> {
  const env = loadEnv({ ...process.env, ...addresses });
  const db = await openDatabase(addresses.DATABASE_URL); // the test servers ran the migrate step
  const client = new Client({ connection: await connectClient(env), namespace: env.TEMPORAL_NAMESPACE });
  const taskQueue = env.TEMPORAL_TASK_QUEUE;
  const worker = await spawnWorkerProcess('worker', 'apps/worker/src/main.ts', { ...addresses, TEMPORAL_TASK_QUEUE: taskQueue }, client, taskQueue);
  try {
    const side: Side = {
      start: (_, t) =>
        client.workflow.start<InstrumentWorkflow>(instrumentWorkflowTypes['improvement-notice'], {
          taskQueue,
          workflowId: instrumentWorkflowId('improvement-notice', councilOf(t).slug, t.start.effectiveOn),
          args: [startInput(t.start)],
        }),
      send: record,
    };
    return await drive('product', client, side, timelines, options, worker);
  } finally {
    await worker.stop();
    await client.connection.close();
    await db.destroy();
  }
}

async function barePhase(addresses: PhaseEnv, timelines: Timeline[], plan: Plan, options: Options): Promise<Phase> {
  const env = loadEnv({ ...process.env, ...addresses });
  const client = new Client({ connection: await connectClient(env), namespace: env.TEMPORAL_NAMESPACE });
  const taskQueue = 'bare';
  const worker = await spawnWorkerProcess('bare-worker', 'bench/bare/main.ts', { ...addresses, TEMPORAL_TASK_QUEUE: taskQueue }, client, taskQueue);
  try {
    const side: Side = {
      start: (_, t) => startBare(client, taskQueue, `bare-notice/${councilOf(t).slug}`, { plan, start: commandOf(t.start) }),
      send: append,
    };
    return await drive('bare', client, side, timelines, options, worker);
  } finally {
    await worker.stop();
    await client.connection.close();
  }
}

/** Starts every notice, then sends every command; timed, with progress on stderr. */
async function drive(label: string, client: Client, side: Side, timelines: Timeline[], options: Options, worker: WorkerProcess): Promise<Phase> {
  const handles: WorkflowHandle[] = [];
  const readyRssMiB = worker.rssMiB();
  const t0 = performance.now();
  await inLanes([...timelines.keys()], options.concurrency, async (i) => {
    handles[i] = await side.start(i, timelines[i]);
  });
  const t1 = performance.now();
  const latencies = new Latencies();
  const total = timelines.reduce((n, t) => n + t.facts.length, 0);
  const stopProgress = startProgress(label, total, () => latencies.count);
  try {
    await roundRobin(
      timelines.map((t) => t.facts),
      options.concurrency,
      async (fact, i) => void (await timed(latencies, () => side.send(handles[i], fact))),
    );
  } finally {
    stopProgress();
  }
  const t2 = performance.now();
  const { settledAt, ...sampled } = await sample(client, handles, options.sample);
  const peakRssMiB = worker.peakRssMiB();
  return {
    commands: latencies.count,
    startSeconds: (t1 - t0) / 1000,
    commandSeconds: (t2 - t1) / 1000,
    settledSeconds: (settledAt - t1) / 1000,
    latencies,
    readyRssMiB,
    peakRssMiB,
    ...sampled,
  };
}

/** Reads evenly spaced notices' histories (once their last activities are done) and counts them. */
async function sample(
  client: Client,
  handles: WorkflowHandle[],
  size: number,
): Promise<Pick<Phase, 'perNotice' | 'plan' | 'distinctShapes'> & { settledAt: number }> {
  const picked = [...new Set(Array.from({ length: Math.min(size, handles.length) }, (_, k) => Math.floor((k * handles.length) / size)))];
  await Promise.all(picked.map((i) => settled(handles[i])));
  const settledAt = performance.now();
  const shapes: Awaited<ReturnType<typeof shapeOf>>[] = [];
  for (const i of picked) shapes.push(await shapeOf(client, handles[i].workflowId));
  // Races between a notice's updates and its projections vary the shapes a little: the baseline
  // replays the median one by activity count.
  const median = [...shapes].sort((a, b) => a.counts.activities - b.counts.activities)[Math.floor(shapes.length / 2)];
  const mean = (k: keyof HistoryCounts) => shapes.reduce((n, s) => n + s.counts[k], 0) / shapes.length;
  const perNotice: HistoryCounts = {
    runs: mean('runs'),
    events: mean('events'),
    updates: mean('updates'),
    activities: mean('activities'),
    timersStarted: mean('timersStarted'),
    timersFired: mean('timersFired'),
    children: mean('children'),
  };
  return { perNotice, plan: median.plan, distinctShapes: new Set(shapes.map((s) => s.plan.join('|'))).size, settledAt };
}

/**
 * Waits until a workflow is idle: no activity or workflow task pending and its history no longer
 * growing (between two of its activities neither is pending, for a moment).
 */
async function settled(handle: WorkflowHandle, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = -1;
  for (;;) {
    const { raw, historyLength } = await handle.describe();
    const idle = !raw.pendingActivities?.length && !raw.pendingWorkflowTask;
    if ((idle && historyLength === last) || Date.now() > until) return;
    last = idle ? historyLength : -1;
    await new Promise((r) => setTimeout(r, 300));
  }
}

function councilOf(t: Timeline): { slug: string } {
  return (t.start.payload as { council: { slug: string } }).council;
}

function report(options: Options, until: string, product: Phase, bare: Phase): BenchResult {
  const rate = (p: Phase) => p.commands / p.commandSeconds;
  const pair = (metric: string, unit: string, of: (p: Phase) => number, ratio?: (a: number, b: number) => number, note?: string): BenchRow => ({
    metric,
    unit,
    product: of(product),
    baseline: of(bare),
    ratio: ratio?.(of(product), of(bare)),
    note,
  });
  const perNotice = (metric: string, key: keyof HistoryCounts): BenchRow => pair(`per notice: ${metric}`, 'count', (p) => p.perNotice[key]);
  return {
    name: `${options.notices} notices at once vs bare Temporal (dev server)`,
    parameters: {
      notices: options.notices,
      months: options.months,
      until,
      commandsPerNotice: product.commands / options.notices,
      concurrency: options.concurrency,
      sample: options.sample,
      baselineActivity: 'one Postgres insert',
    },
    rows: [
      pair('commands/s', 'cmd/s', rate, rateRatio),
      pair('command latency p50', 'ms', (p) => p.latencies.percentile(50), costRatio),
      pair('command latency p99', 'ms', (p) => p.latencies.percentile(99), costRatio),
      pair('commands sent', 'count', (p) => p.commands),
      pair('wall time, commands', 's', (p) => p.commandSeconds, costRatio),
      pair('wall time, commands and their trailing activities', 's', (p) => p.settledSeconds, costRatio, 'until the sampled notices were idle'),
      pair('wall time, starting the notices', 's', (p) => p.startSeconds, costRatio),
      pair('worker RSS when polling', 'MiB', (p) => p.readyRssMiB, costRatio, 'the worker process alone, before the first notice'),
      pair('worker peak RSS', 'MiB', (p) => p.peakRssMiB, costRatio, 'VmHWM from polling on'),
      perNotice('updates accepted', 'updates'),
      perNotice('activities scheduled', 'activities'),
      perNotice('timers started', 'timersStarted'),
      perNotice('runs', 'runs'),
      {
        ...perNotice('history events', 'events'),
        note: `product sample (${product.distinctShapes} shapes): ${describeCounts(product.perNotice)}; baseline: ${bare.distinctShapes} shapes`,
      },
    ],
  };
}

if (require.main === module) runFromCommandLine(run);
