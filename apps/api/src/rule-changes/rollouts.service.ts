import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy, WorkflowNotFoundError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { type Actor, type IsoDate, type RolloutAction, type RolloutProgress, type RolloutStarted } from '@cs/domain';
import { RolloutEntity, RolloutItemEntity } from '@cs/persistence';
import { TemporalClientService } from '../infrastructure/temporal-client.service';
import { rolloutWorkflowId, ruleChangeRolloutWorkflowType, type RolloutInput } from '@cs/contract';
import { DraftsService } from './drafts.service';

/** A rollout's id: one of each action per draft, so a repeated request starts nothing new. */
export const rolloutIdOf = (draftId: string, action: RolloutAction) => `rollout-${draftId}-${action}`;

/** Applying a draft, or ending its amendment, on every instrument it reaches, as a workflow. */
@Injectable()
export class RolloutsService {
  constructor(
    private readonly db: DataSource,
    private readonly temporal: TemporalClientService,
    private readonly drafts: DraftsService,
  ) {}

  async apply(draftId: string, actor: Actor, concurrency: number): Promise<RolloutStarted> {
    const rolloutId = rolloutIdOf(draftId, 'apply');
    await this.drafts.transition(draftId, 'drafted', 'rolling-out', { rolloutId });
    return this.start(draftId, rolloutId, 'apply', { rolloutId, actor, concurrency });
  }

  async end(draftId: string, actor: Actor, endOn: IsoDate | undefined, concurrency: number): Promise<RolloutStarted> {
    const draft = await this.drafts.record(draftId);
    if (draft.change.type !== 'amendment') throw new ConflictException('a rulebook version is adopted for good; draft a later version to replace it');
    const on = endOn ?? draft.change.window.endOn ?? new Date().toISOString().slice(0, 10);
    if (on <= draft.change.window.startOn) throw new ConflictException(`the amendment's window opens on ${draft.change.window.startOn}; it can only end after that`);
    const rolloutId = rolloutIdOf(draftId, 'end');
    await this.drafts.transition(draftId, 'applied', 'ending', { rollbackId: rolloutId });
    return this.start(draftId, rolloutId, 'end', { rolloutId, actor, endOn: on, concurrency });
  }

  private async start(draftId: string, rolloutId: string, action: RolloutAction, input: RolloutInput): Promise<RolloutStarted> {
    await this.db.getRepository(RolloutEntity).createQueryBuilder().insert()
      .values({ id: rolloutId, draftId, action, startedById: input.actor.id, startedAt: new Date(), total: null, finishedAt: null })
      .orIgnore().execute();
    const client = await this.temporal.client();
    try {
      await client.workflow.start(ruleChangeRolloutWorkflowType, {
        taskQueue: this.temporal.taskQueue,
        workflowId: rolloutWorkflowId(rolloutId),
        args: [input],
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      });
    } catch (e) {
      // A repeated request (or one retried after a 503) finds the rollout started: the same answer.
      if (!(e instanceof WorkflowExecutionAlreadyStartedError)) throw e;
    }
    return { rolloutId, draftId, action, progress: `/rule-changes/${draftId}/rollouts/${action}` };
  }

  /** Progress and failures, from the rows each step writes; the workflow's status says whether it runs. */
  async progress(draftId: string, action: RolloutAction): Promise<RolloutProgress> {
    const rolloutId = rolloutIdOf(draftId, action);
    const rollout = await this.db.getRepository(RolloutEntity).findOneBy({ id: rolloutId });
    if (!rollout) throw new NotFoundException(`the draft has no ${action} rollout yet`);
    const items = await this.db.getRepository(RolloutItemEntity).find({ where: { rolloutId }, order: { workflowId: 'ASC' } });
    const count = (o: string) => items.filter((i) => i.outcome === o).length;
    let status: RolloutProgress['status'] = rollout.finishedAt ? 'completed' : 'running';
    if (!rollout.finishedAt) {
      try {
        const d = await (await this.temporal.client()).workflow.getHandle(rolloutWorkflowId(rolloutId)).describe();
        if (d.status.name !== 'RUNNING' && d.status.name !== 'COMPLETED') status = 'failed';
      } catch (e) {
        if (!(e instanceof WorkflowNotFoundError)) throw e;
        status = 'unknown';
      }
    }
    return {
      rolloutId,
      draftId,
      action,
      status,
      total: rollout.total ?? 0,
      done: items.length,
      recorded: count('recorded'),
      alreadyRecorded: count('already-recorded'),
      notAffected: count('not-affected'),
      refused: count('refused'),
      failures: items.filter((i) => i.outcome === 'refused').map((i) => ({ workflowId: i.workflowId, outcome: i.outcome, factId: i.factId, message: i.message })),
    };
  }
}
