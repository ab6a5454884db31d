import { WorkflowUpdateRPCTimeoutOrCancelledError, isGrpcServiceError } from '@temporalio/client';
import { getGrpcStatusDetails, trimGrpcTypeUrl, type ErrorDetailsName } from '@temporalio/client/lib/helpers';
import { isDatabaseDown } from '@cs/persistence';

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
    if (e instanceof DependencyDownError || e instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return true;
    if (isGrpcServiceError(e) && (grpcCodes.has(e.code) || hasDetail(e, workflowNotReady))) return true;
  }
  // Socket errors (Temporal's or PostgreSQL's), PostgreSQL's codes, a connection lost under a query.
  return isDatabaseDown(err);
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
