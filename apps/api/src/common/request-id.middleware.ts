import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import { randomUUID } from 'crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Env } from '@cs/config';
import { ENV } from '../infrastructure/tokens';

/** Gives every request an id (or keeps the caller's X-Request-Id) and logs one JSON line for it. */
@Injectable()
export class RequestIdMiddleware implements NestMiddleware {
  constructor(@Inject(ENV) private readonly env: Env) {}

  use(req: Request & { id?: string }, res: Response, next: NextFunction): void {
    const given = req.header('x-request-id');
    req.id = given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', req.id);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      if (this.env.LOG_LEVEL === 'error' || this.env.LOG_LEVEL === 'warn') return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      process.stdout.write(
        JSON.stringify({
          level: 'info',
          msg: 'request',
          requestId: req.id,
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Math.round(ms),
        }) + '\n',
      );
    });
    next();
  }
}
