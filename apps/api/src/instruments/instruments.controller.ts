import { Controller, Get, Query } from '@nestjs/common';
import { AsOfQuery, type InstrumentRef } from '@cs/domain';
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

  /** Past facts by effective date, and what is due next. */
  @Get('timeline')
  timeline(@Instrument() ref: InstrumentRef, @Query(new ZodPipe(AsOfQuery)) q: AsOfQuery) {
    return this.instruments.timeline(ref, asOfWithinLife(ref, q.asOf));
  }
}
