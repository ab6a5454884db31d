import { BadRequestException, Injectable } from '@nestjs/common';
import { type Actor, dateOf, type DatePrecision, type InstrumentKind, type IsoDate, type PayloadOf, type Registered } from '@cs/domain';
import { instrumentWorkflowId } from '@cs/contract';
import { AuditService } from '../audit/audit.service';
import { refusalOf } from '../common/workflow-errors';
import { permissionRefusal } from '@cs/contract';
import { refusalException } from '../commands/commands.service';
import { TemporalClientService } from '../infrastructure/temporal-client.service';

/** The commands that start an instrument of their own. */
export type StartCommand =
  | { type: 'notice.issued'; effectiveOn: IsoDate; precision?: DatePrecision; payload: PayloadOf<'notice.issued'> }
  | { type: 'direction.issued'; effectiveOn: IsoDate; precision?: DatePrecision; payload: PayloadOf<'direction.issued'> };

const kinds: Record<StartCommand['type'], InstrumentKind> = {
  'notice.issued': 'improvement-notice',
  'direction.issued': 'statutory-direction',
};

/**
 * Registers an instrument: starts its workflow with the command that creates it, under the id its
 * kind, council and date make (`notice/trafford/2019-05-23`). A second registration is 409.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly temporal: TemporalClientService,
    private readonly audit: AuditService,
  ) {}

  async register(actor: Actor, command: StartCommand): Promise<Registered> {
    const kind = kinds[command.type];
    const council = command.payload.council.slug;
    const workflowId = instrumentWorkflowId(kind, council, command.effectiveOn);
    const today = dateOf(Date.now());
    if (command.effectiveOn > today) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'invalid input',
        issues: [{ field: 'effectiveOn', message: `is in the future (today is ${today})` }],
      });
    }
    const recordedAt = new Date();
    const audit = (outcome: 'accepted' | 'rejected', reason: string | null) =>
      this.audit.record({
        workflowId,
        commandType: command.type,
        actor,
        effectiveOn: command.effectiveOn,
        recordedAt,
        outcome,
        reason,
        idempotencyKey: `${workflowId}#start`,
        payload: command.payload,
      });

    const refused = permissionRefusal(actor, command.type, council);
    if (refused) {
      await audit('rejected', refused);
      throw refusalException({ status: 403, reason: refused });
    }
    try {
      const runId = await this.temporal.startInstrument(kind, workflowId, {
        start: { command, actor, recordedAt: recordedAt.toISOString() },
      });
      await audit('accepted', null);
      return { workflowId, runId, path: `/instruments/${workflowId}` };
    } catch (err) {
      const refusal = refusalOf(err);
      if (!refusal) throw err;
      await audit('rejected', refusal.reason);
      throw refusalException(refusal);
    }
  }
}
