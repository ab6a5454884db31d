import { Controller, Get, Query } from '@nestjs/common';
import { ProjectionQuery, type InstrumentRef } from '@cs/domain';
import { Instrument, INSTRUMENT_ROUTE } from '../common/instrument.param';
import { ZodPipe } from '../common/zod.pipe';
import { ProjectionService } from './projection.service';

@Controller(INSTRUMENT_ROUTE)
export class ProjectionController {
  constructor(private readonly projections: ProjectionService) {}

  /** Boards, reviews, self-assessments, reports, the deadline and decisions ahead, each duty done on its due date. */
  @Get('projection')
  projection(@Instrument() ref: InstrumentRef, @Query(new ZodPipe(ProjectionQuery)) q: ProjectionQuery) {
    return this.projections.projection(ref, q.from, q.draftId);
  }
}
