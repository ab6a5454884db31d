// Benchmark (not a test): a drafted amendment rolled out to N open notices through the product's
// rollout (POST /rule-changes, POST /rule-changes/{id}/apply, then GET .../rollouts/apply until it
// completes: the rollout workflow, one activity per notice reading its facts and sending the
// `command` update), beside a bare Temporal fan-out of the same updates to N bare workflows in
// batches of the same width. Both on one dev server and database (the bare side runs after the
// rollout has finished). See docs/benchmarks.md.
// Run: npm run bench:rollout -- [--quick] [--instruments 1000] [--concurrency 8]
import type { WorkflowHandle } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { z } from 'zod';
import { addDays, type Actor, type AmendmentChange, type Fact, type RolloutProgress } from '@cs/domain';
import type { DataSource } from 'typeorm';
import { RegisterEntity, RolloutEntity, TokenStore } from '@cs/persistence';
import { instrumentWorkflowId, instrumentWorkflowTypes, rolloutUpdateId, type InstrumentWorkflow } from '@cs/contract';
import { changeCommands } from '@cs/rules';
import { startInput } from '../test/lifecycle/support/harness';
import { NoticeFacts } from '../test/lifecycle/support/notices';
import { startBare } from './bare/client';
import { createFanOutActivities } from './bare/fan-out.activities';
import { bareFanOutWorkflow, type FanOutTarget } from './bare/fan-out.workflow';
import { appendUpdate } from './bare/messages';
import { STEP } from './bare/plan';
import { resolveOptions, runFromCommandLine } from './support/cli';
import { withProduct, type RunningProduct } from './support/product';
import { startProgress } from './support/progress';
import { costRatio, rateRatio, type BenchResult } from './support/result';
import { inLanes } from './support/round-robin';
import { spawnWorkerProcess } from './support/worker-process';

const OptionsSchema = z
  .object({
    quick: z.coerce.boolean(),
    /** Open notices the amendment reaches. */
    instruments: z.coerce.number().int().positive(),
    /** The rollout's throttle (ApplyBody's concurrency: notices updated at once), the bare side's batch width too. */
    concurrency: z.coerce.number().int().min(1).max(50),
    /** Notices started at once in the set-up (not measured). */
    startLanes: z.coerce.number().int().positive(),
  })
  .strict();
export type Options = z.infer<typeof OptionsSchema>;

const defaults: Options = { quick: false, instruments: 1000, concurrency: 8, startLanes: 25 };
const quick: Partial<Options> = { instruments: 20 };

const ISSUED_ON = '2024-01-15';
// Opens after every notice is issued, so each gets one flexibility.started fact.
const draft: AmendmentChange = {
  type: 'amendment',
  amendmentId: 'bench-rollout',
  version: '1',
  title: 'a benchmark letter',
  appliesTo: ['improvement-notice'],
  window: { startOn: '2024-09-01', endOn: '2025-03-01' },
  source: { document: 'A benchmark letter' },
  overrides: [{ parameter: 'board.maxIntervalDays', value: 56, clause: '(1)' }],
};
const admin: Actor = { id: 'bench-admin', role: 'admin' };

/** What one side did. */
interface Side {
  seconds: number;
  updates: number;
  failures: number;
}

/** A notice backdated to before the window with only the fact the amendment needs: its issue. */
function issuedFact(i: number): Fact {
  const n = new NoticeFacts({ slug: `bench-${i + 1}`, name: `Bench Council ${i + 1}` });
  return n.issued(ISSUED_ON, addDays(ISSUED_ON, -20));
}

export async function run(options: Partial<Options> = {}): Promise<BenchResult> {
  const o = resolveOptions(OptionsSchema, defaults, quick, options);
  const issued = Array.from({ length: o.instruments }, (_, i) => issuedFact(i));
  return withProduct({ logLevel: 'warn', nodeArgs: [] }, async (product) => {
    log(`starting ${o.instruments} notices...`);
    const setupSeconds = await startNotices(product, issued, o.startLanes);
    log(`${o.instruments} notices open in the register in ${setupSeconds.toFixed(1)} s; applying the amendment`);
    const rollout = await rollOut(product, o);
    log(`rollout done in ${rollout.side.seconds.toFixed(1)} s; the bare fan-out now`);
    const bare = await bareFanOuts(product, issued, o, rollout.rolloutId);
    return report(o, setupSeconds, rollout.side, rollout.progress, bare);
  });
}

