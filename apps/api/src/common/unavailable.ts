import { WorkflowUpdateRPCTimeoutOrCancelledError, isGrpcServiceError } from '@temporalio/client';
import { getGrpcStatusDetails, trimGrpcTypeUrl, type ErrorDetailsName } from '@temporalio/client/lib/helpers';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { DatabaseUnreachableError } from '@cs/persistence';

/**
 * A dependency did not answer in time or at all. For a command the outcome is unknown: it may
 * still be recorded, and a retry with the same Idempotency-Key returns its one outcome.
 */
export class DependencyDownError extends Error {
  constructor(
    message: string,
    readonly idempotencyKey?: string,
  ) {
    super(message);
    this.name = 'DependencyDownError';
  }
}

/** Node's socket errors: the server is not there, or went away mid-exchange. */
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN']);
/** PostgreSQL SQLSTATEs for a server not taking work: connection exceptions (08), shutting down or starting (57P0x). */
const postgresCodes = new Set(['08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03']);
/** gRPC UNAVAILABLE (14) and DEADLINE_EXCEEDED (4: past TEMPORAL_CALL_TIMEOUT_MS). */
const grpcCodes = new Set([14, 4]);
/** The server dropped an update because the workflow task failed (a worker died mid-task): retry. */
const workflowNotReady: ErrorDetailsName = 'temporal.api.errordetails.v1.WorkflowNotReadyFailure';

/**
 * Whether an error means a dependency (Temporal or Postgres) is unreachable or too slow, or the
 * engine dropped an update it had not yet accepted (its workflow task failed while a worker died),
 * rather than the request being wrong: such errors become 503 with Retry-After, never 500, and a
 * retry with the same Idempotency-Key is safe. Decided by error classes and codes only; the SDK
 * and TypeORM wrap the network error, so the causes are searched too.
 */
export function isDependencyDown(err: unknown): boolean {
  for (let e = err as Cause | undefined, depth = 0; e && depth < 5; e = e.cause as Cause | undefined, depth++) {
    if (e instanceof DependencyDownError || e instanceof WorkflowUpdateRPCTimeoutOrCancelledError || e instanceof DatabaseUnreachableError) return true;
    if (typeof e.code === 'string' && (socketCodes.has(e.code) || postgresCodes.has(e.code))) return true;
    if (isGrpcServiceError(e) && (grpcCodes.has(e.code) || hasDetail(e, workflowNotReady))) return true;
    // A query that failed in the driver, not in the server (which answers with a DatabaseError and
    // its SQLSTATE): the connection was lost under it.
    if (e instanceof QueryFailedError) return !(e.driverError instanceof DatabaseError) || isDependencyDown(e.driverError);
  }
  return false;
}

function hasDetail(err: Parameters<typeof getGrpcStatusDetails>[0], type: ErrorDetailsName): boolean {
  return (getGrpcStatusDetails(err) ?? []).some((d) => trimGrpcTypeUrl(d.type_url) === type);
}

interface Cause {
  code?: unknown;
  cause?: unknown;
}

/** The 503 body: what is down, and for a command the key to retry with. */
export function unavailableBody(err: unknown): { message: string; idempotencyKey?: string } {
  if (err instanceof DependencyDownError) return { message: err.message, ...(err.idempotencyKey ? { idempotencyKey: err.idempotencyKey } : {}) };
  return { message: 'a dependency is unreachable; retry shortly' };
}
