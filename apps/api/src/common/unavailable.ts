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

const codes = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03', '08006', '08001', '08003'];
const texts =
  /ServiceError.*(UNAVAILABLE|connect)|Failed to connect|Connection terminated|connect ECONNREFUSED|TransportError|ServiceUnavailable|WorkflowUpdateRPCTimeoutOrCancelledError|Deadline exceeded|Client has encountered a connection error|Connection ended unexpectedly|aborted by closing workflow|workflow update was aborted|due to unexpected workflow task failure/i;

/**
 * Whether an error means a dependency (Temporal or Postgres) is unreachable or too slow, or the
 * engine dropped an update it had not yet accepted (the run continued as new, or its workflow task
 * failed while a worker died), rather than the request being wrong: such errors become 503 with
 * Retry-After, never 500, and a retry with the same Idempotency-Key is safe. The SDK and
 * TypeORM wrap the network error, so the causes are searched too.
 */
export function isDependencyDown(err: unknown): boolean {
  for (let e = err as Cause | undefined, depth = 0; e && depth < 5; e = e.cause as Cause | undefined, depth++) {
    if (e instanceof DependencyDownError) return true;
    if (typeof e.code === 'string' && codes.includes(e.code)) return true;
    if (e.code === 14 /* gRPC UNAVAILABLE */ || e.code === 4 /* DEADLINE_EXCEEDED */) return true;
    if (texts.test(`${e.name ?? ''} ${e.message ?? ''}`)) return true;
    if (typeof e.driverError === 'object' && isDependencyDown(e.driverError)) return true;
  }
  return false;
}

interface Cause {
  code?: unknown;
  name?: string;
  message?: string;
  cause?: unknown;
  driverError?: unknown;
}

/** The 503 body: what is down, and for a command the key to retry with. */
export function unavailableBody(err: unknown): { message: string; idempotencyKey?: string } {
  if (err instanceof DependencyDownError) return { message: err.message, ...(err.idempotencyKey ? { idempotencyKey: err.idempotencyKey } : {}) };
  return { message: 'a dependency is unreachable; retry shortly' };
}
