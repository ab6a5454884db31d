/** What the rate limits need to know of a request; Express's and Fastify's requests both fit. */
export interface RateLimitedRequest {
  method: string;
  query?: unknown;
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * A costly request: anything but a read (a command writes the audit log and runs a Workflow
 * Update; other POSTs start workflows or evaluate rules) or a read `asOf` a date (it replays the
 * rules over every fact). These have the tighter limit.
 */
export function isCostly(req: RateLimitedRequest): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') return true;
  const query = req.query as Record<string, unknown> | undefined;
  return query !== undefined && query !== null && typeof query === 'object' && 'asOf' in query;
}
