import { Controller, Get, Query } from '@nestjs/common';
import { AuditQuery, type InstrumentRef } from '@cs/domain';
import { Instrument, INSTRUMENT_ROUTE } from '../common/instrument.param';
import { ZodPipe } from '../common/zod.pipe';
import { AuditService } from './audit.service';

@Controller(INSTRUMENT_ROUTE)
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Every command given to this instrument, accepted or rejected and why, oldest first. */
  @Get('audit')
  async trail(@Instrument() ref: InstrumentRef, @Query(new ZodPipe(AuditQuery)) q: AuditQuery) {
    return { ...(await this.audit.page(ref.workflowId, q.page, q.pageSize)), page: q.page, pageSize: q.pageSize };
  }
}
