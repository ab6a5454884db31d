import { HttpException, Injectable } from '@nestjs/common';
import { randomUUID } from 'crypto';
import type { Actor, Command, InstrumentRef } from '@cs/domain';
import type { CommandAccepted } from '@cs/contract';
import { AuditService } from '../audit/audit.service';
import { DependencyDownError, isDependencyDown } from '../common/unavailable';
import { isInstrumentNotFound, refusalBody, refusalOf, type Refusal } from '../common/workflow-errors';
import { TemporalClientService } from '../infrastructure/temporal-client.service';
import { permissionRefusal } from '@cs/contract';
import { keyReuseRefusal, recordedBefore } from './key-reuse';

/**
 * Gives a command to an instrument's workflow as the `command` update. Checked twice: here (role
 * and council, from the workflows' table) and by the update's validator (role, council, lifecycle,
 * dates). Every outcome the engine decides is written to the audit log with its reason.
 */
@Injectable()
export class CommandsService {
  constructor(
    private readonly temporal: TemporalClientService,
    private readonly audit: AuditService,
  ) {}

  async give(ref: InstrumentRef, actor: Actor, command: Command, idempotencyKey?: string): Promise<CommandAccepted> {
    const updateId = idempotencyKey ?? `cmd-${randomUUID()}`;
    const recordedAt = new Date();
    const audit = (outcome: 'accepted' | 'rejected', reason: string | null) =>
      this.audit.record({
        workflowId: ref.workflowId,
        commandType: command.type,
        actor,
        effectiveOn: command.effectiveOn,
        recordedAt,
        outcome,
        reason,
        idempotencyKey: updateId,
        payload: command.payload,
      });

    const refused = permissionRefusal(actor, command.type, ref.council);
    if (refused) {
      await audit('rejected', refused);
      throw refusalException({ status: 403, reason: refused });
    }
    let accepted: CommandAccepted;
    try {
      accepted = await this.temporal.command(ref.workflowId, { command, actor, recordedAt: recordedAt.toISOString() }, updateId);
    } catch (err) {
      let refusal = refusalOf(err);
      if (refusal && isInstrumentNotFound(err)) {
        const found = await this.endedOrUnknown(ref, refusal);
        if (found === 'dropped') throw unanswered(updateId);
        refusal = found;
      }
      if (!refusal && isDependencyDown(err)) throw unanswered(updateId);
      if (!refusal) throw err;
      await audit('rejected', refusal.reason);
      throw refusalException(refusal);
    }
    // Temporal answers a known update id with its first result: a key reused for another command.
    const reused = keyReuseRefusal(accepted.fact, actor, command);
    if (reused) {
      await audit('rejected', reused);
      throw refusalException({ status: 409, reason: reused });
    }
    await audit('accepted', null);
    return { ...accepted, duplicate: accepted.duplicate || recordedBefore(accepted.fact, recordedAt.getTime()) };
  }

  /**
   * An update to a closed workflow reads as "not found": say the instrument has ended instead. With
   * the instrument still running, the server dropped the update as its run closed (it continued as
   * new): no refusal, the caller retries with the same key and reaches the next run.
   */
  private async endedOrUnknown(ref: InstrumentRef, notFound: Refusal): Promise<Refusal | 'dropped'> {
    try {
      const { status } = await this.temporal.status(ref.workflowId);
      if (status === 'RUNNING') return 'dropped';
      return { status: 409, reason: `${ref.workflowId} has ended (its workflow is ${status.toLowerCase()}); it records nothing more` };
    } catch (err) {
      if (isInstrumentNotFound(err)) return notFound;
      throw err;
    }
  }
}

/** The engine did not answer in time: the command's outcome is unknown until retried with its key. */
function unanswered(updateId: string): DependencyDownError {
  return new DependencyDownError(
    `the engine is unreachable or did not answer in time, so the command may or may not be recorded yet: retry with Idempotency-Key ${updateId} to get its one outcome`,
    updateId,
  );
}

export function refusalException(r: Refusal): HttpException {
  return new HttpException(refusalBody(r), r.status);
}
