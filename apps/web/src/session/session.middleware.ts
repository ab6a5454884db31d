import type { NextFunction, Response } from 'express';
import { randomBytes } from 'crypto';
import { readCookie, SESSION_COOKIE, setCookie, SIGN_IN_COOKIE } from './cookies';
import { sameSignature, sign } from './seal';
import type { SessionStore } from './session.store';
import type { WebRequest } from './web-request';

export interface SessionOptions {
  sessions: SessionStore;
  secret: string;
  secureCookies: boolean;
}

/** The cookie value for a session: its id and a signature, so a forged cookie costs no database query. */
export function sessionCookieValue(secret: string, sessionId: string): string {
  return `${sessionId}.${sign(secret, 'session', sessionId)}`;
}

/**
 * Resolves the signed-in person from the session cookie and sets the CSRF token this request's
 * forms carry: bound to the session, or before sign-in to a random cookie of the browser's own.
 */
export function resolveSession({ sessions, secret, secureCookies }: SessionOptions) {
  return async (req: WebRequest, res: Response, next: NextFunction) => {
    try {
      const cookie = readCookie(req, SESSION_COOKIE);
      const [id, signature] = (cookie ?? '').split('.');
      if (id && sameSignature(signature, sign(secret, 'session', id))) req.person = await sessions.find(id);
      if (req.person) {
        req.csrfToken = sign(secret, 'csrf', req.person.sessionId);
      } else {
        let browser = readCookie(req, SIGN_IN_COOKIE);
        if (!browser || !/^[A-Za-z0-9_-]{43}$/.test(browser)) {
          browser = randomBytes(32).toString('base64url');
          setCookie(res, SIGN_IN_COOKIE, browser, secureCookies);
        }
        req.csrfToken = sign(secret, 'sign-in', browser);
      }
      res.locals.person = req.person;
      res.locals.csrfToken = req.csrfToken;
      res.locals.currentPath = req.path;
      next();
    } catch (err) {
      next(err);
    }
  };
}

/** Every POST must bring back this request's CSRF token: a forged form, or one from another session, is refused. */
export function checkCsrf() {
  return (req: WebRequest, res: Response, next: NextFunction) => {
    if (req.method !== 'POST') return next();
    const presented = (req.body as Record<string, unknown> | undefined)?._csrf;
    if (sameSignature(presented, req.csrfToken)) return next();
    res.status(403).render('pages/error', {
      title: 'This form has expired or was not sent from this service',
      message: 'Nothing was recorded. Go back, reload the page and try again.',
    });
  };
}
