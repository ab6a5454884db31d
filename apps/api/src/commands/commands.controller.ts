import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { type Actor, CommandBody, IdempotencyKey, type InstrumentRef } from '@cs/domain';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/auth.decorators';
import { Instrument, INSTRUMENT_ROUTE } from '../common/instrument.param';
import { ZodPipe } from '../common/zod.pipe';
import { CommandsService, refusalException } from './commands.service';
import { keyReuseRefusal, recordedBefore } from './key-reuse';

const idempotencyKey = new ZodPipe(IdempotencyKey.optional(), 'Idempotency-Key');

@Controller(INSTRUMENT_ROUTE)
export class CommandsController {
  constructor(
    private readonly commands: CommandsService,
    private readonly audit: AuditService,
  ) {}

  /** Every lifecycle command (adviser, plan, board, review, inspection, flexibility, decision). */
  @Post('commands')
  @HttpCode(200)
  async give(
    @Instrument({ scope: false }) ref: InstrumentRef,
    @Caller() actor: Actor,
    @Body(ZodPipe.body(CommandBody)) command: CommandBody,
    @Headers('idempotency-key') key?: string,
  ) {
    const requestedAt = Date.now();
    const accepted = await this.commands.give(ref, actor, command, idempotencyKey.transform(key));
    const reused = keyReuseRefusal(accepted.fact, actor, command);
    if (reused) {
      const { type, effectiveOn, payload } = command;
      await this.audit.record({
        workflowId: ref.workflowId, commandType: type, actor, effectiveOn, recordedAt: new Date(requestedAt),
        outcome: 'rejected', reason: reused, idempotencyKey: accepted.fact.id, payload,
      });
      throw refusalException({ status: 409, reason: reused });
    }
    return { ...accepted, duplicate: accepted.duplicate || recordedBefore(accepted.fact, requestedAt) };
  }
}
