import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { In, type DataSource } from 'typeorm';
import type { Fact, RolloutItem } from '@cs/domain';
import { DraftEntity, openInstruments, RolloutEntity, RolloutItemEntity } from '@cs/persistence';
import { changeCommands, kindsReached } from '@cs/rules';
import { commandUpdate, factsQuery, kindOfWorkflowId, rolloutUpdateId, type RolloutStep } from '@cs/contract';

/**
 * A rollout's I/O: the open instruments a draft reaches (from the register), the update on each
 * (ids derived from rollout and instrument, so a step retried after any crash doubles nothing),
 * one outcome row per instrument, and the draft's status when it is done.
 */
export function ruleChangeActivities(db: DataSource, client: Client | undefined) {
  const load = async (rolloutId: string) => {
    const rollout = await db.getRepository(RolloutEntity).findOneByOrFail({ id: rolloutId });
    const draft = await db.getRepository(DraftEntity).findOneByOrFail({ id: rollout.draftId });
    return { rollout, draft };
  };
  return {
    async rolloutTargets(rolloutId: string): Promise<string[]> {
      const { rollout, draft } = await load(rolloutId);
      let targets = (await openInstruments(db, kindsReached(draft.change))).map((i) => i.workflowId);
      // Ending reaches the open instruments the apply recorded the amendment on.
      if (rollout.action === 'end' && draft.rolloutId) {
        const reached = await db.getRepository(RolloutItemEntity).findBy({ rolloutId: draft.rolloutId, outcome: In(['recorded', 'already-recorded']) });
        const ids = new Set(reached.map((r) => r.workflowId));
        targets = targets.filter((id) => ids.has(id));
      }
      await db.getRepository(RolloutEntity).update({ id: rolloutId }, { total: targets.length });
      return targets;
    },

    async rolloutInstrument(step: RolloutStep): Promise<RolloutItem> {
      if (!client) throw new Error('the worker has no Temporal client for rollouts');
      const items = db.getRepository(RolloutItemEntity);
      const done = await items.findOneBy({ rolloutId: step.rolloutId, workflowId: step.workflowId });
      if (done) return { workflowId: done.workflowId, outcome: done.outcome, factId: done.factId, message: done.message };
      const { rollout, draft } = await load(step.rolloutId);
      const handle = client.workflow.getHandle(step.workflowId);
      const facts: Fact[] | undefined = await handle.query(factsQuery).catch((e) => {
        if (e instanceof WorkflowNotFoundError) return undefined;
        throw e;
      });
      const kind = kindOfWorkflowId(step.workflowId);
      const firstId = rolloutUpdateId(step.rolloutId, step.workflowId, 0);
      let item: RolloutItem;
      if (!facts || !kind) {
        // A register row whose workflow this Temporal namespace does not have: said, not retried for ever.
        item = { workflowId: step.workflowId, outcome: 'refused', factId: null, message: `no instrument workflow ${step.workflowId} in this Temporal namespace` };
      } else if (facts.some((f) => f.id === firstId)) {
        item = { workflowId: step.workflowId, outcome: 'already-recorded', factId: firstId, message: null };
      } else {
        const planned = changeCommands(draft.change, { kind, facts }, rollout.action, { rolloutId: step.rolloutId, endOn: step.endOn });
        if (!planned.affected) item = { workflowId: step.workflowId, outcome: 'not-affected', factId: null, message: planned.reason };
        else {
          item = { workflowId: step.workflowId, outcome: 'recorded', factId: firstId, message: null };
          for (const [n, command] of planned.commands.entries()) {
            const updateId = rolloutUpdateId(step.rolloutId, step.workflowId, n);
            try {
              const accepted = await handle.executeUpdate(commandUpdate, { args: [{ command, actor: step.actor, recordedAt: new Date().toISOString() }], updateId });
              if (accepted.duplicate) item = { ...item, outcome: 'already-recorded' };
            } catch (err) {
              // The instrument refused it (its validator said why): an outcome, not a failure to retry.
              if (!(err instanceof WorkflowUpdateFailedError)) throw err;
              item = { workflowId: step.workflowId, outcome: 'refused', factId: null, message: String(err.cause?.message ?? err.message) };
              break;
            }
          }
        }
      }
      await items.upsert({ rolloutId: step.rolloutId, ...item, recordedAt: new Date() }, ['rolloutId', 'workflowId']);
      return item;
    },

    async finishRollout(rolloutId: string): Promise<void> {
      const { rollout, draft } = await load(rolloutId);
      await db.transaction(async (tx) => {
        await tx.getRepository(RolloutEntity).update({ id: rolloutId }, { finishedAt: rollout.finishedAt ?? new Date() });
        await tx.getRepository(DraftEntity).update({ id: draft.id }, { status: rollout.action === 'apply' ? 'applied' : 'ended' });
      });
    },
  };
}
