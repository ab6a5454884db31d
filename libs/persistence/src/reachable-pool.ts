import * as pg from 'pg';

/**
 * PostgreSQL did not give a connection: pg-pool's own timeouts ("timeout exceeded when trying to
 * connect" while the pool was full, "Connection terminated due to connection timeout" for a
 * handshake the server never answered) and a connection closed mid-handshake carry no error code,
 * so without this class nothing but their wording would tell them from a bug. The API answers it
 * 503 with Retry-After; a process starting waits on it as on a refused connection.
 */
export class DatabaseUnreachableError extends Error {
  constructor(cause: Error) {
    super(`PostgreSQL gave no connection: ${cause.message}`, { cause });
    this.name = 'DatabaseUnreachableError';
  }
}

/** Errors with a code (the socket's, or the server's SQLSTATE) already say what they are. */
function unreachable(err: Error): Error {
  const coded = err instanceof pg.DatabaseError || (err as { code?: unknown }).code !== undefined || err instanceof AggregateError;
  return coded ? err : new DatabaseUnreachableError(err);
}

type ConnectCallback = (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void;

/** pg's pool, its connection failures without a code typed as DatabaseUnreachableError. */
export class ReachablePool extends pg.Pool {
  connect(): Promise<pg.PoolClient>;
  connect(callback: ConnectCallback): void;
  connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    if (!callback) return super.connect().catch((err: Error) => Promise.reject(unreachable(err)));
    super.connect((err, client, done) => callback(err ? unreachable(err) : undefined, client, done));
  }
}

/** The pg module as TypeORM loads it (`driver`), with the pool above in place of pg's own. */
export const pgDriver: typeof pg = Object.create(pg, { Pool: { value: ReachablePool, enumerable: true } });