/** Starts every notice straight on Temporal (the API's own cost is not this benchmark's) and waits for the register. */
async function startNotices(product: RunningProduct, issued: Fact[], lanes: number): Promise<number> {
  const t0 = performance.now();
  await inLanes(issued, lanes, async (fact) => {
    const slug = (fact.payload as { council: { slug: string } }).council.slug;
    await product.client.workflow.start<InstrumentWorkflow>(instrumentWorkflowTypes['improvement-notice'], {
      taskQueue: product.taskQueue,
      workflowId: instrumentWorkflowId('improvement-notice', slug, fact.effectiveOn),
      args: [startInput(fact)],
    });
  });
  await until(() => registered(product.db), (n) => n >= issued.length, 600_000);
  return (performance.now() - t0) / 1000;
}

const registered = (db: DataSource) => db.getRepository(RegisterEntity).countBy({ kind: 'improvement-notice' });

/** Drafts the amendment and applies it through the API, timed from the apply to the rollout's completion. */
async function rollOut(product: RunningProduct, o: Options): Promise<{ side: Side; progress: RolloutProgress; rolloutId: string }> {
  const { token } = await new TokenStore(product.db).issue({ name: 'bench admin', role: admin.role });
  const call = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
    const res = await fetch(product.base + path, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const { id } = await call<{ id: string }>('POST', '/rule-changes', draft);
  let latest: RolloutProgress | undefined;
  const stopProgress = startProgress('rollout', o.instruments, () => latest?.done ?? 0);
  const appliedAt = Date.now();
  try {
    const started = await call<{ progress: string; rolloutId: string }>('POST', `/rule-changes/${id}/apply`, { concurrency: o.concurrency });
    // Polled as a person watching the page would; the time itself is the rollout's own finished_at.
    latest = await until(async () => (latest = await call<RolloutProgress>('GET', started.progress)), (p) => p.status !== 'running' && p.status !== 'unknown', 1_200_000, 1_000);
    if (latest.status !== 'completed') throw new Error(`the rollout ended ${latest.status}: ${JSON.stringify(latest.failures.slice(0, 3))}`);
    const { finishedAt } = await product.db.getRepository(RolloutEntity).findOneByOrFail({ id: started.rolloutId });
    const seconds = (new Date(finishedAt!).getTime() - appliedAt) / 1000;
    return { side: { seconds, updates: latest.recorded + latest.alreadyRecorded, failures: latest.refused }, progress: latest, rolloutId: started.rolloutId };
  } finally {
    stopProgress();
  }
}

/**
 * The baselines, each over N bare workflows of its own (bench/bare, one `append` update awaited,
 * then open for more, as a running notice is) sent the same update the rollout sends (same
 * argument, same update id) in batches of the same width: first by a bare fan-out workflow, one
 * activity per update (the Temporal floor of a durable rollout), then straight from the client
 * (the floor of the updates alone). Neither reads targets, queries facts, evaluates rules or
 * writes outcome rows.
 */
async function bareFanOuts(product: RunningProduct, issued: Fact[], o: Options, rolloutId: string): Promise<{ workflow: Side; client: Side }> {
  const taskQueue = 'bare';
  const worker = await spawnWorkerProcess('bare-worker', 'bench/bare/main.ts', { ...product.addresses, TEMPORAL_TASK_QUEUE: taskQueue }, product.client, taskQueue);
  const connection = await NativeConnection.connect({ address: product.addresses.TEMPORAL_ADDRESS });
  try {
    const updates = issued.map((fact, i) => {
      const planned = changeCommands(draft, { kind: 'improvement-notice', facts: [fact] }, 'apply', { rolloutId });
      if (!planned.affected) throw new Error(`the draft does not reach bare notice ${i}: ${planned.reason}`);
      return planned.commands[0];
    });
    const targetsOf = async (set: string): Promise<FanOutTarget[]> => {
      const handles = await startBareNotices(product, issued, o, taskQueue, set);
      return handles.map((h, i) => ({
        workflowId: h.workflowId,
        updateId: rolloutUpdateId(rolloutId, h.workflowId, 0),
        arg: { command: updates[i], actor: admin, recordedAt: new Date().toISOString() },
      }));
    };

    const viaWorkflow = await targetsOf('fan-out');
    const fanOutWorker = await Worker.create({
      connection,
      namespace: product.client.options.namespace,
      taskQueue: 'bare-fan-out',
      workflowsPath: require.resolve('./bare/fan-out.workflow'),
      activities: createFanOutActivities(product.client),
    });
    const t0 = performance.now();
    const sent = await fanOutWorker.runUntil(
      product.client.workflow.execute(bareFanOutWorkflow, { taskQueue: 'bare-fan-out', workflowId: `bare-fan-out/${rolloutId}`, args: [viaWorkflow, o.concurrency] }),
    );
    const workflow: Side = { seconds: (performance.now() - t0) / 1000, updates: sent, failures: viaWorkflow.length - sent };

    const fromClient = await targetsOf('client');
    let done = 0;
    let failures = 0;
    const stopProgress = startProgress('bare, from the client', issued.length, () => done);
    const t1 = performance.now();
    try {
      for (let i = 0; i < fromClient.length; i += o.concurrency) {
        await Promise.all(
          fromClient.slice(i, i + o.concurrency).map((t) =>
            product.client.workflow
              .getHandle(t.workflowId)
              .executeUpdate(appendUpdate, { args: [t.arg], updateId: t.updateId })
              .then(() => done++, () => failures++),
          ),
        );
      }
    } finally {
      stopProgress();
    }
    return { workflow, client: { seconds: (performance.now() - t1) / 1000, updates: done, failures } };
  } finally {
    await connection.close();
    await worker.stop();
  }
}

/** Starts N bare workflows under `set`, and waits until their first tasks are done, as the notices' were. */
async function startBareNotices(product: RunningProduct, issued: Fact[], o: Options, taskQueue: string, set: string): Promise<WorkflowHandle[]> {
  const handles: WorkflowHandle[] = [];
  await inLanes([...issued.keys()], o.startLanes, async (i) => {
    const slug = (issued[i].payload as { council: { slug: string } }).council.slug;
    handles[i] = await startBare(product.client, taskQueue, `bare-notice/${set}/${slug}`, { plan: [STEP.update], start: startInput(issued[i]).start });
  });
  await until(() => Promise.all([handles[0], handles[handles.length - 1]].map((h) => h.describe())), (ds) => ds.every((d) => !d.raw.pendingWorkflowTask && d.historyLength >= 4), 120_000, 200);
  return handles;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, everyMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs / 1000} s at ${JSON.stringify(value).slice(0, 200)}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

function log(message: string): void {
  console.error(`[bench] ${message}`);
}

function report(o: Options, setupSeconds: number, product: Side, progress: RolloutProgress, bare: { workflow: Side; client: Side }): BenchResult {
  const rate = (s: Side) => s.updates / s.seconds;
  const { workflow, client } = bare;
  return {
    name: `Rule changes: rollout of a drafted amendment to ${o.instruments} open notices vs a bare Temporal fan-out`,
    parameters: { instruments: o.instruments, concurrency: o.concurrency, factsEach: 1, baseline: 'bare fan-out workflow, same batches, one activity sending one update each' },
    rows: [
      { metric: 'wall time, apply to rollout completed', unit: 's', product: product.seconds, baseline: workflow.seconds, ratio: costRatio(product.seconds, workflow.seconds), note: 'target <= 120 s for 1,000 notices' },
      { metric: 'updates/s', unit: 'upd/s', product: rate(product), baseline: rate(workflow), ratio: rateRatio(rate(product), rate(workflow)) },
      { metric: 'updates recorded', unit: 'count', product: product.updates, baseline: workflow.updates, note: `${progress.notAffected} not affected` },
      { metric: 'failures', unit: 'count', product: product.failures, baseline: workflow.failures, note: 'refused (product) / not sent (bare)' },
      { metric: 'wall time, the same updates from the client in the same batches (no workflow)', unit: 's', product: product.seconds, baseline: client.seconds, ratio: costRatio(product.seconds, client.seconds), note: `${client.updates} sent, ${client.failures} failed` },
      { metric: 'set-up: notices started and in the register', unit: 's', product: setupSeconds, note: 'not timed against anything' },
    ],
  };
}

if (require.main === module) runFromCommandLine(run);
