import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { EvaluateBody, type InstrumentRef, RulebookId, WhatIfBody } from '@cs/domain';
import { Instrument, INSTRUMENT_ROUTE } from '../common/instrument.param';
import { ZodPipe } from '../common/zod.pipe';
import { RulebooksService } from './rulebooks.service';

@Controller()
export class RulebooksController {
  constructor(private readonly rulebooks: RulebooksService) {}

  @Get('rulebooks')
  list() {
    return this.rulebooks.list();
  }

  /** A rulebook with its dated, cited parameters and its rules with their clauses. */
  @Get('rulebooks/:id')
  show(@Param('id', new ZodPipe(RulebookId, 'id')) id: string) {
    return this.rulebooks.show(id);
  }

  /** Evaluate facts given in full, as of a date, under the chosen rulebooks. */
  @Post('rulebooks/evaluate')
  @HttpCode(200)
  evaluate(@Body(ZodPipe.body(EvaluateBody)) body: EvaluateBody) {
    return this.rulebooks.evaluate(body);
  }

  /** What-if: this instrument's facts (plus hypothetical ones) under chosen rulebooks and date. */
  @Post(`${INSTRUMENT_ROUTE}/what-if`)
  @HttpCode(200)
  whatIf(@Instrument() ref: InstrumentRef, @Body(ZodPipe.body(WhatIfBody)) body: WhatIfBody) {
    return this.rulebooks.whatIf(ref, body);
  }
}
