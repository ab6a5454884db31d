import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { bodyRefusal } from './body-errors';
import { allowedMethods } from './method-not-allowed';
import { isDependencyDown, unavailableBody } from './unavailable';
import { refusalBody, refusalOf } from './workflow-errors';

/**
 * Every error becomes an answer a user can act on: 400 with each field and why, 503 with
 * Retry-After when a dependency is down, the HttpException's own status otherwise. Never a stack
 * trace; an unexpected error is logged with the request id and answered with a plain 500.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('errors');

  catch(err: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request & { id?: string }>();
    const requestId = req.id;
    // Any zod error, the classic API's or zod/mini's (the domain's core schemas are built with it).
    if (err instanceof z.core.$ZodError) {
      res.status(400).json({ statusCode: 400, error: 'Bad Request', message: 'invalid input', issues: zodIssues(err), requestId });
      return;
    }
    if (err instanceof HttpException && err.getStatus() === 404) {
      // The router found no route: when the path is there under other methods, say which.
      const allow = allowedMethods(req.path);
      if (allow.length && !allow.includes(req.method)) {
        res.setHeader('Allow', allow.join(', '));
        const message = `${req.method} is not allowed on ${req.path}; it answers ${allow.join(', ')}`;
        res.status(405).json({ statusCode: 405, error: 'Method Not Allowed', message, requestId });
        return;
      }
    }
    if (err instanceof HttpException) {
      const body = err.getResponse();
      const payload = (typeof body === 'string' ? { statusCode: err.getStatus(), message: body } : body) as { message?: unknown; issues?: unknown };
      // A 400 always names what is wrong, even when raised outside our pipes: malformed JSON is the
      // body's fault; express's "Failed to decode param" (a broken %-escape) is the path's.
      const message = String(payload.message ?? 'invalid');
      const field = message.startsWith('Failed to decode param') ? '(path)' : '(body)';
      const issues = err.getStatus() === 400 && !payload.issues ? { issues: [{ field, message }] } : {};
      res.status(err.getStatus()).json({ ...payload, ...issues, requestId });
      return;
    }
    const refusal = refusalOf(err);
    if (refusal) {
      res.status(refusal.status).json({ ...refusalBody(refusal), requestId });
      return;
    }
    const unreadable = bodyRefusal(err);
    if (unreadable) {
      const { status, message } = unreadable;
      const issues = status === 400 ? { issues: [{ field: '(body)', message }] } : {};
      res.status(status).json({ statusCode: status, error: bodyError[status], message, ...issues, requestId });
      return;
    }
    if (isDependencyDown(err)) {
      res.setHeader('Retry-After', '5');
      res
        .status(HttpStatus.SERVICE_UNAVAILABLE)
        .json({ statusCode: 503, error: 'Service Unavailable', ...unavailableBody(err), requestId });
      return;
    }
    this.logger.error(JSON.stringify({ requestId, error: String((err as Error)?.message ?? err), causes: causesOf(err) }));
    res.status(500).json({ statusCode: 500, error: 'Internal Server Error', requestId });
  }
}

const bodyError = { 400: 'Bad Request', 413: 'Payload Too Large', 415: 'Unsupported Media Type' } as const;

/** The chain of causes (SDK and driver errors wrap the one that says what happened), for the log. */
function causesOf(err: unknown): string[] {
  const out: string[] = [];
  for (let e = (err as { cause?: unknown })?.cause as { name?: string; code?: unknown; details?: string; message?: string; cause?: unknown } | undefined; e && out.length < 5; e = e.cause as typeof e) {
    out.push(`${e.name ?? 'Error'}${e.code !== undefined ? ` (code ${String(e.code)})` : ''}: ${e.details ?? e.message ?? ''}`);
  }
  return out;
}

export function zodIssues(err: z.core.$ZodError): { field: string; message: string }[] {
  return err.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
}
