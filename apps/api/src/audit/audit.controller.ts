import { Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditQuery, type InstrumentRef } from '@cs/domain';
import { RegisterEntity } from '@cs/persistence';
import { Instrument, INSTRUMENT_ROUTE } from '../common/instrument.param';
import { ZodPipe } from '../common/zod.pipe';
import { TemporalClientService } from '../infrastructure/temporal-client.service';
import { AuditService } from './audit.service';

@Controller(INSTRUMENT_ROUTE)
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly db: DataSource,
    private readonly temporal: TemporalClientService,
  ) {}

  /** Every command given to this instrument, accepted or rejected and why, oldest first. */
  @Get('audit')
  async trail(@Instrument() ref: InstrumentRef, @Query(new ZodPipe(AuditQuery)) q: AuditQuery) {
    // An instrument never registered is a 404, not an empty trail (its refused commands are logged
    // too). The register knows a registered one without Temporal; only one it does not list yet
    // (projected a moment after it starts) is asked of Temporal.
    if (!(await this.db.getRepository(RegisterEntity).existsBy({ workflowId: ref.workflowId }))) await this.temporal.status(ref.workflowId);
    return { ...(await this.audit.page(ref.workflowId, q.page, q.pageSize)), page: q.page, pageSize: q.pageSize };
  }
}
