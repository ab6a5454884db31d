import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { DatabaseUnreachableError } from './reachable-pool';

/** Node's socket errors: the server is not there, or went away mid-exchange. */
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN']);
/** PostgreSQL SQLSTATEs for a server not taking work: connection exceptions (08), shutting down or starting (57P0x). */
const postgresCodes = new Set(['08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03']);

interface Cause {
  code?: unknown;
  cause?: unknown;
}

/**
 * Whether an error means PostgreSQL (or the network to it) is unreachable or too slow, rather than
 * the request being wrong: the API and the web service answer it 503 with Retry-After, never 500.
 * Decided by error classes and codes only; TypeORM wraps the network error, so causes are searched.
 */
export function isDatabaseDown(err: unknown): boolean {
  for (let e = err as Cause | undefined, depth = 0; e && depth < 5; e = e.cause as Cause | undefined, depth++) {
    if (e instanceof DatabaseUnreachableError) return true;
    if (typeof e.code === 'string' && (socketCodes.has(e.code) || postgresCodes.has(e.code))) return true;
    // A query that failed in the driver, not in the server (which answers with a DatabaseError and
    // its SQLSTATE): the connection was lost under it.
    if (e instanceof QueryFailedError) return !(e.driverError instanceof DatabaseError) || isDatabaseDown(e.driverError);
  }
  return false;
}
