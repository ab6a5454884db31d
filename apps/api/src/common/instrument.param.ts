import { createParamDecorator, ExecutionContext, ForbiddenException } from '@nestjs/common';
import type { Request } from 'express';
import { InstrumentPathParams, instrumentRef, type InstrumentRef } from '@cs/domain';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import { councilRefusal } from '@cs/contract';
import { ZodPipe } from './zod.pipe';

/** The route of one instrument: its workflow id is its path, e.g. /instruments/notice/trafford/2019-05-23. */
export const INSTRUMENT_ROUTE = 'instruments/:type/:council/:startedOn';

const params = new ZodPipe(InstrumentPathParams);

/**
 * The instrument a request is about, from its path (400 naming a bad part). Unless `scope` is false
 * (commands audit the refusal themselves), a council user asking about another council gets 403.
 */
export const Instrument = createParamDecorator((options: { scope?: boolean } | undefined, ctx: ExecutionContext): InstrumentRef => {
  const req = ctx.switchToHttp().getRequest<Request & AuthenticatedRequest>();
  const ref = instrumentRef(params.transform(req.params));
  if (options?.scope !== false && req.actor) {
    const refusal = councilRefusal(req.actor, ref.council);
    if (refusal) throw new ForbiddenException(refusal);
  }
  return ref;
});
