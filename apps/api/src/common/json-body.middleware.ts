import { Injectable, NestMiddleware, UnsupportedMediaTypeException } from '@nestjs/common';
import type { NextFunction, Request } from 'express';
import { bodyTypesFor } from './upload-types';

/**
 * Bodies are JSON, except a documented upload's (a tracker file). A POST whose body is of another
 * type is refused with 415 saying what to send, rather than read as an empty or oddly shaped body
 * and refused for the wrong reason.
 */
@Injectable()
export class JsonBodyMiddleware implements NestMiddleware {
  use(req: Request, _res: unknown, next: NextFunction): void {
    if (req.method === 'POST' && hasBody(req)) {
      const type = mediaType(req.header('content-type'));
      // originalUrl: under Nest's middleware mount, req.path is not the whole path.
      const allowed = bodyTypesFor(req.method, req.originalUrl.split('?')[0]);
      if (allowed && !allowed.includes(type)) {
        throw new UnsupportedMediaTypeException(`send the body as Content-Type: ${allowed.join(' or ')} (got ${type || 'no Content-Type'})`);
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
