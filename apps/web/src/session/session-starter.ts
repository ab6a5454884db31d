import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { WEB_CONFIG, type WebConfig } from '../web.config';
import { SESSION_COOKIE, setCookie } from './cookies';
import { sessionCookieValue } from './session.middleware';
import { SessionStore } from './session.store';

/** Signs a person in, however they proved who they are: a fresh session (never one the browser brought), its cookie, then the page asked for. */
@Injectable()
export class SessionStarter {
  constructor(
    private readonly sessions: SessionStore,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

  async start(res: Response, userId: string, how: string, next: string): Promise<void> {
    const id = await this.sessions.start(userId, how);
    setCookie(res, SESSION_COOKIE, sessionCookieValue(this.config.secret, id), this.config.secureCookies);
    res.redirect(303, next);
  }
}
