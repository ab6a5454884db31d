import { Body, Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import { TokenStore } from '@cs/persistence';
import { clearCookie, SESSION_COOKIE } from '../session/cookies';
import { SessionStarter } from '../session/session-starter';
import { SessionStore } from '../session/session.store';
import type { WebRequest } from '../session/web-request';
import { WEB_CONFIG, type WebConfig } from '../web.config';
import { OidcService } from './oidc.service';

/** Where to go after signing in: a path on this service only, never another site. */
export const NextPath = z
  .string()
  .regex(/^\/(?![/\\])[^\s]*$/)
  .catch('/');

const SignInForm = z.object({ accessKey: z.string().trim().min(1, 'Enter your access key'), next: z.string().optional() });

/** Signing in with an access key an admin issued, or through single sign-on; signing out. */
@Controller()
export class SignInController {
  constructor(
    private readonly sessions: SessionStore,
    private readonly tokens: TokenStore,
    private readonly oidc: OidcService,
    private readonly starter: SessionStarter,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

  @Get('sign-in')
  page(@Query('next') next: string | undefined, @Res() res: Response) {
    res.render('pages/sign-in', { title: 'Sign in', next: NextPath.parse(next), sso: this.oidc.enabled });
  }

  @Post('sign-in')
  async signIn(@Body() body: Record<string, unknown>, @Res() res: Response) {
    const form = SignInForm.safeParse(body);
    const next = NextPath.parse(body.next);
    const actor = form.success ? await this.tokens.actorFor(form.data.accessKey) : undefined;
    if (!actor) {
      const text = form.success ? 'The access key is not recognised or has been revoked: ask your admin for a new one' : 'Enter your access key';
      return res.status(400).render('pages/sign-in', {
        title: 'Sign in',
        next,
        sso: this.oidc.enabled,
        errors: [{ text, href: '#accessKey' }],
        fieldErrors: { accessKey: { text } },
      });
    }
    await this.starter.start(res, actor.id, 'access key', next);
  }

  @Post('sign-out')
  async signOut(@Req() req: WebRequest, @Res() res: Response) {
    if (req.person) await this.sessions.end(req.person.sessionId);
    clearCookie(res, SESSION_COOKIE, this.config.secureCookies);
    res.redirect(303, '/sign-in?signedOut=1');
  }
}
