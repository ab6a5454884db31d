import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'crypto';
import express from 'express';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import helmet from 'helmet';
import { join, resolve } from 'path';
import type { DataSource } from 'typeorm';
import { ConfigError, type Env } from '@cs/config';
import { TokenStore } from '@cs/persistence';
import { ApiClient } from './common/api-client';
import { WebErrorFilter } from './common/error.filter';
import { configureViews, serveAssets } from './common/views';
import { checkCsrf, resolveSession } from './session/session.middleware';
import { SessionStore } from './session/session.store';
import type { WebRequest } from './session/web-request';
import { OidcService } from './sign-in/oidc.service';
import type { WebConfig } from './web.config';
import { WebModule } from './web.module';

export interface WebApp {
  app: NestExpressApplication;
  sessions: SessionStore;
}

/** Builds the web service over an open database; main.ts listens on it, tests run it in-process. */
export async function createWebApp(env: Env, db: DataSource, options: { baseUrl?: string } = {}): Promise<WebApp> {
  const baseUrl = env.WEB_BASE_URL ?? options.baseUrl ?? `http://127.0.0.1:${env.WEB_PORT}`;
  const config: WebConfig = {
    secret: env.SESSION_SECRET ?? sessionSecretIn(env.DATA_DIR),
    secureCookies: baseUrl.startsWith('https:'),
    baseUrl,
    temporalUiUrl: env.TEMPORAL_UI_URL,
  };
  const tokens = new TokenStore(db);
  const sessions = new SessionStore(db, tokens, env.SESSION_IDLE_MINUTES * 60_000);
  const oidc = new OidcService(oidcSettings(env), `${baseUrl}/sign-in/sso/callback`, config.secret, db);
  const api = new ApiClient(env.WEB_API_URL ?? `http://127.0.0.1:${env.API_PORT}`);

  const app = await NestFactory.create<NestExpressApplication>(WebModule.forRoot({ db, api, sessions, tokens, oidc, config }), {
    logger: env.LOG_LEVEL === 'debug' ? ['log', 'error', 'warn', 'debug'] : ['error', 'warn'],
    bodyParser: false,
    abortOnError: false,
  });
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  // A nonce per response lets the GOV.UK template's one inline script run under a strict CSP.
  app.use((_req: WebRequest, res: express.Response, next: express.NextFunction) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`],
          formAction: ["'self'", ...(env.OIDC_ISSUER ? [new URL(env.OIDC_ISSUER).origin] : [])],
        },
      },
    }),
  );
  serveAssets(app);
  configureViews(app);
  app.use(express.urlencoded({ extended: false, limit: '100kb', parameterLimit: 2000 }));
  app.use(resolveSession({ sessions, secret: config.secret, secureCookies: config.secureCookies }));
  app.use(checkCsrf());
  app.useGlobalFilters(new WebErrorFilter(config.secureCookies));
  app.enableShutdownHooks();
  await sessions.endExpired();
  return { app, sessions };
}

function oidcSettings(env: Env) {
  const given = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (given === 0) return undefined;
  if (given < 3) throw new ConfigError('Invalid configuration:\n  OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: give all three for single sign-on, or none');
  return { issuer: env.OIDC_ISSUER!, clientId: env.OIDC_CLIENT_ID!, clientSecret: env.OIDC_CLIENT_SECRET! };
}

/** Without SESSION_SECRET, one kept under DATA_DIR (owner-only), so a restart keeps sessions and open forms valid. */
function sessionSecretIn(dataDir: string): string {
  const dir = resolve(dataDir);
  const file = join(dir, 'web-session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
