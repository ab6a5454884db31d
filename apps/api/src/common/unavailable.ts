/**
 * Whether an error means a dependency (Temporal or Postgres) is unreachable rather than the
 * request being wrong: such errors become 503 with Retry-After, never 500.
 */
export function isDependencyDown(err: unknown): boolean {
  const e = err as { code?: unknown; name?: string; message?: string } | undefined;
  if (!e) return false;
  const codes = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03', '08006', '08001'];
  if (typeof e.code === 'string' && codes.includes(e.code)) return true;
  if (e.code === 14 /* gRPC UNAVAILABLE */ || e.code === 4 /* DEADLINE_EXCEEDED */) return true;
  const text = `${e.name ?? ''} ${e.message ?? ''}`;
  return /ServiceError.*(UNAVAILABLE|connect)|Failed to connect|Connection terminated|connect ECONNREFUSED|TransportError|ServiceUnavailable/i.test(
    text,
  );
}
