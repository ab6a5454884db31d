import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

/** A TypeORM data source over one Postgres URL; never synchronize: migrations own the schema. */
export function createDataSource(url: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  });
}

/** How long to wait for a server that is not accepting connections yet, and who hears about it. */
export interface WaitForDatabase {
  /** 0 (the default): the first refusal is the answer. */
  waitMs?: number;
  /** Told before each retry: the attempt that failed, why, and how long is left. */
  onWait?(attempt: number, reason: string, remainingMs: number): void;
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
  return NOT_UP_YET.has(String(e?.code)) || !!e?.errors?.some((x) => NOT_UP_YET.has(String(x?.code)));
}

/**
 * Connect and bring the schema up to date. Safe to call on every start. With `waitMs`, a server
 * that is not accepting connections yet is retried (1 s, 2 s, ... up to 5 s apart) until it does
 * or the time is up: a process started beside its database, or just before it, comes up by itself.
 */
export async function openDatabase(url: string, wait: WaitForDatabase = {}): Promise<DataSource> {
  const until = Date.now() + (wait.waitMs ?? 0);
  for (let attempt = 1; ; attempt++) {
    const ds = createDataSource(url);
    try {
      await ds.initialize();
      await ds.runMigrations({ transaction: 'each' });
      return ds;
    } catch (err) {
      if (ds.isInitialized) await ds.destroy().catch(() => undefined);
      const remainingMs = until - Date.now();
      if (!isDatabaseNotUpYet(err) || remainingMs <= 0) throw err;
      wait.onWait?.(attempt, (err as Error)?.message || String((err as { code?: unknown })?.code ?? err), remainingMs);
      await new Promise((r) => setTimeout(r, Math.min(1000 * attempt, 5000, remainingMs)));
    }
  }
}
