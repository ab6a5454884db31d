import type { RawReply } from './raw-request';

/** The refusals a healthy API may give to hostile input (no 5xx: the servers are up). */
export const REFUSALS = [400, 401, 403, 404, 405, 409, 413, 415] as const;

interface ErrorShape {
  statusCode?: unknown;
  message?: unknown;
  issues?: unknown;
}

/**
 * Why this answer is not a clear one, or undefined when it is: never 5xx; a refusal is one of
 * REFUSALS, as JSON whose `message` says why, and a 400 names at least one field and what is wrong
 * with it. No stack traces. The text is the property's failure message, so it quotes the reply.
 */
export function unclearAnswer(reply: RawReply): string | undefined {
  const quote = `${reply.status} ${reply.contentType} ${reply.text.slice(0, 300)}`;
  if (reply.status >= 500) return `server error: ${quote}`;
  if (/\bat .*\.(ts|js):\d+/.test(reply.text)) return `a stack trace leaked: ${quote}`;
  if (reply.status < 400) return undefined;
  if (!(REFUSALS as readonly number[]).includes(reply.status)) return `unexpected refusal status: ${quote}`;
  if (!/^application\/json\b/.test(reply.contentType)) return `refusal is not JSON: ${quote}`;
  const body = reply.json as ErrorShape | undefined;
  if (!body || typeof body !== 'object') return `refusal body is not an object: ${quote}`;
  if (body.statusCode !== reply.status) return `statusCode does not match the status: ${quote}`;
  if (typeof body.message !== 'string' || !body.message.trim()) return `refusal without a message: ${quote}`;
  if (reply.status === 400) {
    const issues = body.issues as { field?: unknown; message?: unknown }[] | undefined;
    if (!Array.isArray(issues) || issues.length === 0) return `400 without issues: ${quote}`;
    const vague = issues.find((i) => typeof i?.field !== 'string' || !i.field || typeof i.message !== 'string' || !i.message.trim());
    if (vague) return `400 with an issue that names no field or reason: ${quote}`;
  }
  return undefined;
}

/** Throws (failing the property) when the answer is not clear. */
export function expectClearAnswer(reply: RawReply, sent: string): void {
  const why = unclearAnswer(reply);
  if (why) throw new Error(`${why}\n  for ${sent}`);
}
