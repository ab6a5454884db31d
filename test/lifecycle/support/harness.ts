import { WorkflowUpdateFailedError, type Client, type WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import {
  commandUpdate,
  factsQuery,
  instrumentWorkflowTypes,
  stateQuery,
  type CommandAccepted,
  type CommandInput,
  type InstrumentView,
  type InstrumentWorkflow,
  type LifecycleInput,
} from '@cs/contract';
import type { Actor, Fact, InstrumentKind, IsoDate } from '@cs/domain';
import { openDatabase } from '@cs/persistence';
import { createActivities } from '../../../apps/worker/src/activities';
import { createInterventionWorker } from '../../../apps/worker/src/worker';
import { createTimeSkippingEnv } from '../../support/time-skipping';

export const REMINDER_LEAD_DAYS = 14;

/** The real worker (bundle + activities on the embedded Postgres) on the time-skipping server. */
export interface Harness {
  env: TestWorkflowEnvironment;
  client: Client;
  db: DataSource;
  taskQueue: string;
  stop(): Promise<void>;
}

export async function startHarness(name: string): Promise<Harness> {
  const env = await createTimeSkippingEnv();
  const db = await openDatabase(process.env.DATABASE_URL!);
  const taskQueue = `lifecycle-${name}`;
  const worker: Worker = await createInterventionWorker({
    connection: env.nativeConnection,
    namespace: 'default',
    taskQueue,
    activities: createActivities({ db, workerIdentity: `test-${name}`, reminderLeadDays: REMINDER_LEAD_DAYS, client: env.client }),
    identity: `test-${name}`,
  });
  const running = worker.run();
  return {
    env,
    client: env.client,
    db,
    taskQueue,
    async stop() {
      worker.shutdown();
      await running;
      await db.destroy();
      await env.teardown();
    },
  };
}

/** A fact as the command a person would give, with the same actor and recorded time. */
export function commandOf(fact: Fact): CommandInput {
  return {
    command: { type: fact.type, effectiveOn: fact.effectiveOn, payload: fact.payload } as CommandInput['command'],
    actor: fact.actor,
    recordedAt: fact.recordedAt,
  };
}

export function startInput(fact: Fact): LifecycleInput {
  const { command, actor, recordedAt } = commandOf(fact);
  return { start: { command, actor, recordedAt } };
}

/** Start an instrument's workflow from its starting fact. */
export async function start(h: Harness, kind: InstrumentKind, workflowId: string, fact: Fact): Promise<WorkflowHandle> {
  await h.client.workflow.start<InstrumentWorkflow>(instrumentWorkflowTypes[kind], { taskQueue: h.taskQueue, workflowId, args: [startInput(fact)] });
  return h.client.workflow.getHandle(workflowId);
}

/** Record a fact through the update; the fact id is the update id (the Idempotency-Key). */
export function record(handle: WorkflowHandle, fact: Fact): Promise<CommandAccepted> {
  return handle.executeUpdate(commandUpdate, { args: [commandOf(fact)], updateId: fact.id });
}

export function give(handle: WorkflowHandle, input: CommandInput, updateId?: string): Promise<CommandAccepted> {
  return handle.executeUpdate(commandUpdate, { args: [input], updateId });
}

export function stateOf<D = unknown>(handle: WorkflowHandle, asOf?: IsoDate): Promise<InstrumentView<D>> {
  return handle.query(stateQuery, asOf) as Promise<InstrumentView<D>>;
}

/**
 * The state of a workflow just started by another (a successor): a query can fail until its first
 * workflow task has completed, so retry for a while before giving up with the last error.
 */
export async function stateOnceStarted<D = unknown>(handle: WorkflowHandle, asOf?: IsoDate, ms = 15_000): Promise<InstrumentView<D>> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await stateOf<D>(handle, asOf);
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export function factsOf(handle: WorkflowHandle): Promise<Fact[]> {
  return handle.query(factsQuery);
}

/**
 * Wait until a predicate on what is read holds (the register and outbox are written after an update
 * returns; timers fire on the server's clock), and fail with the last value read if it never does.
 */
export async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > until) throw new Error(`still not so after ${ms} ms; last read: ${JSON.stringify(v)?.slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Wait until the workflow has acted on everything due by the server's clock: no workflow task and no
 * activity pending. Then a read of the outbox or the register is what the workflow did, not a race.
 */
export async function settled(handle: WorkflowHandle): Promise<void> {
  await eventually(
    () => handle.describe(),
    (d) => !d.raw.pendingWorkflowTask && !d.raw.pendingActivities?.length,
  );
}

export const actors = {
  caselead: { id: 'caselead-1', role: 'dfe-caselead' } as Actor,
  adviser: { id: 'adviser-1', role: 'adviser' } as Actor,
  office: (council: string): Actor => ({ id: 'office-1', role: 'programme-office', council }),
  chair: (council: string): Actor => ({ id: 'chair-1', role: 'board-chair', council }),
};

/** The same facts for another council: payload councils, actor councils and ids retargeted. */
export function forCouncil(facts: Fact[], council: { slug: string; name: string }): Fact[] {
  return facts.map((f) => {
    const payload = f.payload as Record<string, unknown>;
    return {
      ...f,
      id: `${council.slug}-${f.id}`,
      actor: f.actor.council ? { ...f.actor, council: council.slug } : f.actor,
      payload: 'council' in payload ? { ...payload, council } : payload,
    } as Fact;
  });
}

/** The reason the update validator gave for refusing a command (the test fails if it was accepted). */
export async function refused(p: Promise<unknown>): Promise<string> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
  return String((err as WorkflowUpdateFailedError).cause?.message);
}
