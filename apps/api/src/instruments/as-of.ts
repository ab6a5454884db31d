import { BadRequestException } from '@nestjs/common';
import type { InstrumentRef, IsoDate } from '@cs/domain';

/**
 * An instrument has no state before it began (its start date is in its path), so asking for one
 * is the caller's mistake: 400 naming asOf, as the what-if says, rather than a failed query.
 */
export function asOfWithinLife(ref: InstrumentRef, asOf: IsoDate | undefined, field = 'asOf'): IsoDate | undefined {
  if (asOf !== undefined && asOf < ref.startedOn) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: 'invalid input',
      issues: [{ field, message: `${asOf} is before ${ref.workflowId} began (${ref.startedOn})` }],
    });
  }
  return asOf;
}
