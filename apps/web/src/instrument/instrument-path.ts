import { NotFoundException } from '@nestjs/common';
import { InstrumentPathParams, instrumentRef, type InstrumentRef } from '@cs/domain';

/** The web route of an instrument mirrors the API's: its workflow id is its path. */
export const INSTRUMENT_PAGE = 'instruments/:type/:council/:startedOn';

/** The instrument a page is about; a path that cannot name one is a page not found. */
export function instrumentOf(params: Record<string, string>): InstrumentRef {
  const parsed = InstrumentPathParams.safeParse(params);
  if (!parsed.success) throw new NotFoundException();
  return instrumentRef(parsed.data);
}
