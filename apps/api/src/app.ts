import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Env } from '@cs/config';
import { securityHeaders } from '@cs/http-hardening';
import { AppModule } from './app.module';
import { ErrorFilter } from './common/error.filter';

/** Builds the HTTP application; main.ts listens on it, tests call it in-process. */
export async function createApp(env: Env): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(env), {
    logger: env.LOG_LEVEL === 'debug' ? ['log', 'error', 'warn', 'debug'] : ['error', 'warn'],
    bodyParser: true,
    // A module that fails to start (PostgreSQL never came) rejects here, for main.ts to report in
    // its own log line, instead of Nest printing a stack and exiting the process itself.
    abortOnError: false,
  });
  // Before the body parsers and every route, so refusals (413, 404, 429) carry the headers too.
  app.use(securityHeaders());
  app.useGlobalFilters(new ErrorFilter());
  app.enableShutdownHooks();
  return app;
}
