import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { type Actor, CommandBody, IdempotencyKey, type InstrumentRef } from '@cs/domain';
import { Caller } from '../auth/auth.decorators';
import { Instrument, INSTRUMENT_ROUTE } from '../common/instrument.param';
import { ZodPipe } from '../common/zod.pipe';
import { CommandsService } from './commands.service';

const idempotencyKey = new ZodPipe(IdempotencyKey.optional(), 'Idempotency-Key');

@Controller(INSTRUMENT_ROUTE)
export class CommandsController {
  constructor(private readonly commands: CommandsService) {}

  /** Every lifecycle command (adviser, plan, board, review, inspection, flexibility, decision). */
  @Post('commands')
  @HttpCode(200)
  give(
    @Instrument({ scope: false }) ref: InstrumentRef,
    @Caller() actor: Actor,
    @Body(ZodPipe.body(CommandBody)) command: CommandBody,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.commands.give(ref, actor, command, idempotencyKey.transform(key));
  }
}
