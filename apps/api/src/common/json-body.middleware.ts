import { Injectable, NestMiddleware, UnsupportedMediaTypeException } from '@nestjs/common';
import type { NextFunction, Request } from 'express';

/**
 * Bodies are JSON. A POST whose body is text, a form or anything else is refused with 415 saying
 * what to send, rather than read as an empty or oddly shaped body and refused for the wrong reason.
 */
@Injectable()
export class JsonBodyMiddleware implements NestMiddleware {
  use(req: Request, _res: unknown, next: NextFunction): void {
    if (req.method === 'POST' && hasBody(req)) {
      const type = mediaType(req.header('content-type'));
      if (type !== 'application/json') {
        throw new UnsupportedMediaTypeException(`send the body as Content-Type: application/json (got ${type || 'no Content-Type'})`);
      }
    }
    next();
  }
}

function hasBody(req: Request): boolean {
  return req.header('transfer-encoding') !== undefined || Number(req.header('content-length') ?? 0) > 0;
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}
