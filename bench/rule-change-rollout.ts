// Benchmark (not a test): a drafted amendment rolled out to N open notices through the product's
// rollout (POST /rule-changes, POST /rule-changes/{id}/apply, then GET .../rollouts/apply until it
// completes: the rollout workflow, one activity per notice reading its facts and sending the
// `command` update), beside a bare Temporal fan-out of the same updates to N bare workflows in
// batches of the same width. Both on one dev server and database (the bare side runs after the
// rollout has finished). See docs/benchmarks.md.
// Run: npm run bench:rollout -- [--quick] [--instruments 1000] [--concurrency 8]
import type { WorkflowHandle } from '@temporalio/client';
import { z } from 'zod';
import { addDays, type Actor, type AmendmentChange, type Fact, type RolloutProgress } from '@cs/domain';
import type { DataSource } from 'typeorm';
import { RegisterEntity, RolloutEntity, TokenStore } from '@cs/persistence';
import { instrumentWorkflowId, instrumentWorkflowTypes, rolloutUpdateId, type InstrumentWorkflow } from '@cs/contract';
import { changeCommands } from '@cs/rules';
import { startInput } from '../test/lifecycle/support/harness';
import { NoticeFacts } from '../test/lifecycle/support/notices';
import { startBare } from './bare/client';
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
    const bare = await bareFanOut(product, issued, o, rollout.rolloutId);
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
    latest = await until(() => call<RolloutProgress>('GET', started.progress), (p) => p.status !== 'running' && p.status !== 'unknown', 1_200_000, 1_000);
    if (latest.status !== 'completed') throw new Error(`the rollout ended ${latest.status}: ${JSON.stringify(latest.failures.slice(0, 3))}`);
    const { finishedAt } = await product.db.getRepository(RolloutEntity).findOneByOrFail({ id: started.rolloutId });
    const seconds = (new Date(finishedAt!).getTime() - appliedAt) / 1000;
    return { side: { seconds, updates: latest.recorded + latest.alreadyRecorded, failures: latest.refused }, progress: latest, rolloutId: started.rolloutId };
  } finally {
    stopProgress();
  }
}

/**
 * The baseline: N bare workflows (bench/bare) each sent the same update the rollout sends (same
 * argument, same update id), in batches of the same width, from the client: no rollout workflow,
 * no activity, no facts query, no outcome rows.
 */
async function bareFanOut(product: RunningProduct, issued: Fact[], o: Options, rolloutId: string): Promise<Side> {
  const taskQueue = 'bare';
  const worker = await spawnWorkerProcess('bare-worker', 'bench/bare/main.ts', { ...product.addresses, TEMPORAL_TASK_QUEUE: taskQueue }, product.client, taskQueue);
  try {
    const handles: WorkflowHandle[] = [];
    await inLanes([...issued.keys()], o.startLanes, async (i) => {
      const slug = (issued[i].payload as { council: { slug: string } }).council.slug;
      // One update awaited, then open for more: as a running notice is.
      handles[i] = await startBare(product.client, taskQueue, `bare-notice/${slug}`, { plan: [STEP.update], start: startInput(issued[i]).start });
    });
    // Each bare workflow's first task done before the clock starts, as the notices' were.
    await until(() => Promise.all([handles[0], handles[handles.length - 1]].map((h) => h.describe())), (ds) => ds.every((d) => !d.raw.pendingWorkflowTask && d.historyLength >= 4), 120_000, 200);
    const updates = issued.map((fact, i) => {
      const planned = changeCommands(draft, { kind: 'improvement-notice', facts: [fact] }, 'apply', { rolloutId });
      if (!planned.affected) throw new Error(`the draft does not reach bare notice ${i}: ${planned.reason}`);
      return planned.commands[0];
    });
    let done = 0;
    let failures = 0;
    const stopProgress = startProgress('bare', issued.length, () => done);
    const t0 = performance.now();
    try {
      for (let i = 0; i < handles.length; i += o.concurrency) {
        await Promise.all(
          handles.slice(i, i + o.concurrency).map(async (handle, k) => {
            const updateId = rolloutUpdateId(rolloutId, handle.workflowId, 0);
            const args: [unknown] = [{ command: updates[i + k], actor: admin, recordedAt: new Date().toISOString() }];
            await handle.executeUpdate(appendUpdate, { args, updateId }).then(
              () => done++,
              () => failures++,
            );
          }),
        );
      }
    } finally {
      stopProgress();
    }
    return { seconds: (performance.now() - t0) / 1000, updates: done, failures };
  } finally {
    await worker.stop();
  }
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

function report(o: Options, setupSeconds: number, product: Side, progress: RolloutProgress, bare: Side): BenchResult {
  return {
    name: `Rule changes: rollout of a drafted amendment to ${o.instruments} open notices vs a bare Temporal fan-out`,
    parameters: { instruments: o.instruments, concurrency: o.concurrency, factsEach: 1, baseline: 'client fan-out, same batches, one update each' },
    rows: [
      { metric: 'wall time, apply to rollout completed', unit: 's', product: product.seconds, baseline: bare.seconds, ratio: costRatio(product.seconds, bare.seconds), note: 'target <= 120 s (1,000 notices)' },
      { metric: 'updates/s', unit: 'upd/s', product: product.updates / product.seconds, baseline: bare.updates / bare.seconds, ratio: rateRatio(product.updates / product.seconds, bare.updates / bare.seconds) },
      { metric: 'updates recorded', unit: 'count', product: product.updates, baseline: bare.updates, note: `${progress.notAffected} not affected` },
      { metric: 'failures', unit: 'count', product: product.failures, baseline: bare.failures, note: 'refused (product) / update failed (bare)' },
      { metric: 'set-up: notices started and in the register', unit: 's', product: setupSeconds, note: 'not measured against anything' },
    ],
  };
}

if (require.main === module) runFromCommandLine(run);
