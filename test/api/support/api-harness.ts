import { INestApplication } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { randomBytes } from 'crypto';
import { DataSource } from 'typeorm';
import type { Env } from '@cs/config';
import type { Role } from '@cs/domain';
import { openDatabase } from '@cs/persistence';
import { connectWorker } from '@cs/temporal';
import { createApp } from '../../../apps/api/src/app';
import { TokenStore } from '@cs/persistence';
import { createActivities } from '../../../apps/worker/src/activities';
import { createInterventionWorker } from '../../../apps/worker/src/worker';
import { testEnv } from '../../support/env';

/** Replies are read loosely in tests: the assertions say what each field must be. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export interface Reply<T = Loose> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A client of a running API: HTTP calls, tokens issued in its database, and the database itself. */
export interface ApiClient {
  db: DataSource;
  base: string;
  tokens: TokenStore;
  call<T = Loose>(method: string, path: string, options?: CallOptions): Promise<Reply<T>>;
  tokenFor(role: Role, council?: string): Promise<string>;
}

/** The API in-process on a free port, a real worker on its own task queue, real Temporal and Postgres. */
export interface ApiHarness extends ApiClient {
  env: Env;
  /** A unique suffix for council slugs, so runs and files never share an instrument. */
  run: string;
  stop(): Promise<void>;
}

export async function startApi(name: string, overrides: Record<string, string> = {}, withWorker = true): Promise<ApiHarness> {
  const run = randomBytes(4).toString('hex');
  const env = testEnv({ TEMPORAL_TASK_QUEUE: `api-${name}-${run}`, LOG_LEVEL: 'error', ...overrides });
  const db = await openDatabase(env.DATABASE_URL!);
  let connection: NativeConnection | undefined;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  if (withWorker) {
    connection = await connectWorker(env);
    worker = await createInterventionWorker({
      connection,
      namespace: env.TEMPORAL_NAMESPACE,
      taskQueue: env.TEMPORAL_TASK_QUEUE,
      activities: createActivities({ db, workerIdentity: `api-${name}`, reminderLeadDays: 14 }),
    });
    running = worker.run();
  }
  const app: INestApplication = await createApp(env);
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  return {
    ...apiClient(base, db),
    env,
    run,
    async stop() {
      await app.close();
      worker?.shutdown();
      await running;
      await connection?.close();
      await db.destroy();
    },
  };
}

/** A client of the API at `base` (one in this process or another), issuing tokens in its database `db`. */
export function apiClient(base: string, db: DataSource): ApiClient {
  const tokens = new TokenStore(db);
  const cache = new Map<string, string>();
  return {
    db,
    base,
    tokens,
    async call(method, path, options = {}) {
      const headers: Record<string, string> = { ...(options.headers ?? {}) };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      let body: string | undefined;
      if (options.body !== undefined) {
        headers['content-type'] ??= 'application/json';
        body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      }
      const res = await fetch(base + path, { method, headers, body });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON (the docs page)
      }
      return { status: res.status, body: parsed as Loose, headers: res.headers };
    },
    async tokenFor(role, council) {
      const key = `${role}/${council ?? ''}`;
      if (!cache.has(key)) cache.set(key, (await tokens.issue({ name: `${role} of ${council ?? 'DfE'}`, role, council })).token);
      return cache.get(key)!;
    },
  };
}

/** Polls until `check` returns a value (the register is projected asynchronously). */
export async function eventually<T>(check: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}
