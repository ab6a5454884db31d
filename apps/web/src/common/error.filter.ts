import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { isDatabaseDown } from '@cs/persistence';
import { clearCookie, SESSION_COOKIE } from '../session/cookies';
import type { WebRequest } from '../session/web-request';
import { ApiError } from './api-client';

/** Thrown where a page needs a signed-in person and there is none. */
export class SignInRequired extends Error {}

const titles: Record<number, string> = {
  400: 'There is a problem with the address',
  403: 'You do not have access to this',
  404: 'Page not found',
  405: 'Page not found',
  409: 'This cannot be done now',
  503: 'Sorry, the service is unavailable',
};

/**
 * Every failure is a GOV.UK error page with the right status and the reason in plain words, never
 * a stack trace. No session (or one the API no longer honours, e.g. revoked) goes to sign-in.
 */
@Catch()
export class WebErrorFilter implements ExceptionFilter {
  constructor(private readonly secureCookies: boolean) {}

  catch(err: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<WebRequest>();
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;
    // The web service's own PostgreSQL (its sessions) not answering is an outage, not a bug.
    const databaseDown = !(err instanceof ApiError) && !(err instanceof HttpException) && isDatabaseDown(err);
    const status = err instanceof ApiError ? err.status : err instanceof HttpException ? err.getStatus() : databaseDown ? 503 : 500;
    if (err instanceof SignInRequired || status === 401) {
      if (status === 401) clearCookie(res, SESSION_COOKIE, this.secureCookies);
      const next = req.method === 'GET' ? `?next=${encodeURIComponent(req.originalUrl)}` : '';
      return res.redirect(303, `/sign-in${next}`);
    }
    if (status >= 500 && !(err instanceof ApiError && status === 503) && !databaseDown) {
      console.error(JSON.stringify({ level: 'error', msg: 'web page failed', path: req.path, error: String((err as Error)?.stack ?? err) }));
    }
    if (err instanceof ApiError && err.retryAfter) res.setHeader('Retry-After', err.retryAfter);
    if (databaseDown) {
      console.warn(JSON.stringify({ level: 'warn', msg: 'web page unavailable: PostgreSQL did not answer', path: req.path, error: String((err as Error)?.message ?? err) }));
      res.setHeader('Retry-After', '5');
    }
    const message =
      err instanceof ApiError ? err.message : status < 500 && err instanceof HttpException ? reasonOf(err) : 'Try again later. Nothing you entered was lost if you go back.';
    res.status(status).render('pages/error', {
      title: titles[status] ?? 'Sorry, there is a problem with the service',
      message: status === 404 && !(err instanceof ApiError) ? 'If you typed the web address, check it is correct.' : message,
    });
  }
}

function reasonOf(err: HttpException): string {
  const body = err.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? err.message);
}
