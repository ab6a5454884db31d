import { Controller, Get, Query } from '@nestjs/common';
import { HistoryQuery, type InstrumentRef } from '@cs/domain';
import { AllowRoles } from '../auth/auth.decorators';
import { Instrument, INSTRUMENT_ROUTE } from '../common/instrument.param';
import { ZodPipe } from '../common/zod.pipe';
import { HistoryService } from './history.service';

@Controller(INSTRUMENT_ROUTE)
export class HistoryController {
  constructor(private readonly history: HistoryService) {}

  /** Admins only: the workflow's event history, paged and readable, linked to the Temporal Web UI. */
  @Get('history')
  @AllowRoles('admin')
  page(@Instrument() ref: InstrumentRef, @Query(new ZodPipe(HistoryQuery)) q: HistoryQuery) {
    return this.history.page(ref, q);
  }
}
