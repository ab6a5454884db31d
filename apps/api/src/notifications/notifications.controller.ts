import { Controller, Get, Query } from '@nestjs/common';
import { NotificationsQuery, type InstrumentRef } from '@cs/domain';
import { AllowRoles } from '../auth/auth.decorators';
import { Instrument, INSTRUMENT_ROUTE } from '../common/instrument.param';
import { ZodPipe } from '../common/zod.pipe';
import { TemporalClientService } from '../infrastructure/temporal-client.service';
import { NotificationsService } from './notifications.service';

/** Reminders and overdue notices, and how their delivery by email stands. */
@Controller()
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly temporal: TemporalClientService,
  ) {}

  /** Every instrument's, for admins: `status=failing` is what needs looking at. */
  @Get('notifications')
  @AllowRoles('admin')
  all(@Query(new ZodPipe(NotificationsQuery)) q: NotificationsQuery) {
    return this.notifications.page({ status: q.status }, q.page, q.pageSize);
  }

  /** One instrument's, for anyone who may read it. */
  @Get(`${INSTRUMENT_ROUTE}/notifications`)
  async ofInstrument(@Instrument() ref: InstrumentRef, @Query(new ZodPipe(NotificationsQuery)) q: NotificationsQuery) {
    await this.temporal.status(ref.workflowId); // 404 for an instrument that was never registered, not an empty list
    return this.notifications.page({ workflowId: ref.workflowId, status: q.status }, q.page, q.pageSize);
  }
}
