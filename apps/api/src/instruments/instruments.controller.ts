import { Controller, Get, Query } from '@nestjs/common';
import { AsOfQuery, OverviewQuery, type InstrumentRef } from '@cs/domain';
import { Instrument, INSTRUMENT_ROUTE } from '../common/instrument.param';
import { ZodPipe } from '../common/zod.pipe';
import { asOfWithinLife } from './as-of';
import { InstrumentsService } from './instruments.service';

@Controller(INSTRUMENT_ROUTE)
export class InstrumentsController {
  constructor(private readonly instruments: InstrumentsService) {}

  /** Live state: phase, obligations, flags, open decisions with their explanations, next due date. */
  @Get()
  state(@Instrument() ref: InstrumentRef, @Query(new ZodPipe(AsOfQuery)) q: AsOfQuery) {
    return this.instruments.state(ref, asOfWithinLife(ref, q.asOf));
  }

  /** What the web page shows, in one read: state without detail, open and latest met obligations, a page of facts. */
  @Get('overview')
  overview(@Instrument() ref: InstrumentRef, @Query(new ZodPipe(OverviewQuery)) q: OverviewQuery) {
    return this.instruments.overview(ref, { ...q, asOf: asOfWithinLife(ref, q.asOf) });
  }

  /** Past facts by effective date, and what is due next. */
  @Get('timeline')
  timeline(@Instrument() ref: InstrumentRef, @Query(new ZodPipe(AsOfQuery)) q: AsOfQuery) {
    return this.instruments.timeline(ref, asOfWithinLife(ref, q.asOf));
  }
}
