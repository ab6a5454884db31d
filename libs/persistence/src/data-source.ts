import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { DatabaseUnreachableError, pgDriver } from './reachable-pool';

/**
 * A TypeORM data source over one Postgres URL; never synchronize: migrations own the schema.
 * `queryTimeoutMs` bounds how long one query waits for the server's answer (a server paused or cut
 * off keeps its connections open and answers nothing): past it the query fails and the API answers
 * 503 rather than holding the request. The migrate step sets none: a migration may take long.
 */
export function createDataSource(url: string, queryTimeoutMs?: number): DataSource {
  return new DataSource({
    type: 'postgres',
    driver: pgDriver,
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: { max: 10, connectionTimeoutMillis: 5000, ...(queryTimeoutMs ? { query_timeout: queryTimeoutMs } : {}) },
  });
}

/** How long to wait for a server that is not accepting connections yet, and who hears about it. */
export interface WaitForDatabase {
  /** 0 (the default): the first refusal is the answer. */
  waitMs?: number;
  /** Told before each retry: the attempt that failed, why, and how long is left. */
  onWait?(attempt: number, reason: string, remainingMs: number): void;
  /** How long one query may go unanswered (DATABASE_QUERY_TIMEOUT_MS); unset: for ever. */
  queryTimeoutMs?: number;
}

// Refusals that mean "not up yet" (starting, restarting, a container not ready), not a wrong
// URL, password or database, which waiting would not mend.
const NOT_UP_YET = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', '57P03']);

/** The line a process writes while it waits, in the JSON the API and the worker log in. */
export function logDatabaseWait(processName: string): WaitForDatabase['onWait'] {
  return (attempt, reason, remainingMs) =>
    console.warn(JSON.stringify({ level: 'warn', msg: `${processName} waiting for PostgreSQL`, attempt, reason, giveUpInMs: remainingMs }));
}

function isDatabaseNotUpYet(err: unknown): boolean {
  const e = err as { code?: unknown; errors?: { code?: unknown }[] } | undefined;
  return err instanceof DatabaseUnreachableError || NOT_UP_YET.has(String(e?.code)) || !!e?.errors?.some((x) => NOT_UP_YET.has(String(x?.code)));
}

/** The schema is older than this code: the migrate step has not run yet (or not this release's). */
export class SchemaBehindError extends Error {
  constructor() {
    super('the database schema is behind this release (migrations pending): run the migrate step (npm run migrate)');
    this.name = 'SchemaBehindError';
  }
}

/**
 * Connect to a database whose schema is up to date. Migrations are their own step (migrateDatabase),
 * run once per release, never by the API, worker or CLI processes, which run as several replicas and
 * would race. With `waitMs`, a server that is not accepting connections yet, or whose schema the
 * migrate step has not brought up to date yet, is retried (1 s, 2 s, ... up to 5 s apart) until it
 * is ready or the time is up: processes started beside their database, or before the migrate step
 * has finished, come up by themselves.
 */
export async function openDatabase(url: string, wait: WaitForDatabase = {}): Promise<DataSource> {
  return withRetries(url, wait, async (ds) => {
    if (await schemaBehind(ds)) throw new SchemaBehindError();
  });
}

/** Whether a migration of this release is not applied yet. Reads only: TypeORM's own check creates its table. */
async function schemaBehind(ds: DataSource): Promise<boolean> {
  const [{ table }] = await ds.query(`SELECT to_regclass('migrations') AS table`);
  if (!table) return true;
  const applied = new Set((await ds.query('SELECT name FROM migrations')).map((r: { name: string }) => r.name));
  return ds.migrations.some((m) => !applied.has(m.name ?? m.constructor.name));
}

/** The migrate step: connect (waiting as openDatabase does) and run every pending migration, each in a transaction. */
export async function migrateDatabase(url: string, wait: WaitForDatabase = {}): Promise<string[]> {
  const ds = await withRetries(url, wait, async () => undefined);
  try {
    return (await ds.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

async function withRetries(url: string, wait: WaitForDatabase, check: (ds: DataSource) => Promise<void>): Promise<DataSource> {
  const until = Date.now() + (wait.waitMs ?? 0);
  for (let attempt = 1; ; attempt++) {
    const ds = createDataSource(url, wait.queryTimeoutMs);
    try {
      await ds.initialize();
      await check(ds);
      return ds;
    } catch (err) {
      if (ds.isInitialized) await ds.destroy().catch(() => undefined);
      const remainingMs = until - Date.now();
      const waitable = isDatabaseNotUpYet(err) || err instanceof SchemaBehindError;
      if (!waitable || remainingMs <= 0) throw err;
      wait.onWait?.(attempt, (err as Error)?.message || String((err as { code?: unknown })?.code ?? err), remainingMs);
      await new Promise((r) => setTimeout(r, Math.min(1000 * attempt, 5000, remainingMs)));
    }
  }
}
