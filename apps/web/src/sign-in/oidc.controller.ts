import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { clearCookie, readCookie, setCookie, SSO_COOKIE } from '../session/cookies';
import type { WebRequest } from '../session/web-request';
import { WEB_CONFIG, type WebConfig } from '../web.config';
import { OidcService, SsoRefusal } from './oidc.service';
import { SessionStarter } from '../session/session-starter';
import { NextPath } from './sign-in.controller';

/** The single sign-on round trip: off to the provider, and back with its answer. */
@Controller('sign-in/sso')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    private readonly starter: SessionStarter,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

  @Get()
  async begin(@Query('next') next: string | undefined, @Res() res: Response) {
    try {
      const { url, cookie } = await this.oidc.begin(NextPath.parse(next));
      setCookie(res, SSO_COOKIE, cookie, this.config.secureCookies, 600);
      res.redirect(303, url);
    } catch (err) {
      this.refuse(res, err);
    }
  }

  @Get('callback')
  async callback(@Req() req: WebRequest, @Res() res: Response) {
    try {
      const { userId, next } = await this.oidc.finish(new URL(req.originalUrl, this.config.baseUrl), readCookie(req, SSO_COOKIE));
      clearCookie(res, SSO_COOKIE, this.config.secureCookies);
      await this.starter.start(res, userId, `single sign-on ${this.oidc.issuer}`, next);
    } catch (err) {
      this.refuse(res, err);
    }
  }

  private refuse(res: Response, err: unknown): void {
    if (!(err instanceof SsoRefusal)) throw err;
    res.status(403).render('pages/error', { title: 'You could not be signed in', message: err.message });
  }
}
